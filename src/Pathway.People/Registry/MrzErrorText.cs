using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Unicode;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.Localization;
using Pathway.Documents;
using Pathway.People.Localization;
using Pathway.Platform.Localization;

namespace Pathway.People.Registry;

/// <summary>
/// An MRZ reading error in the reader's language, worded from its kind and values (the engine's
/// own message is English, for the command line). Fragments of the zone are isolated left to
/// right so that an Arabic, Dari or Urdu sentence does not reorder their fillers and digits.
/// </summary>
internal static class MrzErrorText
{
    // Encodes markup only: Cyrillic, Arabic or Chinese text stays readable in the page source.
    private static readonly HtmlEncoder Encoder = HtmlEncoder.Create(UnicodeRanges.All);

    public static MarkupString Html(MrzError error, IStringLocalizer<PeopleText> T)
    {
        var field = FieldName(error.Field, T);
        var line = Number(error.Line);
        var position = Number(error.Position);
        var found = Zone(error.Found);
        var (template, arguments) = error.Kind switch
        {
            MrzErrorKind.NoText => (T["No MRZ text was given."], []),
            MrzErrorKind.TextTooLong => (T["The text is far longer than any MRZ (at most 90 characters). Characters found: {0}."], [Number(error.Subject)]),
            MrzErrorKind.TooManyLines => (T["The text has far more lines than any MRZ (at most 3). Lines found: {0}."], [Number(error.Subject)]),
            MrzErrorKind.UnknownLayout => (T["The lines fit no MRZ layout (3 lines of 30, 2 lines of 36 or 2 lines of 44 characters). Line lengths found: {0}."], [Zone(error.Subject)]),
            MrzErrorKind.OutsideZone => (T["Line {0} of the text ({1}) is not part of the MRZ."], [line, found]),
            MrzErrorKind.ForeignCharacter => (T["Line {0}, position {1}: {2} is not an MRZ character (A–Z, 0–9, <)."], [line, position, found]),
            MrzErrorKind.MoreForeignCharacters => (T["More characters outside A–Z, 0–9 and < follow."], []),
            MrzErrorKind.CheckDigitMismatch => (T["{0}: the check digit at line {1}, position {2} is {3}, but {4} is computed for {5}."],
                [field, line, position, found, Zone(error.Expected), Zone(error.Subject)]),
            MrzErrorKind.LongDocumentNumberMismatch => (T["{0}: the check digit at line {1}, position {2} is {3}, but {4} is computed for {5} (a long document number; no known national variant fits either)."],
                [field, line, position, found, Zone(error.Expected), Zone(error.Subject)]),
            MrzErrorKind.CheckDigitUnverifiable => (T["{0}: the check digit at line {1}, position {2} cannot be verified: {3} holds characters outside A–Z, 0–9 and <."],
                [field, line, position, Zone(error.Subject)]),
            MrzErrorKind.NotADate => (T["{0}: {1} at line {2}, position {3} is not a date (YYMMDD)."], [field, found, line, position]),
            MrzErrorKind.InvalidSex => (T["{0}: {1} at line {2}, position {3} is not M, F, X or <."], [field, found, line, position]),
            MrzErrorKind.UnknownCode => (T["{0}: {1} at line {2}, position {3} is not a known ICAO 9303 code."], [field, found, line, position]),
            MrzErrorKind.Unreadable or MrzErrorKind.Other => (T["The text could not be read as an MRZ."], Array.Empty<object>()),
        };

        return new MarkupString(string.Format(CultureInfo.CurrentCulture, Encoder.Encode(template.Value), arguments));
    }

    private static string FieldName(string field, IStringLocalizer<PeopleText> T) => Encoder.Encode(field switch
    {
        "documentNumber" => T["Document number"],
        "birthDate" => T["Date of birth"],
        "expiryDate" => T["Date of expiry"],
        "sex" => T["Sex"],
        "issuingState" => T["Issuing state"],
        "nationality" => T["Nationality"],
        "personalNumber" => T["Personal number"],
        "compositeCheckDigit" => T["Composite check digit"],
        _ => T["Machine-readable zone"],
    });

    private static string Number(int? value) => value?.ToString(CultureInfo.CurrentCulture) ?? "";

    private static string Number(string? value) =>
        int.TryParse(value, CultureInfo.InvariantCulture, out var number) ? number.ToString(CultureInfo.CurrentCulture) : Zone(value);

    // Zone text is data: kept left to right and marked as not for translation.
    private static string Zone(string? text) => $"<bdi dir=\"ltr\" translate=\"no\" class=\"mrz\">{Encoder.Encode(text ?? "")}</bdi>";
}
