namespace Pathway.Analytics.DataExchange;

/// <summary>
/// A count as the warehouse groups it for a dataset: the month, then one code per dimension in the
/// dataset's order. A count of persons has no <see cref="Person"/>; a count of things a person has
/// (services given) comes with the person's pseudonym, one row per person and cell, so that disclosure
/// control can count the persons behind every cell.
/// </summary>
public sealed record DatasetRow(DateOnly Month, IReadOnlyList<string> Codes, long Count, string? Person = null);
