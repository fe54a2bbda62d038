namespace Pathway.Analytics.Disclosure;

/// <summary>
/// Whether a cell is shown, as SDMX's CONF_STATUS attribute says it (code list CL_CONF_STATUS):
/// F free, A primary confidential, D secondary confidential.
/// </summary>
public enum ConfStatus
{
    /// <summary>F: shown.</summary>
    Free,

    /// <summary>A: suppressed for what it reveals itself (a few persons, or a group all in one sensitive category).</summary>
    Primary,

    /// <summary>D: suppressed so that a primary cell cannot be worked out from the published ones.</summary>
    Secondary,
}

/// <summary>Why a primary cell is suppressed.</summary>
[Flags]
public enum PrimaryReason
{
    None = 0,

    /// <summary>1 to threshold − 1 persons.</summary>
    SmallCount = 1,

    /// <summary>Every person of its group falls in this category of a sensitive dimension ("all refused").</summary>
    WholeGroup = 2,
}

public static class ConfStatusCodes
{
    /// <summary>The CL_CONF_STATUS code: "F", "A" or "D".</summary>
    public static string Sdmx(this ConfStatus status) => status switch
    {
        ConfStatus.Free => "F",
        ConfStatus.Primary => "A",
        ConfStatus.Secondary => "D",
    };
}
