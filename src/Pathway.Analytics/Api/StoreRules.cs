using Pathway.Analytics.Series;
using Pathway.Forecasting;
using Pathway.Platform.Localization;

namespace Pathway.Analytics.Api;

/// <summary>What a series needs before it is kept: a usable key, a title and unit of sensible length.</summary>
internal static class StoreRules
{
    public static string? Key(string? key, FieldErrors errors)
    {
        var trimmed = key?.Trim() ?? "";
        if (trimmed.Length == 0)
        {
            errors.Add("key", "This field is required.");
            return null;
        }

        if (trimmed.Length > StoredSeries.MaxKeyLength)
        {
            errors.Add("key", "Use at most {0} characters.", StoredSeries.MaxKeyLength);
            return null;
        }

        return trimmed;
    }

    public static void Description(SeriesDescription description, FieldErrors errors)
    {
        if (description.Title?.Trim().Length > StoredSeries.MaxTitleLength)
        {
            errors.Add("title", "Use at most {0} characters.", StoredSeries.MaxTitleLength);
        }

        if (description.Unit?.Trim().Length > StoredSeries.MaxUnitLength)
        {
            errors.Add("unit", "Use at most {0} characters.", StoredSeries.MaxUnitLength);
        }
    }

    /// <summary>The series of a file to keep: the only one, or the one <paramref name="key"/> names.</summary>
    public static TimeSeries? Pick(IReadOnlyList<TimeSeries> series, string? key, FieldErrors errors)
    {
        if (string.IsNullOrWhiteSpace(key))
        {
            if (series.Count == 1)
            {
                return series[0];
            }

            errors.Add("key", "The file holds several series; name the one to keep: {0}.", string.Join(", ", series.Select(s => s.Id)));
            return null;
        }

        var found = series.FirstOrDefault(s => s.Id == key.Trim());
        if (found is null)
        {
            errors.Add("key", "The file holds no series {0}.", key.Trim());
        }

        return found;
    }
}
