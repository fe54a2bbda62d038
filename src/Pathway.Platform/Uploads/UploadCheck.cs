using Pathway.Platform.Localization;

namespace Pathway.Platform.Uploads;

/// <summary>
/// The one check of an uploaded file for every place that takes one (an application's documents, a
/// message's attachments, a migrant's wallet): within the size limit, and a whole PDF, JPEG or PNG by its content,
/// whatever its name says.
/// </summary>
public static class UploadCheck
{
    /// <summary>
    /// The verdict when the file is taken; otherwise null, with the reason under <paramref name="field"/>
    /// (the messages are keys of the module's own texts, which <paramref name="errors"/> translates).
    /// </summary>
    public static ContentVerdict.Accepted? Accept(byte[] content, long maxBytes, string field, FieldErrors errors)
    {
        if (content.Length > maxBytes)
        {
            errors.Add(field, "The file is larger than {0} MB.", maxBytes / 1024 / 1024);
            return null;
        }

        switch (UploadedContent.Judge(content))
        {
            case ContentVerdict.Accepted accepted:
                return accepted;
            case ContentVerdict.Corrupt corrupt:
                errors.Add(field, "The file is damaged: it starts as a {0} file but is not a whole one.", corrupt.Kind.ToString().ToUpperInvariant());
                return null;
            default:
                errors.Add(field, "Only PDF, JPEG and PNG files are taken; by its content this file is none of them.");
                return null;
        }
    }

    /// <summary>The name to keep: no folders or control characters, at most the column's length (the end kept, with its extension).</summary>
    public static string CleanName(string? name, UploadKind kind, int maxLength)
    {
        var file = Path.GetFileName((name ?? "").Replace('\\', '/'));
        file = new string([.. file.Where(c => !char.IsControl(c))]).Trim();
        if (file.Length == 0)
        {
            file = "document." + kind.ToString().ToLowerInvariant();
        }

        return file.Length > maxLength ? file[^maxLength..] : file;
    }
}
