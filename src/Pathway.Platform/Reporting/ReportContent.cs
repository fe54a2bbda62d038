namespace Pathway.Platform.Reporting;

/// <summary>
/// What a report says, before it is a file: its title, the facts of its heading (period, office),
/// its tables (each drawn as a chart where it has one) and, for the statistics sent to others,
/// its datasets as SDMX sees them. The library renders every format from this one content.
/// </summary>
/// <param name="Period">The reference period as SDMX writes it (<c>2026-11</c>, <c>2026</c>): the time period of the tables' observations.</param>
/// <param name="Datasets">The observations as a data structure defines them, for SDMX-CSV; when none, SDMX-CSV is the tables themselves.</param>
public sealed record ReportContent(
    string Title, string Period, IReadOnlyList<ReportFact> Facts, IReadOnlyList<ReportTable> Tables, IReadOnlyList<ReportDataset>? Datasets = null);

/// <summary>A fact of the heading: label and value (the project, the period, the organisations counted).</summary>
public sealed record ReportFact(string Label, string Value);

/// <summary>A dataset as a data structure defines it: its dataflow (<c>ESTAT:MIGR_RESFIRST(1.0)</c>), its dimensions in order, and its observations.</summary>
public sealed record ReportDataset(string Dataflow, IReadOnlyList<string> Dimensions, IReadOnlyList<ReportObservation> Observations);

/// <summary>One observation: its codes in the dimensions' order, the time period, the true value (null where the data cannot tell) and its confidentiality.</summary>
public sealed record ReportObservation(IReadOnlyList<string> Key, string TimePeriod, decimal? Value, ReportConfidentiality Confidentiality);

/// <summary>A figure's confidentiality as disclosure control set it, as SDMX's CONF_STATUS codes it.</summary>
public enum ReportConfidentiality
{
    /// <summary>F: free for publication.</summary>
    Free,

    /// <summary>A: primary confidentiality, a count of too few persons.</summary>
    Primary,

    /// <summary>D: secondary confidentiality, suppressed so that totals cannot reveal a primary cell.</summary>
    Secondary,
}
