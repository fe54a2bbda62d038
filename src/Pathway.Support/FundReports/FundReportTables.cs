using System.Globalization;
using Microsoft.Extensions.Localization;
using Pathway.Platform.Reporting;
using Pathway.Support.Beneficiaries;
using Pathway.Support.Trainings;

namespace Pathway.Support.FundReports;

/// <summary>
/// The report's tables in the reader's language. The page, the workbook and the PDF are all drawn
/// from these, so the figures and the counting rules read the same in each.
/// </summary>
public static class FundReportTables
{
    public static IReadOnlyList<ReportTable> Of(FundReport report, IStringLocalizer text)
    {
        var tables = new List<ReportTable>
        {
            new("persons-assisted", text["Persons assisted"], text["Service"], [Count("PERSONS", text["Persons"]), Count("SERVICES", text["Services given"])],
                [
                    .. report.ByService.Select(s => new ReportRow(Code(s.Kind), ServiceText.Kind(s.Kind, text), [s.Persons, s.Services])),
                    new ReportRow(TotalCode, text["Persons assisted, any service"], [report.PersonsAssisted, report.ServicesGiven], Total: true),
                ],
                text["Counting rule: a person counts once however often they came, in each row and in the total: a support case with at least one service given in the period and counted for the project. Planned and cancelled services do not count. A person is registered once per organisation, so one supported by two organisations is counted by each."]),
        };

        if (report.Helpline is { } calls)
        {
            tables.Add(new("helpline", text["Helpline"], text["Kind of call"], [Count("CALLS", text["Calls"])],
                [
                    new ReportRow("ANSWERED_INCOMING", text["Answered incoming calls"], [calls.AnsweredIncoming]),
                    new ReportRow("OUTGOING", text["Outgoing calls by operators"], [calls.Outgoing]),
                    new ReportRow("AUTOMATED", text["Calls to the automated helpline"], [calls.AutomatedHelpline]),
                    new ReportRow("REDIRECTED", text["Calls redirected to other units"], [calls.Redirected]),
                ],
                text["Counting rule: calls, not rows of the telephony's records (the rows of one call share its linked id), each on the office's day it began, sorted into kinds by the office's rules of contexts and channels. The helpline serves the whole office: its calls are not split by project."]));
        }

        var trained = report.Trainings;
        tables.Add(new("trained-by-area", text["Persons trained by area"], text["Area"], [Count("TRAININGS", text["Trainings"]), Count("TRAINED", text["Persons trained"])],
            [
                .. trained.ByArea.Select(a => new ReportRow(Code(a.Area), TrainingText.Area(a.Area, text), [a.Trainings, a.PersonsTrained])),
                new ReportRow(TotalCode, text["All areas"], [trained.Trainings, trained.PersonsTrained], Total: true),
            ],
            text["Counting rule: the project's trainings that began in the period, each with all its participants, counted by the institution that sent them; a person trained twice counts twice."]));
        tables.Add(new("institutions", text["Institutions supported"], text["Kind of institution"], [Count("INSTITUTIONS", text["Institutions"]), Count("TRAINED", text["Persons trained"])],
            [
                .. trained.ByInstitutionKind.Select(k => new ReportRow(Code(k.Kind), TrainingText.Kind(k.Kind, text), [k.Institutions, k.PersonsTrained])),
                new ReportRow(TotalCode, text["All institutions"], [trained.Institutions, trained.PersonsTrained], Total: true),
            ],
            text["Counting rule: an institution counts once by its name (letter case and spacing aside), however many of the project's trainings its staff attended in the period."]));
        return tables;
    }

    /// <summary>The whole report as the library and the files read it: the heading's facts, then the tables, with a chart where one helps.</summary>
    public static ReportContent Content(FundReport report, IStringLocalizer text) => new(
        text["Fund indicator report"], string.Create(CultureInfo.InvariantCulture, $"{report.From:yyyy-MM-dd}/{report.To:yyyy-MM-dd}"),
        [.. FundReportQuery.Facts(report, text).Select(f => new ReportFact(f.Label, f.Value))],
        [.. Of(report, text).Select(t => t.Id is "persons-assisted" or "trained-by-area" ? t with { Chart = new ReportChart(ReportChartKind.Bars, [t.Columns[^1].Code]) } : t)]);

    private const string TotalCode = "TOTAL";

    private static ReportColumn Count(string code, string label) => new(code, label);

    /// <summary>A row's code in SDMX-CSV: the value's name in capitals, words joined by underscores (LEGAL_ADVICE).</summary>
    private static string Code<T>(T value)
        where T : struct, Enum =>
        string.Concat(value.ToString().Select((c, i) => i > 0 && char.IsUpper(c) ? "_" + c : char.ToUpperInvariant(c).ToString()));
}
