using System.Globalization;
using Pathway.Platform.Localization;
using Pathway.Portal.Content;

namespace Pathway.Portal.Wallet;

/// <summary>Checks what a migrant sends about a document, and an organisation's answer; each problem is named with its field.</summary>
public static class WalletRequests
{
    public static WalletInput? Document(string? title, string? documentSlug, string? expiresOn, FieldErrors errors)
    {
        var t = (title ?? "").Trim();
        if (t.Length == 0 || t.Length > WalletDocument.MaxTitleLength)
        {
            errors.Add("title", "Name the document, up to {0} characters.", WalletDocument.MaxTitleLength);
        }

        var slug = string.IsNullOrWhiteSpace(documentSlug) ? null : documentSlug.Trim();
        if (slug is not null && (slug.Length > ContentItem.MaxSlugLength || !ContentRequests.IsSlug(slug)))
        {
            errors.Add("documentSlug", "Choose one of the documents listed, or none.");
        }

        var ends = ExpiresOn(expiresOn, errors);
        return errors.Any ? null : new WalletInput(t, slug, ends);
    }

    /// <summary>A date as a date field sends it (2027-03-31); none when empty.</summary>
    public static DateOnly? ExpiresOn(string? text, FieldErrors errors)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        if (!DateOnly.TryParseExact(text.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date) || date.Year is < 1900 or > 2200)
        {
            errors.Add("expiresOn", "Give the date the document is valid until as a date, such as {0}.", "2027-03-31");
            return null;
        }

        return date;
    }

    public static string? Note(string? note, FieldErrors errors)
    {
        var n = string.IsNullOrWhiteSpace(note) ? null : note.Trim();
        if (n is { Length: > WalletConfirmation.MaxNoteLength })
        {
            errors.Add("note", "A note is up to {0} characters.", WalletConfirmation.MaxNoteLength);
        }

        return n;
    }
}
