using System.Globalization;
using Pathway.Forecasting.Input;

namespace Pathway.Forecasting.Hierarchies;

/// <summary>Reads a hierarchy as <c>child,parent</c> lines (header first), e.g. <c>office-praga,mazowieckie</c>.</summary>
public static class HierarchyCsv
{
    public static Hierarchy Read(TextReader reader)
    {
        var header = reader.ReadLine();
        if (header is null) throw new HierarchyException(HierarchyProblem.NoLinks, "The hierarchy file is empty: a header child,parent is needed.");
        header = header.TrimStart('\uFEFF');
        var delimiter = CsvText.DelimiterOf(header);
        var columns = CsvText.Split(header, delimiter).Select(c => c.ToLowerInvariant()).ToList();
        int child = columns.IndexOf("child"), parent = columns.IndexOf("parent");
        if (child < 0 || parent < 0) throw new HierarchyException(HierarchyProblem.MissingColumns, $"line 1: the header must name the columns child and parent; it has: {header.Trim()}.") { Line = 1 };
        var links = new List<(string, string)>();
        var lineNumber = 1;
        string? line;
        while ((line = reader.ReadLine()) is not null)
        {
            lineNumber++;
            if (string.IsNullOrWhiteSpace(line)) continue;
            var fields = CsvText.Split(line, delimiter);
            if (fields.Length != columns.Count || fields[child].Length == 0 || fields[parent].Length == 0)
                throw new HierarchyException(HierarchyProblem.BadLine, string.Create(CultureInfo.InvariantCulture, $"line {lineNumber}: expected a child and a parent, found '{line}'.")) { Line = lineNumber };
            links.Add((fields[child], fields[parent]));
        }
        if (links.Count == 0) throw new HierarchyException(HierarchyProblem.NoLinks, "The hierarchy file has no links.");
        return Hierarchy.FromLinks(links);
    }
}
