namespace Pathway.Analytics.Series;

/// <summary>What became of a <see cref="KeepSeries"/>: kept, or why not.</summary>
public abstract record KeepOutcome
{
    private KeepOutcome() { }

    public sealed record Kept(SeriesSummary Series) : KeepOutcome;

    /// <summary>The key, title, unit or observations break the rules of <see cref="KeepSeries.Check(string?, SeriesDescription)"/>; nothing was kept.</summary>
    public sealed record Invalid(IReadOnlyList<SeriesProblem> Problems) : KeepOutcome;

    /// <summary>The office already keeps a series under this key (one of another unit, too).</summary>
    public sealed record KeyTaken(string Key) : KeepOutcome;

    /// <summary>A series belongs to an organisation, and the caller's account belongs to none.</summary>
    public sealed record NoOrganisation : KeepOutcome;
}
