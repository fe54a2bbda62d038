namespace Pathway.Analytics.OfficialStatistics;

/// <summary>Which file the writer makes from a table.</summary>
internal enum SdmxCsvEdition
{
    /// <summary>For Eurostat: every true count with its confidentiality flag (F, A, D), so Eurostat can protect its own aggregates.</summary>
    Transmission,

    /// <summary>For the public: the counts of free cells only; every other cell empty and flagged C, whether it was primary or secondary.</summary>
    Publication,
}
