using Pathway.Platform.Identity;
using Pathway.Testing;

namespace Pathway.Web.Tests;

/// <summary>The register of trainings' pages over HTTP: recording a training, adding its institutions, and the figures with their chart.</summary>
public sealed class TrainingsPageTests(SqliteFactoryFixture fixture) : IClassFixture<SqliteFactoryFixture>
{
    [Fact]
    public async Task RecordForm_LeadsToTheTraining_WhereInstitutionsAreAdded_AndTheYearsFiguresDrawThem()
    {
        using var ngo = await fixture.Factory.SignInAsync(Roles.NgoWorker);

        var refused = await PageForms.PostForPageAsync(ngo, "/en/support/trainings", "training-form", new Dictionary<string, string>
        {
            ["Input.Title"] = "Screening for trafficking", ["Input.StartsOn"] = "2022-03-01", ["Input.EndsOn"] = "someday", ["Input.Trainer"] = "Ewa Nowak",
        });
        refused.QuerySelectorAll(".errors li").Select(e => e.TextContent).ShouldBe([
            "Choose the training's area.", "Write the last day as YYYY-MM-DD, or leave it empty for a one-day training."], ignoreOrder: true);

        var training = await PageForms.PostForPageAsync(ngo, "/en/support/trainings", "training-form", new Dictionary<string, string>
        {
            ["Input.Title"] = "Screening for trafficking", ["Input.Area"] = "TraffickingInHumanBeings", ["Input.StartsOn"] = "2022-03-01",
            ["Input.EndsOn"] = "2022-03-02", ["Input.Trainer"] = "Ewa Nowak",
        });
        training.QuerySelector("h1")!.TextContent.ShouldBe("Screening for trafficking");
        training.QuerySelector("#no-attendance").ShouldNotBeNull();
        var address = training.QuerySelector("#attendance-form")!.GetAttribute("action")!;

        var refusedLine = await PageForms.PostForPageAsync(ngo, "/en/" + address, "attendance-form", new Dictionary<string, string> { ["Line.Institution"] = "Police" });
        refusedLine.QuerySelectorAll(".errors li").Select(e => e.TextContent).ShouldBe([
            "Choose what kind of institution it is.", "Write how many took part, from 1 to 10000."], ignoreOrder: true);
        var withLine = await PageForms.PostForPageAsync(ngo, "/en/" + address, "attendance-form", new Dictionary<string, string>
        {
            ["Line.Institution"] = "Komenda Policji", ["Line.Kind"] = "Police", ["Line.Participants"] = "14",
        });
        withLine.QuerySelectorAll("#attendance tbody tr").Length.ShouldBe(1);
        withLine.QuerySelector("#participants")!.TextContent.ShouldBe("14");

        var year = await ngo.GetPageAsync("/en/support/trainings?from=2022-01-01&to=2022-12-31");
        year.QuerySelector("#persons-trained")!.TextContent.ShouldBe("14");
        year.QuerySelector("#institutions")!.TextContent.ShouldBe("1");
        var bars = year.QuerySelectorAll("svg.chart rect.bar-trained");
        bars.Length.ShouldBe(1);
        year.QuerySelectorAll("#trainings tbody tr").Length.ShouldBe(1);
        year.QuerySelector("#by-area tbody tr td:last-child")!.TextContent.ShouldBe("14");

        using var analyst = await fixture.Factory.SignInAsync(Roles.Analyst);
        (await analyst.GetPageAsync("/en/support/trainings")).QuerySelector("#training-form").ShouldBeNull("analysts read the register; they do not keep it");
    }
}
