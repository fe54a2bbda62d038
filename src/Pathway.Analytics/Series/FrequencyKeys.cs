using Pathway.Forecasting;

namespace Pathway.Analytics.Series;

/// <summary>The names of frequencies in the API and on the page: daily, weekly, monthly.</summary>
public static class FrequencyKeys
{
    public static string ToKey(this Frequency frequency) => frequency switch
    {
        Frequency.Daily => "daily",
        Frequency.Weekly => "weekly",
        Frequency.Monthly => "monthly",
    };

    public static bool TryParse(string? key, out Frequency frequency)
    {
        foreach (var candidate in Enum.GetValues<Frequency>())
        {
            if (string.Equals(candidate.ToKey(), key?.Trim(), StringComparison.OrdinalIgnoreCase))
            {
                frequency = candidate;
                return true;
            }
        }

        frequency = Frequency.Monthly;
        return false;
    }
}
