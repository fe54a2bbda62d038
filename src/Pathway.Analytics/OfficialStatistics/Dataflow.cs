namespace Pathway.Analytics.OfficialStatistics;

/// <summary>A data structure's dataflow: who maintains it, its id and version, and its dimensions in the structure's order.</summary>
internal sealed record Dataflow(string Agency, string Id, string Version, IReadOnlyList<string> Dimensions)
{
    /// <summary>As SDMX-CSV 1.0 writes it in the DATAFLOW column: <c>ESTAT:MIGR_RESFIRST(1.0)</c>.</summary>
    public string Reference => $"{Agency}:{Id}({Version})";

    /// <summary>
    /// First permits by reason, citizenship and length of validity. The dimensions and their order
    /// are those of Eurostat's own SDMX-CSV of MIGR_RESFIRST
    /// (<c>DATAFLOW,LAST UPDATE,freq,reason,citizen,duration,unit,geo,TIME_PERIOD,OBS_VALUE,...</c>).
    /// </summary>
    public static readonly Dataflow FirstPermits = new("ESTAT", "MIGR_RESFIRST", "1.0", ["freq", "reason", "citizen", "duration", "unit", "geo"]);

    /// <summary>
    /// Changes of immigration status by the reason before (<c>reason_prv</c>) and after
    /// (<c>reason</c>) and citizenship. No Eurostat file of this dataflow could be read while this
    /// was written: check the dimension ids against Eurostat's structure before the first transmission.
    /// </summary>
    public static readonly Dataflow ChangesOfStatus = new("ESTAT", "MIGR_RESCHANGE", "1.0", ["freq", "reason_prv", "reason", "citizen", "unit", "geo"]);
}
