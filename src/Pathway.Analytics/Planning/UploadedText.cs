using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Localization;
using Pathway.Analytics.Localization;
using Pathway.Platform.Localization;

using Pathway.Platform.Uploads;

namespace Pathway.Analytics.Planning;

/// <summary>
/// The text of a planning file: the one just uploaded, or else the one the page kept from an
/// earlier post (a browser does not send a file again). Null with the reason when there is none.
/// </summary>
internal static class UploadedText
{
    public static async Task<(string? Text, string? Error)> ReadAsync(LimitedUpload uploads, IFormFile? file, string? kept, IStringLocalizer<AnalyticsText> T)
    {
        if (file is not { Length: > 0 } && !string.IsNullOrEmpty(kept))
        {
            return (kept, null);
        }

        var upload = await uploads.ReadAsync(file, PlanningFile.MaxBytes);
        if (!upload.IsRead)
        {
            return (null, upload.Problem);
        }

        var decoded = PlanningFile.Decode(upload.Content);
        return decoded.Text is { } text
            ? (text, null)
            : (null, T["Line {0}: {1}", decoded.BadLine, T["The file is not UTF-8 text (save it as CSV UTF-8)."]]);
    }
}
