using System.Globalization;
using Pathway.Documents;
using Pathway.Platform.Localization;

namespace Pathway.Cases.Applications;

/// <summary>
/// One step of the form as the API and the page send it: the step reads its own fields and leaves the
/// others. <see cref="Version"/> is the version the caller read. Empty fields are saved empty (a draft may
/// be unfinished); a field in the wrong form is refused with its error.
/// </summary>
public sealed record ApplicationStepRequest(
    int? Version,
    string? Surname = null, string? GivenNames = null, string? BirthDate = null, string? Sex = null, string? Citizenship = null,
    string? PassportNumber = null, string? PassportExpiresOn = null,
    string? Purpose = null, string? AddressStreet = null, string? AddressPostalCode = null, string? AddressCity = null,
    string? EmployerName = null, string? EmployerNip = null, string? SchoolName = null);

/// <summary>A step's fields read and checked, ready to be written onto the draft.</summary>
internal sealed record StepChange(Action<OnlineApplication> Apply);

internal static class ApplicationStepReader
{
    public static StepChange? Read(string step, ApplicationStepRequest r, FieldErrors errors, DateOnly today)
    {
        switch (step)
        {
            case ApplicationSteps.Personal:
                var surname = Text(r.Surname, "surname", errors, OnlineApplication.MaxNameLength);
                var given = Text(r.GivenNames, "givenNames", errors, OnlineApplication.MaxNameLength);
                var born = Workflow.CaseRequestReader.Date(r.BirthDate, "birthDate", errors, required: false);
                if (born > today)
                {
                    errors.Add("birthDate", "The day cannot be in the future.");
                }

                var sex = Text(r.Sex, "sex", errors, 1)?.ToUpperInvariant();
                if (sex is not (null or "F" or "M" or "X"))
                {
                    errors.Add("sex", "Choose one of: {0}.", "F, M, X");
                }

                var citizenship = Text(r.Citizenship, "citizenship", errors, OnlineApplication.MaxCitizenshipLength)?.ToUpperInvariant();
                if (citizenship is not null && (citizenship.Length != 3 || !CountryCodes.IsKnown(citizenship)))
                {
                    errors.Add("citizenship", "Write the citizenship as a 3-letter code, e.g. UKR.");
                }

                var passport = Text(r.PassportNumber, "passportNumber", errors, OnlineApplication.MaxPassportLength)?.ToUpperInvariant().Replace(" ", "", StringComparison.Ordinal);
                if (passport is not null && !passport.All(char.IsAsciiLetterOrDigit))
                {
                    errors.Add("passportNumber", "Write the passport number with letters and digits only.");
                }

                var expires = Workflow.CaseRequestReader.Date(r.PassportExpiresOn, "passportExpiresOn", errors, required: false);
                return errors.Any ? null : new StepChange(a =>
                {
                    a.Surname = surname;
                    a.GivenNames = given;
                    a.BirthDate = born;
                    a.Sex = sex;
                    a.Citizenship = citizenship;
                    a.PassportNumber = passport;
                    a.PassportExpiresOn = expires;
                });
            case ApplicationSteps.Stay:
                var purpose = Text(r.Purpose, "purpose", errors, OnlineApplication.MaxPurposeLength);
                var street = Text(r.AddressStreet, "addressStreet", errors, OnlineApplication.MaxAddressLength);
                var postal = Text(r.AddressPostalCode, "addressPostalCode", errors, OnlineApplication.MaxPostalCodeLength);
                if (postal is not null && !(postal.Length == 6 && postal[2] == '-' && postal.Remove(2, 1).All(char.IsAsciiDigit)))
                {
                    errors.Add("addressPostalCode", "Write the Polish postal code as 00-000.");
                }

                var city = Text(r.AddressCity, "addressCity", errors, OnlineApplication.MaxAddressLength);
                return errors.Any ? null : new StepChange(a =>
                {
                    a.Purpose = purpose;
                    a.AddressStreet = street;
                    a.AddressPostalCode = postal;
                    a.AddressCity = city;
                });
            case ApplicationSteps.Employer:
                var employer = Text(r.EmployerName, "employerName", errors, OnlineApplication.MaxNameLength);
                var nipText = Text(r.EmployerNip, "employerNip", errors, 20);
                var nip = Nip.Normalise(nipText);
                if (nipText is not null && nip is null)
                {
                    errors.Add("employerNip", "This is not a valid NIP: it has 10 digits and the last one is a checksum.");
                }

                return errors.Any ? null : new StepChange(a =>
                {
                    a.EmployerName = employer;
                    a.EmployerNip = nip;
                });
            case ApplicationSteps.School:
                var school = Text(r.SchoolName, "schoolName", errors, OnlineApplication.MaxNameLength);
                return errors.Any ? null : new StepChange(a => a.SchoolName = school);
            default:
                errors.Add("step", "There is no such step in this application.");
                return null;
        }
    }

    private static string? Text(string? value, string field, FieldErrors errors, int maxLength)
    {
        var trimmed = value?.Trim();
        if (trimmed?.Length > maxLength)
        {
            errors.Add(field, "Write at most {0} characters.", maxLength);
            return null;
        }

        return string.IsNullOrEmpty(trimmed) ? null : trimmed;
    }

}
