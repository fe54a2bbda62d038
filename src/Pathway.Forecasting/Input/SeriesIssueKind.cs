namespace Pathway.Forecasting.Input;

/// <summary>The ways a series file can be wrong (errors) or incomplete (warnings).</summary>
public enum SeriesIssueKind
{
    EmptyFile,
    MissingColumns,
    WrongFieldCount,
    MissingSeriesId,
    UnparsableDate,
    NonNumericValue,
    DuplicatePeriod,
    MixedFrequency,
    OffGrid,

    /// <summary>A warning: periods between two lines are absent and are treated as missing values.</summary>
    Gap,
}

public static class SeriesIssueKinds
{
    public static bool IsWarning(this SeriesIssueKind kind) => kind == SeriesIssueKind.Gap;
}
