using System.Globalization;

namespace Pathway.Platform.Reporting;

/// <summary>
/// A run's parameter values, already checked against their kinds, in their canonical form
/// (<c>2026-11</c>, <c>2026</c>, <c>2026-11-30</c>): what the library keeps with the run and what
/// makes two runs the same. A parameter left out has no value.
/// </summary>
public sealed class ReportArguments(IReadOnlyDictionary<string, string> values)
{
    public const int MaxTextLength = 200;

    /// <summary>The values by parameter name, in name order.</summary>
    public IReadOnlyList<KeyValuePair<string, string>> Values { get; } = [.. values.OrderBy(v => v.Key, StringComparer.Ordinal)];

    public string? this[string name] => values.TryGetValue(name, out var value) ? value : null;

    /// <summary>The first day of a month parameter.</summary>
    public DateOnly Month(string name) => DateOnly.ParseExact(Required(name) + "-01", "yyyy-MM-dd", CultureInfo.InvariantCulture);

    public int Year(string name) => int.Parse(Required(name), NumberStyles.None, CultureInfo.InvariantCulture);

    public DateOnly? Date(string name) => this[name] is { } value ? DateOnly.ParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture) : null;

    /// <summary><c>month=2026-11&amp;office=…</c>: the canonical form, as the library stores it and a file name shows it.</summary>
    public override string ToString() => string.Join('&', Values.Select(v => v.Key + "=" + Uri.EscapeDataString(v.Value)));

    private string Required(string name) => this[name] ?? throw new InvalidOperationException($"The parameter {name} has no value.");
}
