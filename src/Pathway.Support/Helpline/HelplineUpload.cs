using Microsoft.AspNetCore.Http;
using Pathway.Platform.Localization;
using Pathway.Platform.Uploads;

namespace Pathway.Support.Helpline;

/// <summary>The telephony files of a form (the page's or the API's), read up to their limit; null with the problems named when one cannot be read.</summary>
internal static class HelplineUpload
{
    public static async Task<HelplineFiles?> ReadAsync(IFormFile? cdr, IFormFile? queueLog, LimitedUpload uploads, FieldErrors errors, CancellationToken cancellationToken)
    {
        var master = await uploads.ReadAsync(cdr, HelplineFiles.MaxUploadBytes, cancellationToken);
        if (!master.IsRead)
        {
            errors.AddTranslated("file", master.Problem!);
        }

        UploadReading? queue = null;
        if (queueLog is { Length: > 0 })
        {
            queue = await uploads.ReadAsync(queueLog, HelplineFiles.MaxUploadBytes, cancellationToken);
            if (!queue.IsRead)
            {
                errors.AddTranslated("queueLog", queue.Problem!);
            }
        }

        if (errors.Any)
        {
            return null;
        }

        return new HelplineFiles(cdr!.FileName, HelplineFiles.Lines(master.Content), queueLog?.FileName, queue is null ? null : HelplineFiles.Lines(queue.Content));
    }
}
