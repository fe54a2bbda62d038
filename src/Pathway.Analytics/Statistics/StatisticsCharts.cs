using System.Globalization;
using System.Text.Json.Nodes;
using Microsoft.Extensions.Localization;
using Pathway.Analytics.Dashboards;
using Pathway.Analytics.DataExchange;
using Pathway.Analytics.Disclosure;

namespace Pathway.Analytics.Statistics;

/// <summary>
/// The office statistics' views as the dashboard draws its charts (Apache ECharts options, a table behind
/// each, the same tables in the CSV and XLSX files), with every figure a cell of the protected cube: a
/// confidential cell is C in the table and a gap in the chart (never 0), and every total is the cube's
/// own total cell, never a sum made here.
/// </summary>
public static class StatisticsCharts
{
    /// <summary>What a confidential cell shows and files keep: SDMX's CONF_STATUS C.</summary>
    public const string Confidential = ProtectedDataset.Confidential;

    public static ChartView Of(StatisticsView view, IStringLocalizer text) => view.Id switch
    {
        StatisticsViews.Applications => ByMonth(view, text["Applications by type"], text["Applications received each month, by application type."], text["Applications"], text),
        StatisticsViews.Decisions => ByMonth(view, text["Decisions by outcome"], text["Decisions made each month, by their outcome."], text["Decisions"], text),
        StatisticsViews.Backlog => ByMonth(view, text["Backlog and its age"], text["Cases awaiting a decision at the end of each month, by how long they had waited."], text["Cases"], text),
        StatisticsViews.Citizenships => CitizenshipTable(view, text),
        StatisticsViews.Services => ByMonth(view, text["Support services by kind"],
            text["Support services delivered each month by NGOs and advisory points, by kind. A figure counts services, and is hidden when too few persons received them."],
            text["Services"], text),
        StatisticsViews.Calls => ByMonth(view, text["Helpline calls by result"],
            text["The helpline's calls each month: answered by a person, abandoned in the queue, logged by an operator by hand (some of which the telephony also counted), and the others."],
            text["Calls"], text),
        _ => throw new ArgumentOutOfRangeException(nameof(view), view.Id, null),
    };

    /// <summary>Which filters narrow a view, and which chosen ones do not, in the reader's language.</summary>
    public static string Note(StatisticsView view, IStringLocalizer text)
    {
        string Names(IEnumerable<string> dimensions) => string.Join(", ", dimensions.Select(d => text[Title(d)].Value));
        var note = view.Narrowing.Count == 0 ? text["Narrowed by the period only."].Value : text["Narrowed by the period and by: {0}.", Names(view.Narrowing)].Value;
        if (view.NotApplied.Count > 0)
        {
            note += " " + text["Not narrowed by: {0}; these figures are not counted by it.", Names(view.NotApplied)].Value;
        }

        if (view.Unnamed is not null)
        {
            note += " " + text["These figures do not name the citizenship chosen: too few of its persons are in them to show apart, so they are counted under Other."].Value;
        }

        return note;
    }

    /// <summary>A month's figures along a dimension, stacked; the total column is the cube's total cell.</summary>
    private static ChartView ByMonth(StatisticsView view, string title, string description, string axis, IStringLocalizer text)
    {
        var months = view.Months.Select(MonthOf).ToList();
        var parts = view.Fixed ? view.Codes : [.. view.Codes.Where(c => c != DatasetCatalogue.Total)];
        var series = parts.Select(code => (JsonNode)new JsonObject
        {
            ["name"] = Label(view.Across, code, text),
            ["type"] = "bar",
            ["stack"] = "all",
            // A confidential cell is a gap: null, never 0.
            ["data"] = DashboardCharts.Array(view.Months.Select(m => view.Cell(m, code) is { Suppressed: false, Value: { } value } ? (JsonNode)JsonValue.Create(value) : null)),
        });
        var option = view.Unnamed is null ? DashboardCharts.OptionNode(DashboardCharts.MonthAxis(months), axis, series).ToJsonString() : null;
        IReadOnlyList<string> columns = view.Fixed ? view.Codes : [.. parts, DatasetCatalogue.Total];
        var rows = view.Months.Select((m, i) => (IReadOnlyList<TableCell>)[
            DashboardCharts.MonthCell(months[i]), .. columns.Select(code => Figure(view.Cell(m, code))),
        ]).ToList();
        return new ChartView(view.Id, title, description, option,
            new ChartTable([text["Month"], .. columns.Select(c => Label(view.Across, c, text))], view.Unnamed is null ? rows : []));
    }

    /// <summary>Applications by citizenship: a row per citizenship named (the others together, then the total), a column per month.</summary>
    private static ChartView CitizenshipTable(StatisticsView view, IStringLocalizer text)
    {
        var rows = view.Codes.Select(code => (IReadOnlyList<TableCell>)[
            new TableCell(Label(view.Across, code, text), code), .. view.Months.Select(m => Figure(view.Cell(m, code))),
        ]).ToList();
        var months = view.Months.Select(MonthOf).ToList();
        return new ChartView(view.Id, text["Applications by citizenship"],
            text["Applications received each month, by citizenship: those named in the figures, the others together as Other."], null,
            new ChartTable([text["Citizenship"], .. months.Select(m => m.ToString("MMM yyyy", CultureInfo.CurrentCulture))], view.Unnamed is null ? rows : [])
            {
                DataColumnsFrom = 1,
                FileColumns = [text["Citizenship"], .. view.Months],
            });
    }

    /// <summary>A cell of the protected cube as the table shows it: its count, or C when confidential.</summary>
    private static TableCell Figure(ProtectedCell? cell) => cell switch
    {
        null => new TableCell("—", ""),
        { Suppressed: true } => new TableCell(Confidential, Confidential, Confidential: true),
        { Value: { } value } => new TableCell(value.ToString("N0", CultureInfo.CurrentCulture), value.ToString(CultureInfo.InvariantCulture), value),
        _ => new TableCell("—", ""),
    };

    private static string Label(string dimension, string code, IStringLocalizer text) => DatasetCatalogue.Label(dimension, code, text) ?? code;

    /// <summary>A filter's name, as the form labels it.</summary>
    private static string Title(string dimension) => dimension switch
    {
        "type" => "Application type",
        "citizenship" => "Citizenship",
        _ => "Sex",
    };

    private static DateOnly MonthOf(string month) => DateOnly.ParseExact(month + "-01", "yyyy-MM-dd", CultureInfo.InvariantCulture);
}
