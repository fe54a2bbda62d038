using Microsoft.Extensions.Localization;
using Pathway.Support.Beneficiaries;
using Pathway.Support.Trainings;

namespace Pathway.Support.FundReports;

/// <summary>One table of the report as every form of it shows it (page, workbook, PDF): its title, columns, rows and the counting rule under it.</summary>
public sealed record ReportTable(string Id, string Title, IReadOnlyList<string> Columns, IReadOnlyList<ReportRow> Rows, string Rule);

/// <summary>A row: its label and its figures, null where the data cannot tell; a total is set apart.</summary>
public sealed record ReportRow(string Label, IReadOnlyList<int?> Figures, bool Total = false);

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
            new("persons-assisted", text["Persons assisted"], [text["Service"], text["Persons"], text["Services given"]],
                [
                    .. report.ByService.Select(s => new ReportRow(ServiceText.Kind(s.Kind, text), [s.Persons, s.Services])),
                    new ReportRow(text["Persons assisted, any service"], [report.PersonsAssisted, report.ServicesGiven], Total: true),
                ],
                text["Counting rule: a person counts once however often they came, in each row and in the total: a support case with at least one service given in the period and counted for the project. Planned and cancelled services do not count. A person is registered once per organisation, so one supported by two organisations is counted by each."]),
        };

        if (report.Helpline is { } calls)
        {
            tables.Add(new("helpline", text["Helpline"], [text["Kind of call"], text["Calls"]],
                [
                    new ReportRow(text["Answered incoming calls"], [calls.AnsweredIncoming]),
                    new ReportRow(text["Outgoing calls by operators"], [calls.Outgoing]),
                    new ReportRow(text["Calls to the automated helpline"], [calls.AutomatedHelpline]),
                    new ReportRow(text["Calls redirected to other units"], [calls.Redirected]),
                ],
                text["Counting rule: calls, not rows of the telephony's records (the rows of one call share its linked id), each on the office's day it began, sorted into kinds by the office's rules of contexts and channels. The helpline serves the whole office: its calls are not split by project."]));
        }

        var trained = report.Trainings;
        tables.Add(new("trained-by-area", text["Persons trained by area"], [text["Area"], text["Trainings"], text["Persons trained"]],
            [
                .. trained.ByArea.Select(a => new ReportRow(TrainingText.Area(a.Area, text), [a.Trainings, a.PersonsTrained])),
                new ReportRow(text["All areas"], [trained.Trainings, trained.PersonsTrained], Total: true),
            ],
            text["Counting rule: the project's trainings that began in the period, each with all its participants, counted by the institution that sent them; a person trained twice counts twice."]));
        tables.Add(new("institutions", text["Institutions supported"], [text["Kind of institution"], text["Institutions"], text["Persons trained"]],
            [
                .. trained.ByInstitutionKind.Select(k => new ReportRow(TrainingText.Kind(k.Kind, text), [k.Institutions, k.PersonsTrained])),
                new ReportRow(text["All institutions"], [trained.Institutions, trained.PersonsTrained], Total: true),
            ],
            text["Counting rule: an institution counts once by its name (letter case and spacing aside), however many of the project's trainings its staff attended in the period."]));
        return tables;
    }
}
