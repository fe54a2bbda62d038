namespace Pathway.Analytics.Reports;

/// <summary>
/// A report run on a schedule: which definition, with which parameters as given (<c>month=previous</c>,
/// resolved at each run), in which format and language, and when (a Quartz cron expression in the
/// office's time zone). The row is the truth; the Quartz job store holds the trigger that fires it.
/// </summary>
public sealed class ReportSchedule
{
    public Guid Id { get; set; }
    public Guid TenantId { get; set; }
    public required string Definition { get; set; }

    /// <summary>The parameters as given, <c>month=previous&amp;…</c> (values escaped).</summary>
    public required string Parameters { get; set; }

    public required string Format { get; set; }
    public bool Transmission { get; set; }
    public required string Culture { get; set; }

    /// <summary>Quartz's cron: seconds, minutes, hours, day of month, month, day of week (<c>0 0 6 1 * ?</c>: the 1st at 06:00).</summary>
    public required string Cron { get; set; }

    /// <summary>The office's time zone the cron is read in (IANA id).</summary>
    public required string TimeZone { get; set; }

    public DateTime CreatedAt { get; set; }
    public Guid? CreatedBy { get; set; }
    public required string CreatedByName { get; set; }
    public DateTime? LastRunAt { get; set; }

    /// <summary>The last run's file name, or what stopped it.</summary>
    public string? LastOutcome { get; set; }

    /// <summary>The parameters as a dictionary again.</summary>
    public IReadOnlyDictionary<string, string?> ParameterValues() =>
        Parameters.Split('&', StringSplitOptions.RemoveEmptyEntries)
            .Select(pair => pair.Split('=', 2))
            .ToDictionary(p => p[0], p => (string?)Uri.UnescapeDataString(p.Length > 1 ? p[1] : ""), StringComparer.Ordinal);

    public static string ParametersOf(IReadOnlyDictionary<string, string?> values) =>
        string.Join('&', values.Where(v => !string.IsNullOrWhiteSpace(v.Value)).OrderBy(v => v.Key, StringComparer.Ordinal)
            .Select(v => v.Key + "=" + Uri.EscapeDataString(v.Value!.Trim())));
}

/// <summary>A schedule as lists and the API show it, with when it fires next.</summary>
public sealed record ScheduleEntry(
    Guid Id, string Definition, string Parameters, string Format, bool Transmission, string Culture, string Cron, string TimeZone,
    DateTimeOffset? NextRunAt, DateTime? LastRunAt, string? LastOutcome, string CreatedBy, DateTime CreatedAt);

/// <summary>A schedule asked for: a report request and when to run it.</summary>
public sealed record ScheduleRequest(string? Name, IReadOnlyDictionary<string, string?>? Parameters, string? Format, bool Transmission, string? Cron, string? Language);
