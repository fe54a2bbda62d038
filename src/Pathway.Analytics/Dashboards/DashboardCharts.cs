using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.Extensions.Localization;

namespace Pathway.Analytics.Dashboards;

/// <summary>
/// The dashboard's figures as charts (Apache ECharts options) with a table behind each: the words in
/// the reader's language, the numbers in their culture, and for every bar the filtered view it
/// drills into. The same tables are what the CSV and XLSX files hold.
/// </summary>
public static class DashboardCharts
{
    public const string Inflow = "inflow";
    public const string Backlog = "backlog";
    public const string Processing = "processing";
    public const string Decisions = "decisions";
    public const string Citizenships = "citizenships";

    public static readonly IReadOnlyList<string> All = [Inflow, Backlog, Processing, Decisions, Citizenships];

    private static readonly string[] Outcomes = ["Granted", "Refused", "Discontinued"];

    public static IReadOnlyList<ChartView> Of(DashboardData data, IStringLocalizer text, string page) =>
        [.. All.Select(id => Of(id, data, text, page))];

    public static ChartView Of(string id, DashboardData data, IStringLocalizer text, string page) => id switch
    {
        Inflow => InflowChart(data, text, page),
        Backlog => BacklogChart(data, text),
        Processing => ProcessingChart(data, text),
        Decisions => DecisionsChart(data, text, page),
        Citizenships => CitizenshipsChart(data, text),
        _ => throw new ArgumentOutOfRangeException(nameof(id), id, null),
    };

    private static ChartView InflowChart(DashboardData data, IStringLocalizer text, string page)
    {
        var months = data.Filter.EachMonth().ToList();
        var types = data.Inflow.Select(i => i.ApplicationType).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
        var count = data.Inflow.ToDictionary(i => (i.Month, i.ApplicationType), i => i.Count, EqualityComparer<(DateOnly, string)>.Default);
        string Drill(DateOnly month, string type) => $"{page}?{data.Filter.Query(month, month, type)}#{Inflow}-table";
        var series = types.Select(type => (JsonNode)new JsonObject
        {
            ["name"] = ApplicationTypeLabels.Of(type, text),
            ["type"] = "bar",
            ["stack"] = "all",
            ["data"] = Array(months.Select(m => Point(count.GetValueOrDefault((m, type)), Drill(m, type)))),
        });
        var rows = months.Select(m => (IReadOnlyList<TableCell>)[
            MonthCell(m),
            .. types.Select(t => NumberCell(count.GetValueOrDefault((m, t)), Drill(m, t))),
            NumberCell(types.Sum(t => count.GetValueOrDefault((m, t)))),
        ]).ToList();
        return new ChartView(Inflow, text["Applications by type"], text["Applications received each month, by application type."],
            Option(MonthAxis(months), text["Applications"], series),
            new ChartTable([text["Month"], .. types.Select(t => ApplicationTypeLabels.Of(t, text)), text["Total"]], rows));
    }

    private static ChartView BacklogChart(DashboardData data, IStringLocalizer text)
    {
        var months = data.Backlog.Select(b => b.Month).ToList();
        string[] bands = [text["Under 1 month"], text["1 to 2 months"], text["2 to 3 months"], text["3 months or more"]];
        Func<BacklogMonth, int>[] values = [b => b.UnderOne, b => b.OneToTwo, b => b.TwoToThree, b => b.ThreeOrMore];
        var series = bands.Select((band, i) => (JsonNode)new JsonObject
        {
            ["name"] = band,
            ["type"] = "bar",
            ["stack"] = "all",
            ["data"] = Array(data.Backlog.Select(b => Point(values[i](b), null))),
        });
        var rows = data.Backlog.Select(b => (IReadOnlyList<TableCell>)[
            MonthCell(b.Month), .. values.Select(v => NumberCell(v(b))), NumberCell(b.Total),
        ]).ToList();
        return new ChartView(Backlog, text["Backlog and its age"], text["Cases awaiting a decision at the end of each month, by how long they had waited."],
            Option(MonthAxis(months), text["Cases"], series),
            new ChartTable([text["Month"], .. bands, text["Total"]], rows));
    }

    private static ChartView ProcessingChart(DashboardData data, IStringLocalizer text)
    {
        var months = data.Processing.Select(p => p.Month).ToList();
        var series = new JsonNode[]
        {
            Line(text["Median days"], data.Processing.Select(p => (double?)p.MedianDays), 0),
            Line(text["90% decided within (days)"], data.Processing.Select(p => (double?)p.Percentile90Days), 0),
            Line(text["Decided by the statutory day (%)"], data.Processing.Select(p => p.InTimeShare is { } s ? Math.Round(s * 100, 1) : (double?)null), 1),
        };
        var option = OptionNode(MonthAxis(months), text["Days"].Value, series);
        option["yAxis"] = new JsonArray(
            new JsonObject { ["type"] = "value", ["name"] = text["Days"].Value, ["minInterval"] = 1 },
            new JsonObject { ["type"] = "value", ["name"] = "%", ["min"] = 0, ["max"] = 100 });
        var rows = data.Processing.Select(p => (IReadOnlyList<TableCell>)[
            MonthCell(p.Month), NumberCell(p.Decided), OptionalCell(p.MedianDays), OptionalCell(p.Percentile90Days),
            p.InTimeShare is { } share ? new TableCell(share.ToString("P0", CultureInfo.CurrentCulture), Invariant(Math.Round(share, 4)), Math.Round(share, 4)) : Empty(),
        ]).ToList();
        return new ChartView(Processing, text["Processing times against the statutory deadlines"],
            text["Calendar days from submission to decision for the decisions of each month, and the share decided by the day the law sets."],
            option.ToJsonString(),
            new ChartTable([text["Month"], text["Decisions"], text["Median days"], text["90% decided within (days)"], text["Decided by the statutory day"]], rows));
    }

    private static ChartView DecisionsChart(DashboardData data, IStringLocalizer text, string page)
    {
        var months = data.Filter.EachMonth().ToList();
        var count = data.Decisions.ToDictionary(d => (d.Month, d.Outcome), d => d.Count, EqualityComparer<(DateOnly, string)>.Default);
        var outcomes = Outcomes.Concat(data.Decisions.Select(d => d.Outcome)).Distinct(StringComparer.Ordinal).ToList();
        string Drill(DateOnly month) => $"{page}?{data.Filter.Query(month, month)}#{Decisions}-table";
        var series = outcomes.Select(outcome => (JsonNode)new JsonObject
        {
            ["name"] = OutcomeLabel(outcome, text),
            ["type"] = "bar",
            ["stack"] = "all",
            ["data"] = Array(months.Select(m => Point(count.GetValueOrDefault((m, outcome)), Drill(m)))),
        });
        var rows = months.Select(m => (IReadOnlyList<TableCell>)[
            MonthCell(m), .. outcomes.Select(o => NumberCell(count.GetValueOrDefault((m, o)), Drill(m))), NumberCell(outcomes.Sum(o => count.GetValueOrDefault((m, o)))),
        ]).ToList();
        return new ChartView(Decisions, text["Decisions by outcome"], text["Decisions made each month, by their outcome."],
            Option(MonthAxis(months), text["Decisions"], series),
            new ChartTable([text["Month"], .. outcomes.Select(o => OutcomeLabel(o, text)), text["Total"]], rows));
    }

    private static ChartView CitizenshipsChart(DashboardData data, IStringLocalizer text)
    {
        // The largest at the top of a horizontal bar chart: ECharts draws categories from the bottom.
        var ordered = data.Citizenships.Reverse().ToList();
        string Label(CitizenshipCount c) => c.Citizenship ?? text["All others"];
        var option = new JsonObject
        {
            ["aria"] = new JsonObject { ["enabled"] = true },
            ["tooltip"] = new JsonObject { ["trigger"] = "axis", ["renderMode"] = "richText" },
            ["grid"] = new JsonObject { ["containLabel"] = true, ["left"] = 8, ["right"] = 24, ["top"] = 16, ["bottom"] = 8 },
            ["xAxis"] = new JsonObject { ["type"] = "value", ["name"] = text["Applications"].Value, ["minInterval"] = 1 },
            ["yAxis"] = new JsonObject { ["type"] = "category", ["data"] = Array(ordered.Select(c => (JsonNode)Label(c))) },
            ["series"] = new JsonArray(new JsonObject
            {
                ["name"] = text["Applications"].Value,
                ["type"] = "bar",
                ["data"] = Array(ordered.Select(c => (JsonNode)c.Count)),
            }),
        };
        var rows = data.Citizenships.Select(c => (IReadOnlyList<TableCell>)[new TableCell(Label(c), c.Citizenship ?? "other"), NumberCell(c.Count)]).ToList();
        return new ChartView(Citizenships, text["Top citizenships"], text["The citizenships with the most applications in the period."],
            option.ToJsonString(), new ChartTable([text["Citizenship"], text["Applications"]], rows));
    }

    public static string OutcomeLabel(string outcome, IStringLocalizer text) => outcome switch
    {
        "Granted" => text["Granted"],
        "Refused" => text["Refused"],
        "Discontinued" => text["Discontinued"],
        _ => outcome,
    };

    private static string Option(JsonArray months, string axisName, IEnumerable<JsonNode> series) =>
        OptionNode(months, axisName, series).ToJsonString();

    internal static JsonObject OptionNode(JsonArray months, string axisName, IEnumerable<JsonNode> series) => new()
    {
        // ECharts writes a description of the chart for screen readers from its data.
        ["aria"] = new JsonObject { ["enabled"] = true },
        // Rich text, not HTML: the page's content security policy allows no inline style.
        ["tooltip"] = new JsonObject { ["trigger"] = "axis", ["renderMode"] = "richText" },
        ["legend"] = new JsonObject { ["type"] = "scroll", ["bottom"] = 0 },
        ["grid"] = new JsonObject { ["containLabel"] = true, ["left"] = 8, ["right"] = 16, ["top"] = 32, ["bottom"] = 40 },
        ["xAxis"] = new JsonObject { ["type"] = "category", ["data"] = months },
        ["yAxis"] = new JsonObject { ["type"] = "value", ["name"] = axisName, ["minInterval"] = 1 },
        ["series"] = new JsonArray([.. series]),
    };

    internal static JsonArray MonthAxis(IEnumerable<DateOnly> months) =>
        Array(months.Select(m => (JsonNode)m.ToString("MMM yyyy", CultureInfo.CurrentCulture)));

    private static JsonNode Line(string name, IEnumerable<double?> values, int axis) => new JsonObject
    {
        ["name"] = name,
        ["type"] = "line",
        ["yAxisIndex"] = axis,
        ["connectNulls"] = false,
        ["data"] = Array(values.Select(v => v is { } x ? JsonValue.Create(x) : null)),
    };

    private static JsonNode Point(int value, string? drill) => drill is null
        ? JsonValue.Create(value)
        : new JsonObject { ["value"] = value, ["drill"] = drill };

    internal static JsonArray Array(IEnumerable<JsonNode?> items) => new([.. items]);

    internal static TableCell MonthCell(DateOnly month) =>
        new(month.ToString("MMMM yyyy", CultureInfo.CurrentCulture), DashboardFilter.Month(month));

    private static TableCell NumberCell(int value, string? drill = null) =>
        new(value.ToString("N0", CultureInfo.CurrentCulture), Invariant(value), value, value > 0 ? drill : null);

    private static TableCell OptionalCell(int? value) => value is { } v ? NumberCell(v) : Empty();

    private static TableCell Empty() => new("—", "");

    private static string Invariant(double value) => value.ToString(CultureInfo.InvariantCulture);
}
