namespace Pathway.Matching;

/// <summary>
/// What one blocking rule added: new candidate pairs (pairs an earlier rule already produced are
/// not counted again), and the blocks skipped because their value is so common that comparing all
/// its records would be quadratic (for example every "Kowalski" born in 1985 in a large registry).
/// </summary>
public sealed record RuleYield(string Rule, long Pairs, int SkippedBlocks, long SkippedRecords);
