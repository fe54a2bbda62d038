using System.Globalization;
using Pathway.Platform.Localization;
using Pathway.Portal.Content;

namespace Pathway.Portal.Events;

/// <summary>
/// An event's details as an editor sends them. Times are the office's local time
/// (<c>2026-12-15T17:00</c>, as a date-and-time field gives them) or carry their offset
/// (<c>2026-12-15T16:00Z</c>, <c>2026-12-15T17:00+01:00</c>).
/// </summary>
public sealed record EventDetailsRequest(
    int? Version, string? StartsAt, string? EndsAt, string? PlaceName, string? Address, double? Latitude, double? Longitude,
    string? OnlineUrl, IReadOnlyList<string>? Languages, int? Capacity);

/// <summary>Checks an editor's event details field by field, in their language.</summary>
public static class EventRequests
{
    /// <summary>The longest event or course: a term's course runs for months, nothing runs for years.</summary>
    public static readonly TimeSpan MaxLength = TimeSpan.FromDays(366);

    private static readonly string[] LocalFormats = ["yyyy-MM-dd'T'HH:mm", "yyyy-MM-dd'T'HH:mm:ss", "yyyy-MM-dd HH:mm"];

    public static EventInput? Check(EventDetailsRequest request, TimeZoneInfo zone, FieldErrors errors)
    {
        var starts = Instant(request.StartsAt, "startsAt", zone, errors);
        var ends = Instant(request.EndsAt, "endsAt", zone, errors);
        if (starts is not null && ends is not null && (ends <= starts || ends - starts > MaxLength))
        {
            errors.Add("endsAt", "The end must come after the start, within a year of it.");
        }

        var place = request.PlaceName?.Trim() ?? "";
        var address = request.Address?.Trim() ?? "";
        var online = PlaceChecks.OnlineUrl(request.OnlineUrl);
        if (place.Length > EventDetails.MaxPlaceLength)
        {
            errors.Add("placeName", "The place's name is up to {0} characters.", EventDetails.MaxPlaceLength);
        }

        if (address.Length > EventDetails.MaxAddressLength)
        {
            errors.Add("address", "The address is up to {0} characters.", EventDetails.MaxAddressLength);
        }

        if (online is not null && !PlaceChecks.IsWebAddress(online))
        {
            errors.Add("onlineUrl", PlaceChecks.OnlineUrlMessage);
        }

        if (place.Length == 0 && online is null)
        {
            errors.Add("placeName", "Say where it takes place: a place, or an online address.");
        }

        if (!PlaceChecks.AreCoordinates(request.Latitude, request.Longitude))
        {
            errors.Add("latitude", PlaceChecks.CoordinatesMessage);
        }

        var languages = new List<string>();
        foreach (var code in request.Languages ?? [])
        {
            if (SupportedCultures.ByCode(code?.Trim()) is { } language && !languages.Contains(language.Code, StringComparer.Ordinal))
            {
                languages.Add(language.Code);
            }
            else if (SupportedCultures.ByCode(code?.Trim()) is null)
            {
                errors.Add("languages", "Choose the languages it is held in from the portal's languages.");
                break;
            }
        }

        if (languages.Count == 0)
        {
            errors.Add("languages", "Choose at least one language it is held in.");
        }

        if (request.Capacity is not (>= 1 and <= EventDetails.MaxCapacity))
        {
            errors.Add("capacity", "The places are a whole number from 1 to {0}.", EventDetails.MaxCapacity);
        }

        return errors.Any
            ? null
            : new EventInput(starts!.Value, ends!.Value, place, address, request.Latitude, request.Longitude, online, [.. languages.Distinct(StringComparer.Ordinal)], request.Capacity!.Value);
    }

    /// <summary>A time as UTC: with its offset as given, or as the office's local time.</summary>
    private static DateTime? Instant(string? text, string field, TimeZoneInfo zone, FieldErrors errors)
    {
        var value = text?.Trim() ?? "";
        if (DateTime.TryParseExact(value, LocalFormats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var local)
            && !zone.IsInvalidTime(local))
        {
            return TimeZoneInfo.ConvertTimeToUtc(DateTime.SpecifyKind(local, DateTimeKind.Unspecified), zone);
        }

        if ((value.EndsWith('Z') || value.LastIndexOfAny(['+', '-']) > 10)
            && DateTimeOffset.TryParse(value, CultureInfo.InvariantCulture, DateTimeStyles.None, out var withOffset))
        {
            return withOffset.UtcDateTime;
        }

        errors.Add(field, "Give a date and time such as 2026-12-15T17:00.");
        return null;
    }

    /// <summary>An instant (kept in UTC) as the office's local time.</summary>
    public static DateTime Local(DateTime utc, TimeZoneInfo zone) =>
        TimeZoneInfo.ConvertTimeFromUtc(DateTime.SpecifyKind(utc, DateTimeKind.Utc), zone);

    /// <summary>An instant as the office's local time, as a date-and-time field takes it.</summary>
    public static string LocalText(DateTime utc, TimeZoneInfo zone) =>
        Local(utc, zone).ToString("yyyy-MM-dd'T'HH:mm", CultureInfo.InvariantCulture);
}
