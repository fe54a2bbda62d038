using System.Globalization;
using Microsoft.Extensions.Localization;
using Pathway.People.Localization;
using Pathway.People.Registry;
using Pathway.Platform.Localization;

namespace Pathway.People.Registry;

/// <summary>Turns requests into registry calls, or into the list of what is wrong with them.</summary>
internal static class PersonRequestParser
{
    public const int MaxNameLength = 200;
    public const int MaxReasonLength = 500;
    private static readonly string[] DateFormats = ["yyyy-MM-dd"];

    public static (PersonDetails? Details, IReadOnlyList<DocumentDetails> Documents, FieldErrors Errors) Parse(RegisterPersonRequest request, IStringLocalizer<PeopleText> text, DateOnly today)
    {
        var errors = new FieldErrors(text);
        var surname = RequiredName(request.Surname, "surname", errors);
        var given = RequiredName(request.GivenNames, "givenNames", errors);
        OptionalName(request.NativeSurname, "nativeSurname", errors);
        OptionalName(request.NativeGivenNames, "nativeGivenNames", errors);
        OptionalName(request.BirthPlace, "birthPlace", errors);
        var sex = ParseSex(request.Sex, errors);
        var birthDate = ParseDate(request.BirthDate, "birthDate", required: true, errors);
        if (birthDate is { } born && (born > today || born < today.AddYears(-130)))
        {
            errors.Add("birthDate", "The date of birth must be in the past and no more than 130 years ago.");
        }

        var citizenship = ParseCountry(request.Citizenship, "citizenship", errors);
        var documents = new List<DocumentDetails>();
        var index = 0;
        foreach (var document in request.Documents ?? [])
        {
            documents.Add(ParseDocument(document, string.Create(CultureInfo.InvariantCulture, $"documents[{index++}]."), errors));
        }

        if (errors.Any)
        {
            return (null, [], errors);
        }

        var details = new PersonDetails(surname!, given!, sex, birthDate!.Value, citizenship!,
            request.NativeSurname, request.NativeGivenNames, request.NativeScript, request.BirthPlace);
        return (details, documents, errors);
    }

    /// <summary>One document on its own (adding a document to a registered person).</summary>
    public static (DocumentDetails? Document, FieldErrors Errors) ParseDocument(DocumentRequest request, string prefix, IStringLocalizer<PeopleText> text)
    {
        var errors = new FieldErrors(text);
        var document = ParseDocument(request, prefix, errors);
        return (errors.Any ? null : document, errors);
    }

    private static DocumentDetails ParseDocument(DocumentRequest document, string prefix, FieldErrors errors)
    {
        DocumentKind kind = DocumentKind.Passport;
        if (string.IsNullOrWhiteSpace(document.Kind) || !Enum.TryParse(document.Kind, true, out kind) || !Enum.IsDefined(kind) || int.TryParse(document.Kind, CultureInfo.InvariantCulture, out _))
        {
            errors.Add($"{prefix}kind", "Choose one of: {0}.", string.Join(", ", Enum.GetNames<DocumentKind>()));
        }

        var number = IdentityDocument.NormaliseNumber(document.Number ?? "");
        if (IdentityDocument.DisallowedCharacters(document.Number ?? "") is { Length: > 0 } disallowed)
        {
            // Rewriting "<svg/onload=...>" into "SVGONLOAD..." would save a number no document bears.
            errors.Add($"{prefix}number", "A document number has only the letters A to Z and the digits 0 to 9 (spaces and dashes are left out); not allowed: {0}", disallowed);
        }
        else if (number.Length is < 3 or > 32)
        {
            errors.Add($"{prefix}number", "A document number has 3 to 32 letters and digits.");
        }

        var state = ParseCountry(document.IssuingState, $"{prefix}issuingState", errors);
        var issued = ParseDate(document.IssuedOn, $"{prefix}issuedOn", required: false, errors);
        var expires = ParseDate(document.ExpiresOn, $"{prefix}expiresOn", required: false, errors);
        if (issued is not null && expires is not null && expires <= issued)
        {
            errors.Add($"{prefix}expiresOn", "The expiry date must come after the date of issue.");
        }

        var reason = document.SharedNumberReason?.Trim();
        if (reason is { Length: > MaxReasonLength })
        {
            errors.Add($"{prefix}sharedNumberReason", "Use at most {0} characters.", MaxReasonLength);
        }

        return new DocumentDetails(kind, number, state ?? "", issued, expires, string.IsNullOrEmpty(reason) ? null : reason);
    }

    public static DateOnly? ParseDate(string? value, string field, bool required, FieldErrors errors)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            if (required)
            {
                errors.Add(field, "This field is required.");
            }

            return null;
        }

        if (DateOnly.TryParseExact(value.Trim(), DateFormats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            return date;
        }

        errors.Add(field, "Enter the date as YYYY-MM-DD.");
        return null;
    }

    private static string? RequiredName(string? value, string field, FieldErrors errors)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            errors.Add(field, "This field is required.");
            return null;
        }

        return OptionalName(value, field, errors);
    }

    private static string? OptionalName(string? value, string field, FieldErrors errors)
    {
        if (value is not null && value.Trim().Length > MaxNameLength)
        {
            errors.Add(field, "Use at most {0} characters.", MaxNameLength);
            return null;
        }

        return value?.Trim();
    }

    private static Sex ParseSex(string? value, FieldErrors errors)
    {
        switch (value?.Trim().ToUpperInvariant())
        {
            case "F" or "FEMALE":
                return Sex.Female;
            case "M" or "MALE":
                return Sex.Male;
            case "X" or "UNSPECIFIED" or "<":
                return Sex.Unspecified;
            default:
                errors.Add("sex", "Enter F, M or X.");
                return Sex.Unspecified;
        }
    }

    private static string? ParseCountry(string? value, string field, FieldErrors errors)
    {
        var code = value?.Trim().ToUpperInvariant();
        if (string.IsNullOrEmpty(code))
        {
            errors.Add(field, "This field is required.");
            return null;
        }

        // ISO 3166-1 alpha-3, or the one-letter ICAO code D for Germany.
        if (code == "D" || (code.Length == 3 && code.All(char.IsAsciiLetterUpper)))
        {
            return code;
        }

        errors.Add(field, "Enter a three-letter country code (ISO 3166-1 alpha-3), for example UKR.");
        return null;
    }
}
