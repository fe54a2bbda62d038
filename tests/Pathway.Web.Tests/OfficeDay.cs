namespace Pathway.Web.Tests;

/// <summary>
/// The demo office's day (Warsaw): the day its forms check "not after today" and "today or later"
/// against. Between midnight in Warsaw and midnight UTC the two differ, and a test that asked for
/// UTC's day would plan a service for the office's yesterday.
/// </summary>
internal static class OfficeDay
{
    private static readonly TimeZoneInfo Warsaw = TimeZoneInfo.FindSystemTimeZoneById("Europe/Warsaw");

    public static DateOnly Today => DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(DateTimeOffset.UtcNow, Warsaw).DateTime);
}
