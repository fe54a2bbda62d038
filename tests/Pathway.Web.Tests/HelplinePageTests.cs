using System.Net;
using Pathway.Platform.Identity;
using Pathway.Testing;

namespace Pathway.Web.Tests;

/// <summary>The helpline's pages over HTTP: the files form, the mapping, the figures with their heat map, and the log form in the reader's language.</summary>
public sealed class HelplinePageTests(SqliteFactoryFixture fixture) : IClassFixture<SqliteFactoryFixture>
{
    private const string Files = "/support/helpline/files";

    private static readonly string[] Monday =
    [
        HelplineHttpTests.Row("1754290800.1", 1, "from-trunk", "Queue", "2025-08-04 09:10:00", 20, 200, "ANSWERED"),
        HelplineHttpTests.Row("1754290800.2", 1, "from-trunk", "Queue", "2025-08-04 09:40:00", 5, 100, "ANSWERED"),
        HelplineHttpTests.Row("1754290800.3", 1, "ivr-info", "Playback", "2025-08-04 11:00:00", 1, 30, "ANSWERED"),
    ];

    [Fact]
    public async Task FilesForm_ImportsTheUpload_AndTheFiguresPageDrawsItsHour()
    {
        using var supervisor = await fixture.Factory.SignInAsync(Roles.Supervisor);

        var refused = await PageForms.PostForPageAsync(supervisor, "/en" + Files, "import-form", files: new Dictionary<string, string> { ["CdrFile"] = "\"a\",1\n" });
        refused.QuerySelectorAll(".errors li").Select(e => e.TextContent).ShouldBe([
            "Nothing was imported: the files have lines that cannot be read.", "Line 1: 2 columns, where Master.csv has 16 to 21."]);

        var imported = await PageForms.PostForPageAsync(supervisor, "/en" + Files, "import-form", files: new Dictionary<string, string> { ["CdrFile"] = string.Join('\n', Monday) });
        imported.QuerySelectorAll(".errors li").ShouldBeEmpty();
        imported.QuerySelector("#import-result")!.TextContent.ShouldContain("Master.csv: 3 rows added, 0 already there, 0 skipped.");
        imported.QuerySelector("#imports tbody tr td:nth-child(4)")!.TextContent.ShouldBe("3", "the newest import first");

        var figures = await supervisor.GetPageAsync("/en/support/helpline?from=2025-08-04&to=2025-08-04");
        figures.QuerySelector("#answered-incoming")!.TextContent.ShouldBe("2");
        figures.QuerySelector("#automated")!.TextContent.ShouldBe("1");
        figures.QuerySelector("#abandoned")!.TextContent.ShouldBe("cannot be told");
        figures.QuerySelector("#no-queue-log").ShouldNotBeNull();
        var cells = figures.QuerySelectorAll("svg.grid-chart g.cell");
        cells.Length.ShouldBe(7 * 24);
        cells[9].TextContent.Trim().ShouldBe("2", "Monday, nine o'clock");
        cells[9].ClassList.ShouldContain("heat-5");
        figures.QuerySelectorAll("svg.grid-chart [style]").ShouldBeEmpty("the CSP allows no inline style");
        figures.QuerySelector("#download-csv")!.GetAttribute("href").ShouldBe("api/v1/helpline/statistics?from=2025-08-04&to=2025-08-04&format=csv");

        var backwards = await supervisor.GetPageAsync("/en/support/helpline?from=2025-08-04&to=2025-08-01");
        backwards.QuerySelectorAll(".errors li").Select(e => e.TextContent).ShouldBe(["The last day must be on or after the first."]);
        backwards.QuerySelector("#helpline-figures").ShouldBeNull();
    }

    [Fact]
    public async Task MappingForm_RefusesAFieldAndKindItDoesNotKnow_AndKeepsTheRulesWhenAGoodOneIsSaved()
    {
        using var supervisor = await fixture.Factory.SignInAsync(Roles.Supervisor);
        var page = await supervisor.GetPageAsync("/en" + Files);
        page.QuerySelector("#default-rules").ShouldNotBeNull();
        var rows = page.QuerySelectorAll("#call-rules tbody tr").Length;

        var bad = await PageForms.PostForPageAsync(supervisor, "/en" + Files, "rules-form", new Dictionary<string, string> { ["Rules[5].Prefix"] = "queue-", ["Rules[5].Category"] = "Sideways" });
        bad.QuerySelectorAll(".errors li").Select(e => e.TextContent).ShouldBe(["Choose a field and a kind of call for every rule."]);

        var saved = await PageForms.PostForPageAsync(supervisor, "/en" + Files, "rules-form", new Dictionary<string, string> { ["Rules[5].Prefix"] = "queue-", ["Rules[5].Category"] = "Incoming" });
        saved.QuerySelector("#rules-saved").ShouldNotBeNull();
        saved.QuerySelector("#default-rules").ShouldBeNull();
        saved.QuerySelectorAll("#call-rules tbody tr").Length.ShouldBe(rows + 1);
        saved.QuerySelectorAll("#call-rules input[name$='.Prefix']").Select(i => i.GetAttribute("value")).ShouldContain("queue-");
    }

    [Fact]
    public async Task LogForm_NamesWhatIsMissingInPolish_AndListsTheLoggedCall()
    {
        using var operatorSession = await fixture.Factory.SignInAsync(Roles.HelplineOperator);

        var missing = await PageForms.PostForPageAsync(operatorSession, "/pl/support/helpline/calls", "log-form", new Dictionary<string, string> { ["Input.Minutes"] = "abc" });
        missing.QuerySelectorAll(".errors li").Select(e => e.TextContent).ShouldBe([
            ProblemDetails.Translation("Write the call's length in whole minutes, from 1 to {0}.", "pl", 600),
            ProblemDetails.Translation("Say whether the call came in or went out.", "pl"),
            ProblemDetails.Translation("Choose what the call was about.", "pl"),
            ProblemDetails.Translation("Choose the language spoken (a two-letter ISO 639-1 code).", "pl")], ignoreOrder: true);

        var logged = await PageForms.PostForPageAsync(operatorSession, "/pl/support/helpline/calls", "log-form", new Dictionary<string, string>
        {
            ["Input.Direction"] = "Outgoing", ["Input.Topic"] = "LegalAdvice", ["Input.Language"] = "uk", ["Input.Minutes"] = "15",
        });
        logged.QuerySelectorAll(".errors li").ShouldBeEmpty();
        logged.QuerySelector("#logged-notice").ShouldNotBeNull();
        logged.QuerySelectorAll("#logged-calls tbody tr").Length.ShouldBeGreaterThanOrEqualTo(1);
        logged.QuerySelector("#logged-calls tbody tr td:nth-child(5)")!.TextContent.ShouldBe("15");

        using var files = await operatorSession.Client.GetAsync("/pl" + Files, TestContext.Current.CancellationToken);
        files.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await WebSession.PageOfAsync(files)).QuerySelector("#import-form").ShouldBeNull("operators do not import files");
    }
}
