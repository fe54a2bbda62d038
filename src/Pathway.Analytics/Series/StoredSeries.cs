using Pathway.Forecasting;
using Pathway.Platform.Tenancy;

namespace Pathway.Analytics.Series;

/// <summary>A time series the office keeps for forecasting: inflow of applications, helpline calls, and the like.</summary>
public sealed class StoredSeries : ITenantOwned
{
    public const int MaxKeyLength = 100;
    public const int MaxTitleLength = 200;
    public const int MaxUnitLength = 50;

    private StoredSeries() { }

    public Guid Id { get; private set; }
    public Guid TenantId { get; private set; }
    public Guid OrganisationId { get; private set; }

    /// <summary>The series_id of the long CSV format; unique within a tenant.</summary>
    public string Key { get; private set; } = "";
    public string Title { get; private set; } = "";
    public Frequency Frequency { get; private set; }

    /// <summary>What is counted, e.g. "applications" or "calls"; empty when not said.</summary>
    public string Unit { get; private set; } = "";
    public SeriesSource Source { get; private set; }
    public DateTime CreatedAt { get; private set; }

    /// <summary>The user who stored it; none for seeded demo data.</summary>
    public Guid? CreatedBy { get; private set; }

    public List<SeriesObservation> Observations { get; private set; } = [];

    public static StoredSeries From(TimeSeries series, SeriesDescription description, Guid tenantId, Guid organisationId, SeriesSource source, DateTime now, Guid? createdBy)
    {
        var stored = new StoredSeries
        {
            Id = Guid.CreateVersion7(),
            TenantId = tenantId,
            OrganisationId = organisationId,
            Key = series.Id,
            Title = string.IsNullOrWhiteSpace(description.Title) ? series.Id : description.Title.Trim(),
            Unit = description.Unit?.Trim() ?? "",
            Frequency = series.Frequency,
            Source = source,
            CreatedAt = now,
            CreatedBy = createdBy,
        };
        for (var i = 0; i < series.Length; i++)
        {
            var value = series.Values[i];
            stored.Observations.Add(new SeriesObservation { SeriesId = stored.Id, Period = series.PeriodAt(i), Value = double.IsNaN(value) ? null : value });
        }

        return stored;
    }

    /// <summary>The series as the engine reads it; needs <see cref="Observations"/> loaded.</summary>
    public TimeSeries ToTimeSeries()
    {
        var ordered = Observations.OrderBy(o => o.Period).ToList();
        if (ordered.Count == 0)
        {
            return new TimeSeries(Key, Frequency, DateOnly.FromDateTime(CreatedAt), []);
        }

        var start = ordered[0].Period;
        var values = new double[Frequency.StepsBetween(start, ordered[^1].Period) + 1];
        values.AsSpan().Fill(double.NaN);
        foreach (var observation in ordered)
        {
            values[Frequency.StepsBetween(start, observation.Period)] = observation.Value ?? double.NaN;
        }

        return new TimeSeries(Key, Frequency, start, values);
    }
}
