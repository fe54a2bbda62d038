namespace Pathway.Analytics.Planning;

/// <summary>
/// How a day's helpline calls spread over its hours when only daily counts are known: open 08:00 to
/// 20:00, busiest in the middle of the morning, a smaller peak after lunch, quiet in the evening.
/// An assumption typical of public-service helplines, not measured from the office's own calls;
/// an upload of hourly counts (timestamp,calls) plans with the office's real pattern instead.
/// </summary>
internal static class IntradayProfile
{
    public const int Opens = 8;
    public const int Closes = 20;

    /// <summary>The share of the day's calls in each hour from <see cref="Opens"/>; they add up to 1.</summary>
    public static IReadOnlyList<double> Shares { get; } = [0.06, 0.11, 0.12, 0.11, 0.09, 0.09, 0.10, 0.09, 0.08, 0.07, 0.05, 0.03];

    public static double Share(int hour) => hour is >= Opens and < Closes ? Shares[hour - Opens] : 0;
}
