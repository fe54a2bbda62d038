namespace Pathway.Analytics.OfficialStatistics;

/// <summary>A cell's confidentiality as the disclosure control set it, with its SDMX CONF_STATUS code.</summary>
internal enum CellConfidentiality
{
    /// <summary>F: free for publication.</summary>
    Free,

    /// <summary>A: primary confidentiality, due to small counts.</summary>
    Primary,

    /// <summary>D: secondary confidentiality set by the sender, not for publication.</summary>
    Secondary,
}
