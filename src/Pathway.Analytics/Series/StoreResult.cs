namespace Pathway.Analytics.Series;

public enum StoreOutcome
{
    Stored,

    /// <summary>The tenant already keeps a series under this key.</summary>
    KeyTaken,

    /// <summary>The series has no observed value at all: nothing worth keeping.</summary>
    Empty,
}

/// <summary>What became of a request to store a series; <see cref="Series"/> is set when it was stored.</summary>
public sealed record StoreResult(StoreOutcome Outcome, SeriesSummary? Series = null);
