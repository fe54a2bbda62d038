namespace Pathway.Analytics.Sources;

/// <summary>What became of a <see cref="LoadSourceTable"/>: loaded whole, or nothing loaded and why.</summary>
public abstract record LoadOutcome
{
    private LoadOutcome() { }

    public sealed record Loaded(SourceTableSummary Table, bool Replaced) : LoadOutcome;

    /// <summary>The fields' problems and the file's faults (changed layout included), every one of them; nothing was loaded.</summary>
    public sealed record Refused(IReadOnlyList<SourceFieldProblem> Fields, IReadOnlyList<SourceProblem> Faults) : LoadOutcome;

    /// <summary>A table of this name is stored with the same columns and no replacement was asked for (or it is another unit's).</summary>
    public sealed record NameTaken(string Name) : LoadOutcome;

    /// <summary>A table belongs to an organisation, and the caller's account belongs to none.</summary>
    public sealed record NoOrganisation : LoadOutcome;
}
