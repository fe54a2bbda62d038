using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Localization;
using Pathway.Analytics.Localization;
using Pathway.Platform.Localization;

namespace Pathway.Analytics.Planning;

/// <summary>
/// The text of a planning file: the one just uploaded, or else the one the page kept from an
/// earlier post (a browser does not send a file again). Null with the reason when there is none.
/// </summary>
internal static class UploadedText
{
    public static async Task<(string? Text, string? Error)> ReadAsync(IFormFile? file, string? kept, IStringLocalizer<AnalyticsText> T)
    {
        if (file is not { Length: > 0 })
        {
            return string.IsNullOrEmpty(kept) ? (null, T["Choose a file."]) : (kept, null);
        }

        if (file.Length > PlanningFile.MaxBytes)
        {
            return (null, T["The file is larger than {0} MB.", PlanningFile.MaxBytes / 1024 / 1024]);
        }

        using var buffer = new MemoryStream();
        await file.CopyToAsync(buffer);
        var decoded = PlanningFile.Decode(buffer.ToArray());
        return decoded.Text is { } text
            ? (text, null)
            : (null, T["Line {0}: {1}", decoded.BadLine, T["The file is not UTF-8 text (save it as CSV UTF-8)."]]);
    }
}
