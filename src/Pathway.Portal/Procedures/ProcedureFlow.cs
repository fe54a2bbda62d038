using System.Globalization;
using System.Text;

namespace Pathway.Portal.Procedures;

/// <summary>
/// A procedure's steps as a flow diagram, drawn on the server as SVG (no script, and the CSP allows
/// no inline style: the classes are coloured in site.css). Steps stand in columns by how many steps
/// must come before them (a step's column is one more than its latest prerequisite's), so steps that
/// can be done side by side stand one above the other; arrows join each step to those it waits for.
/// Right-to-left pages get the mirror image. The numbered step list is the text alternative.
/// </summary>
public static class ProcedureFlow
{
    private const int BoxWidth = 190;
    private const int BoxHeight = 58;
    private const int ColumnGap = 50;
    private const int RowGap = 18;
    private const int MaxTitleChars = 26;

    /// <summary>The column of each step (0 for a step that can start at once), in the order given.</summary>
    public static IReadOnlyList<int> Columns(IReadOnlyList<ProcedureStep> steps)
    {
        var column = new Dictionary<string, int>(StringComparer.Ordinal);
        var columns = new List<int>();
        foreach (var step in steps)
        {
            // Steps come after earlier steps only (ProcedureRequests), so every prerequisite has its column already.
            var at = step.AfterList.Select(k => column.TryGetValue(k, out var c) ? c + 1 : 0).DefaultIfEmpty(0).Max();
            column[step.Key] = at;
            columns.Add(at);
        }

        return columns;
    }

    /// <summary>The diagram; each box links to its step on the page at <paramref name="pagePath"/> (relative to the page's base, which holds the language).</summary>
    public static string Svg(IReadOnlyList<ProcedureStep> steps, IReadOnlyList<string> titles, string titlesLanguage, bool rightToLeft, string caption, string pagePath = "")
    {
        var columns = Columns(steps);
        var rows = new int[steps.Count];
        var used = new Dictionary<int, int>();
        for (var i = 0; i < steps.Count; i++)
        {
            rows[i] = used.GetValueOrDefault(columns[i]);
            used[columns[i]] = rows[i] + 1;
        }

        var width = (columns.DefaultIfEmpty(0).Max() + 1) * (BoxWidth + ColumnGap) - ColumnGap + 2;
        var height = used.Values.DefaultIfEmpty(1).Max() * (BoxHeight + RowGap) - RowGap + 2;
        double X(int i) => rightToLeft ? width - 1 - BoxWidth - columns[i] * (BoxWidth + ColumnGap) : 1 + columns[i] * (BoxWidth + ColumnGap);
        double Y(int i) => 1 + rows[i] * (BoxHeight + RowGap);
        var index = steps.Select((s, i) => (s.Key, i)).ToDictionary(p => p.Key, p => p.i, StringComparer.Ordinal);

        var svg = new StringBuilder();
        svg.Append(CultureInfo.InvariantCulture, $"""<svg class="flow" xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {width} {height}" width="{width}" height="{height}" role="group" aria-labelledby="flow-caption">""");
        svg.Append("<title id=\"flow-caption\">").Append(Html(caption)).Append("</title>");
        svg.Append("<defs><marker id=\"flow-arrow\" viewBox=\"0 0 10 10\" refX=\"9\" refY=\"5\" markerWidth=\"8\" markerHeight=\"8\" orient=\"auto-start-reverse\"><path d=\"M0,0 L10,5 L0,10 z\" class=\"arrow-head\"/></marker></defs>");
        for (var i = 0; i < steps.Count; i++)
        {
            foreach (var before in steps[i].AfterList.Where(index.ContainsKey).Select(k => index[k]))
            {
                var (fromX, toX) = rightToLeft ? (X(before), X(i) + BoxWidth) : (X(before) + BoxWidth, X(i));
                svg.Append(CultureInfo.InvariantCulture, $"""<line class="arrow" x1="{fromX:0.#}" y1="{Y(before) + BoxHeight / 2.0:0.#}" x2="{toX:0.#}" y2="{Y(i) + BoxHeight / 2.0:0.#}" marker-end="url(#flow-arrow)"/>""");
            }
        }

        for (var i = 0; i < steps.Count; i++)
        {
            var title = titles.Count > i ? titles[i] : "";
            if (title.Length > MaxTitleChars)
            {
                title = title[..(MaxTitleChars - 1)].TrimEnd() + "…";
            }

            var anchor = rightToLeft ? "end" : "start";
            var textX = rightToLeft ? X(i) + BoxWidth - 10 : X(i) + 10;
            svg.Append(CultureInfo.InvariantCulture, $"""<a href="{Html(pagePath)}#step-{steps[i].Key}"><rect class="step" x="{X(i):0.#}" y="{Y(i):0.#}" width="{BoxWidth}" height="{BoxHeight}" rx="6"/>""");
            svg.Append(CultureInfo.InvariantCulture, $"""<text class="number" x="{textX:0.#}" y="{Y(i) + 22:0.#}" text-anchor="{anchor}">{i + 1}</text>""");
            svg.Append(CultureInfo.InvariantCulture, $"""<text class="title" x="{textX:0.#}" y="{Y(i) + 44:0.#}" text-anchor="{anchor}" lang="{titlesLanguage}" data-content="">{Html(title)}</text></a>""");
        }

        return svg.Append("</svg>").ToString();
    }

    private static string Html(string text) => text.Replace("&", "&amp;", StringComparison.Ordinal).Replace("<", "&lt;", StringComparison.Ordinal).Replace(">", "&gt;", StringComparison.Ordinal);
}
