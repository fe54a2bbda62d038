using System.Globalization;
using System.Net.Mail;
using System.Text.RegularExpressions;
using Pathway.Platform.Localization;
using Pathway.Portal.Content;
using Pathway.Portal.Events;

namespace Pathway.Portal.Services;

/// <summary>A service's facts as an editor sends them.</summary>
public sealed record ServiceDetailsRequest(
    int? Version, string? Category, IReadOnlyList<string>? Languages, string? StaffGender, IReadOnlyList<string>? TargetGroups,
    string? District, string? PlaceName, string? Address, double? Latitude, double? Longitude, string? OpeningHours,
    string? Phone, string? Email, string? Website, bool? Free);

/// <summary>A service's facts, checked.</summary>
public sealed record ServiceInput(
    ServiceCategory Category, IReadOnlyList<string> Languages, StaffGender StaffGender, IReadOnlyList<string> TargetGroups,
    string District, string PlaceName, string Address, double? Latitude, double? Longitude, string OpeningHours,
    string? Phone, string? Email, string? Website, bool Free);

/// <summary>Checks an editor's service facts field by field, in their language.</summary>
public static partial class ServiceRequests
{
    public const int MaxLanguages = 30;

    public static ServiceInput? Check(ServiceDetailsRequest request, FieldErrors errors)
    {
        var category = Enum.TryParse<ServiceCategory>(request.Category, ignoreCase: true, out var c) && Enum.IsDefined(c) ? c : (ServiceCategory?)null;
        if (category is null)
        {
            errors.Add("category", "Choose what the service helps with.");
        }

        var languages = Languages(request.Languages, errors);
        var staff = request.StaffGender is null ? StaffGender.NotStated
            : Enum.TryParse<StaffGender>(request.StaffGender, ignoreCase: true, out var s) && Enum.IsDefined(s) ? s : (StaffGender?)null;
        if (staff is null)
        {
            errors.Add("staffGender", "Say who serves there: women, men, both, or leave it unsaid.");
        }

        var groups = (request.TargetGroups ?? []).Select(g => g?.Trim() ?? "").Where(g => g.Length > 0).Distinct(StringComparer.Ordinal).ToList();
        if (groups.Any(g => !Services.TargetGroups.All.Contains(g, StringComparer.Ordinal)))
        {
            errors.Add("targetGroups", "Choose the groups from the list, or none when it is for everyone.");
        }

        var district = request.District?.Trim() ?? "";
        if (district.Length is 0 or > ServiceDetails.MaxDistrictLength)
        {
            errors.Add("district", "Give the district it is in, up to {0} characters.", ServiceDetails.MaxDistrictLength);
        }

        var place = request.PlaceName?.Trim() ?? "";
        var address = request.Address?.Trim() ?? "";
        if (place.Length is 0 or > EventDetails.MaxPlaceLength)
        {
            errors.Add("placeName", "Give the place's name, up to {0} characters.", EventDetails.MaxPlaceLength);
        }

        if (address.Length is 0 or > EventDetails.MaxAddressLength)
        {
            errors.Add("address", "Give the address, up to {0} characters.", EventDetails.MaxAddressLength);
        }

        if (!PlaceChecks.AreCoordinates(request.Latitude, request.Longitude))
        {
            errors.Add("latitude", PlaceChecks.CoordinatesMessage);
        }

        var hours = request.OpeningHours?.Trim() ?? "";
        if (hours.Length > ServiceDetails.MaxHoursLength)
        {
            errors.Add("openingHours", "The opening hours are up to {0} characters.", ServiceDetails.MaxHoursLength);
        }

        var phone = Optional(request.Phone);
        if (phone is not null && !PhonePattern().IsMatch(phone))
        {
            errors.Add("phone", "A telephone number has digits, spaces, brackets and hyphens, and may start with +.");
        }

        var email = Optional(request.Email);
        if (email is not null && (email.Length > ServiceDetails.MaxEmailLength || !MailAddress.TryCreate(email, out var mail) || !string.Equals(mail.Address, email, StringComparison.Ordinal)))
        {
            errors.Add("email", "Give an e-mail address such as info@example.org.");
        }

        var website = PlaceChecks.OnlineUrl(request.Website);
        if (website is not null && !PlaceChecks.IsWebAddress(website))
        {
            errors.Add("website", "The website is a web address starting with https://.");
        }

        return errors.Any
            ? null
            : new ServiceInput(category!.Value, languages, staff!.Value, groups, district, place, address, request.Latitude, request.Longitude, hours, phone, email, website, request.Free ?? false);
    }

    /// <summary>
    /// The languages spoken, as lower-case language codes any culture knows (uk, ka, ps, prs), each
    /// once: a service may speak a language the portal is not written in.
    /// </summary>
    public static IReadOnlyList<string> Languages(IReadOnlyList<string>? codes, FieldErrors errors)
    {
        var languages = new List<string>();
        foreach (var raw in codes ?? [])
        {
            var code = raw?.Trim().ToLowerInvariant() ?? "";
            if (code.Length == 0)
            {
                continue;
            }

            if (!IsLanguage(code))
            {
                errors.Add("languages", "\"{0}\" is not a language code (such as uk, ru or ka).", code);
                return [];
            }

            if (!languages.Contains(code, StringComparer.Ordinal))
            {
                languages.Add(code);
            }
        }

        if (languages.Count is 0 or > MaxLanguages)
        {
            errors.Add("languages", "Give 1 to {0} languages spoken there.", MaxLanguages);
        }

        return languages;
    }

    /// <summary>A two- or three-letter language code of a language the culture data knows (the portal's prs included).</summary>
    public static bool IsLanguage(string code)
    {
        if (code.Length is < 2 or > 3 || !code.All(char.IsAsciiLetterLower))
        {
            return false;
        }

        if (SupportedCultures.ByCode(code) is not null)
        {
            return true;
        }

        try
        {
            return CultureInfo.GetCultureInfo(code, predefinedOnly: true).IsNeutralCulture;
        }
        catch (CultureNotFoundException)
        {
            return false;
        }
    }

    /// <summary>A language's name in itself (українська, polski), for lists in any reader's language.</summary>
    public static string NativeName(string code) =>
        SupportedCultures.ByCode(code)?.NativeName ?? (IsLanguage(code) ? CultureInfo.GetCultureInfo(code).NativeName : code);

    /// <summary>The language tag a language's name is written in (the portal's prs is fa-AF).</summary>
    public static string LangAttribute(string code) => SupportedCultures.ByCode(code)?.CultureName ?? code;

    private static string? Optional(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();

    [GeneratedRegex(@"^\+?[0-9][0-9 ()\-]{4,38}$", RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture, matchTimeoutMilliseconds: 100)]
    private static partial Regex PhonePattern();
}
