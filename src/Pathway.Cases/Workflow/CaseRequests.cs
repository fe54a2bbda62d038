using System.Globalization;
using Pathway.Platform.Localization;

namespace Pathway.Cases.Workflow;

/// <summary>A new application as the API takes it; dates as YYYY-MM-DD, read with errors per field.</summary>
public sealed record RegisterCaseRequest(
    string? ApplicationType, string? Surname, string? GivenNames, string? BirthDate, string? Citizenship, string? PassportNumber, string? SubmittedOn, Guid? PersonId,
    string? Sex = null);

/// <summary>
/// An action's input as the API takes it; <see cref="Version"/> is the version the caller read. A
/// granting decision gives the permit's validity: <see cref="PermitValidFrom"/>, <see cref="PermitValidUntil"/>
/// (none for permanent residence and EU long-term resident) and whether it is <see cref="TemporaryProtection"/>.
/// </summary>
public sealed record CaseActionRequest(
    int? Version, string? On, int? TermDays, string? Outcome, string? AppealResult, string? Letter,
    string? DeliveredOn, string? FirstPostalNoticeOn, string? NewDate, Guid? OfficerId, string? Reason,
    string? PermitValidFrom = null, string? PermitValidUntil = null, bool? TemporaryProtection = null);

/// <summary>Reads the requests of the case API and of the case pages alike, so both say the same about the same mistake.</summary>
public static class CaseRequestReader
{
    public static NewCase? Read(RegisterCaseRequest request, FieldErrors errors, DateOnly today)
    {
        var type = Required(request.ApplicationType, "applicationType", errors, 40);
        var surname = Required(request.Surname, "surname", errors, ResidenceCase.MaxNameLength);
        var given = Optional(request.GivenNames, "givenNames", errors, ResidenceCase.MaxNameLength) ?? "";
        var born = Date(request.BirthDate, "birthDate", errors, required: true);
        if (born > today)
        {
            errors.Add("birthDate", "The day cannot be in the future.");
        }

        var citizenship = Required(request.Citizenship, "citizenship", errors, 3)?.ToUpperInvariant();
        if (citizenship is not null && (citizenship.Length != 3 || !citizenship.All(char.IsAsciiLetterUpper)))
        {
            errors.Add("citizenship", "Write the citizenship as a 3-letter code, e.g. UKR.");
        }

        var sex = Optional(request.Sex, "sex", errors, 1)?.ToUpperInvariant();
        if (sex is not (null or "F" or "M" or "X"))
        {
            errors.Add("sex", "Choose one of: {0}.", "F, M, X");
        }

        var passport = Optional(request.PassportNumber, "passportNumber", errors, ResidenceCase.MaxDocumentLength);
        var submitted = Date(request.SubmittedOn, "submittedOn", errors, required: false) ?? today;
        if (submitted > today)
        {
            errors.Add("submittedOn", "The day cannot be in the future.");
        }

        return errors.Any ? null : new NewCase(type!, surname!, given, born!.Value, citizenship!, passport, submitted, request.PersonId, Sex: sex);
    }

    public static CaseActionInput? Read(CaseActionRequest request, FieldErrors errors)
    {
        if (request.Version is null)
        {
            errors.Add("version", "Give the version of the case you read; it stops two people overwriting each other.");
        }

        var input = new CaseActionInput
        {
            On = Date(request.On, "on", errors, required: false),
            TermDays = request.TermDays,
            Outcome = Choice<DecisionOutcome>(request.Outcome, "outcome", errors),
            AppealResult = Choice<AppealResult>(request.AppealResult, "appealResult", errors),
            Letter = Choice<Letter>(request.Letter, "letter", errors),
            DeliveredOn = Date(request.DeliveredOn, "deliveredOn", errors, required: false),
            FirstPostalNoticeOn = Date(request.FirstPostalNoticeOn, "firstPostalNoticeOn", errors, required: false),
            NewDate = Date(request.NewDate, "newDate", errors, required: false),
            OfficerId = request.OfficerId,
            Reason = request.Reason,
            PermitValidFrom = Date(request.PermitValidFrom, "permitValidFrom", errors, required: false),
            PermitValidUntil = Date(request.PermitValidUntil, "permitValidUntil", errors, required: false),
            TemporaryProtection = request.TemporaryProtection ?? false,
        };
        return errors.Any ? null : input;
    }

    private static string? Required(string? value, string field, FieldErrors errors, int maxLength)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            errors.Add(field, "This field is required.");
            return null;
        }

        return Optional(value, field, errors, maxLength);
    }

    private static string? Optional(string? value, string field, FieldErrors errors, int maxLength)
    {
        var trimmed = value?.Trim();
        if (trimmed?.Length > maxLength)
        {
            errors.Add(field, "Write at most {0} characters.", maxLength);
            return null;
        }

        return string.IsNullOrEmpty(trimmed) ? null : trimmed;
    }

    /// <summary>An ISO day (YYYY-MM-DD) of a request field, with the same words for the same mistake in every form and API of the module.</summary>
    internal static DateOnly? Date(string? value, string field, FieldErrors errors, bool required)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            if (required)
            {
                errors.Add(field, "This field is required.");
            }

            return null;
        }

        if (DateOnly.TryParseExact(value.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day))
        {
            return day;
        }

        errors.Add(field, "Write the date as YYYY-MM-DD.");
        return null;
    }

    /// <summary>An enum value by name (any case; numbers refused), or null when left out; a wrong one lists the choices.</summary>
    internal static T? Choice<T>(string? value, string field, FieldErrors errors)
        where T : struct, Enum
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return null;
        }

        if (Enum.TryParse<T>(value.Trim(), ignoreCase: true, out var parsed) && Enum.IsDefined(parsed) && !value.Trim().All(char.IsAsciiDigit))
        {
            return parsed;
        }

        errors.Add(field, "Choose one of: {0}.", string.Join(", ", Enum.GetNames<T>().Select(n => char.ToLowerInvariant(n[0]) + n[1..])));
        return null;
    }
}
