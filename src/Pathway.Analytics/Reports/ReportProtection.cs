using Pathway.Analytics.Disclosure;
using Pathway.Platform.Reporting;

namespace Pathway.Analytics.Reports;

/// <summary>
/// Disclosure control for a report's table of counts by one category with its total: the table is a
/// one-dimensional cube protected by the engine the dashboards and exports use, so a count of too
/// few persons is hidden and, where the total would give it away, the next smallest one too.
/// </summary>
public static class ReportProtection
{
    /// <summary>Each category's count and the total, with the confidentiality the engine set.</summary>
    public static (IReadOnlyDictionary<string, ReportValue> Categories, ReportValue Total) Protect(IReadOnlyList<(string Code, long Count)> counts, DisclosureRules? rules = null)
    {
        const string total = "TOTAL";
        if (counts.Count == 0)
        {
            // Nothing counted: no category to show and a total of nought, which reveals no one.
            return (new Dictionary<string, ReportValue>(StringComparer.Ordinal), new ReportValue(0));
        }

        var dimension = CubeDimension.Flat("category", counts.Select(c => c.Code), total);
        var cube = new CountCube(dimension);
        foreach (var (code, count) in counts)
        {
            cube.Add([code], count);
        }

        var protectedCube = CellSuppression.Protect(cube, rules);
        var values = counts.ToDictionary(c => c.Code, c => Value(protectedCube.Cell([c.Code]), c.Count), StringComparer.Ordinal);
        return (values, Value(protectedCube.Cell([total]), counts.Sum(c => c.Count)));
    }

    private static ReportValue Value(ProtectedCell? cell, long count) => new(count, cell?.Status switch
    {
        ConfStatus.Primary => ReportConfidentiality.Primary,
        ConfStatus.Secondary => ReportConfidentiality.Secondary,
        _ => ReportConfidentiality.Free,
    });
}
