using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Pathway.Platform.Identity;
using Pathway.Support.Beneficiaries;
using Pathway.Testing;

namespace Pathway.Web.Tests;

/// <summary>The vulnerability assessment on a support case's page: the form checked field by field, a need recorded with its UNHCR code, and the demo's overdue review.</summary>
public sealed class NeedsPageTests(SqliteFactoryFixture fixture) : IClassFixture<SqliteFactoryFixture>
{
    private static string Iso(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    [Fact]
    public async Task AssessmentForm_NamesWhatIsWrong_KeepsWhatWasTicked_ThenRecordsTheNeedWithItsCode()
    {
        using var ngo = await fixture.Factory.SignInAsync(Roles.NgoWorker);
        var person = await PageForms.PostForPageAsync(ngo, "/en/support/beneficiaries/new", "intake-form", new Dictionary<string, string>
        {
            ["Input.GivenNames"] = "Halyna", ["Input.Surname"] = "Bondarenko", ["Input.Language"] = "uk", ["Input.LegalBasis"] = "PublicTask",
        });
        person.QuerySelector("#no-assessment").ShouldNotBeNull();
        var address = "/en/" + person.QuerySelector("#assessment-form")!.GetAttribute("action")!;
        var today = OfficeDay.Today;

        var wrong = await PageForms.PostForPageAsync(ngo, address, "assessment-form", new Dictionary<string, string>
        {
            ["Assessment.AssessedOn"] = Iso(today.AddDays(5)), ["Assessment.Needs"] = "Trafficking",
        });
        wrong.QuerySelectorAll(".errors li").Select(e => e.TextContent).ShouldBe([
            "An assessment cannot be dated after today.", "For trafficking, choose the form of exploitation.", "Write the day of the next review as YYYY-MM-DD."], ignoreOrder: true);
        wrong.QuerySelector("#need-Trafficking")!.HasAttribute("checked").ShouldBeTrue();
        wrong.QuerySelector("#assessed-on")!.GetAttribute("aria-invalid").ShouldBe("true");

        var saved = await PageForms.PostForPageAsync(ngo, address, "assessment-form", new Dictionary<string, string>
        {
            ["Assessment.Needs"] = "SingleParent", ["Assessment.Code.SingleParent"] = "SP-PT", ["Assessment.Note"] = "Three children under five.",
            ["Assessment.NextReviewOn"] = Iso(today.AddDays(30)),
        });
        saved.QuerySelectorAll(".errors li").ShouldBeEmpty();
        saved.QuerySelector("#current-needs abbr[translate=no]")!.TextContent.ShouldBe("SP-PT");
        saved.QuerySelector("#review-status")!.ClassName.ShouldBe("notice");
        saved.QuerySelector("#need-SingleParent")!.HasAttribute("checked").ShouldBeFalse("a saved assessment leaves an empty form for the next review");
    }

    [Fact]
    public async Task DemoCase_ShowsItsOverdueReview_AndTheEarlierAssessment()
    {
        using var ngo = await fixture.Factory.SignInAsync(Roles.NgoWorker);
        var id = Guid.Empty;
        var key = BeneficiaryDesk.MatchKey("Ahmad", "Rahimi", new DateOnly(2009, 11, 2));
        await fixture.Factory.WithDbAsync(async db => id = await db.Set<Beneficiary>().Where(b => b.MatchKey == key).Select(b => b.Id).SingleAsync(TestContext.Current.CancellationToken));

        var page = await ngo.GetPageAsync($"/en/support/beneficiaries/{id}");
        page.QuerySelector("#review-status")!.ClassName.ShouldBe("warning");
        page.QuerySelector("#review-status")!.TextContent.ShouldEndWith("it is overdue.");
        page.QuerySelectorAll("#current-needs abbr").Select(a => a.TextContent).ShouldBe(["SC-UC", "SM-MI"]);
        page.QuerySelectorAll("#assessments tbody tr").Length.ShouldBe(1);
    }
}
