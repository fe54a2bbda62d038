using Pathway.Platform.Identity;
using Pathway.Testing;

namespace Pathway.Web.Tests;

/// <summary>The support cases' pages over HTTP: intake with its duplicate check, the case with its consents, and the list the worker may see.</summary>
public sealed class BeneficiaryPagesTests(SqliteFactoryFixture fixture) : IClassFixture<SqliteFactoryFixture>
{
    private static Dictionary<string, string> Person(string given, string surname) => new()
    {
        ["Input.GivenNames"] = given, ["Input.Surname"] = surname, ["Input.BirthDate"] = "1984-09-09", ["Input.Language"] = "uk",
        ["Input.LegalBasis"] = "Consent", ["Input.ConsentsToServices"] = "true",
    };

    [Fact]
    public async Task IntakeForm_ShowsTheDuplicateFirst_ThenRegistersAnyway_AndTheCaseRecordsAConsentToDisclose()
    {
        using var ngo = await fixture.Factory.SignInAsync(Roles.NgoWorker);

        var missing = await PageForms.PostForPageAsync(ngo, "/en/support/beneficiaries/new", "intake-form", new Dictionary<string, string> { ["Input.LegalBasis"] = "Consent" });
        missing.QuerySelectorAll(".errors li").Select(e => e.TextContent).ShouldBe([
            "Write the given names.", "Write the surname.", "With consent as the basis, the person's consent to receive services must be recorded."], ignoreOrder: true);

        var first = await PageForms.PostForPageAsync(ngo, "/en/support/beneficiaries/new", "intake-form", Person("Iryna", "Kovalenko"));
        first.QuerySelector("h1")!.TextContent.ShouldContain("Iryna Kovalenko");
        first.QuerySelector("#legal-basis")!.TextContent.ShouldBe("The person's consent");
        first.QuerySelectorAll("#consents tbody tr").Length.ShouldBe(1);
        first.QuerySelector("#consents a[hreflang=uk]")!.GetAttribute("href")!.ShouldStartWith("../uk/support/beneficiaries/");

        var duplicate = await PageForms.PostForPageAsync(ngo, "/en/support/beneficiaries/new", "intake-form", Person("Kovalenko", "IRYNA"));
        duplicate.QuerySelector("#duplicates")!.TextContent.ShouldContain("Iryna Kovalenko");
        duplicate.QuerySelector("#register-anyway").ShouldNotBeNull();
        var anyway = await PageForms.PostForPageAsync(ngo, "/en/support/beneficiaries/new", "intake-form",
            new Dictionary<string, string>(Person("Kovalenko", "IRYNA")) { ["Input.RegisterAnyway"] = "true" });
        anyway.QuerySelector("#case-facts").ShouldNotBeNull();

        var address = first.QuerySelector("#consent-form")!.GetAttribute("action")!;
        var disclosed = await PageForms.PostForPageAsync(ngo, "/en/" + address, "consent-form", new Dictionary<string, string> { ["Disclosure.Name"] = "Centrum Pomocy Prawnej" });
        disclosed.QuerySelectorAll(".errors li").ShouldBeEmpty();
        disclosed.QuerySelectorAll("#consents tbody tr").Length.ShouldBe(2);
        disclosed.QuerySelector("#consents")!.TextContent.ShouldContain("Centrum Pomocy Prawnej");
        var none = await PageForms.PostForPageAsync(ngo, "/en/" + address, "consent-form");
        none.QuerySelectorAll(".errors li").Select(e => e.TextContent).ShouldBe(["Say which organisation the data may go to."]);

        var list = await ngo.GetPageAsync("/en/support/beneficiaries?search=kovalenko");
        list.QuerySelectorAll("#cases tbody tr").Length.ShouldBe(2);
    }

    [Fact]
    public async Task ServiceForm_RecordsAServiceGiven_NamesWhatIsWrong_AndTheOverduePlannedOnesAreListed()
    {
        using var ngo = await fixture.Factory.SignInAsync(Roles.NgoWorker);
        var person = await PageForms.PostForPageAsync(ngo, "/en/support/beneficiaries/new", "intake-form", Person("Zahra", "Ahmadi"));
        var address = "/en/" + person.QuerySelector("#service-form")!.GetAttribute("action")!;

        var wrong = await PageForms.PostForPageAsync(ngo, address, "service-form", new Dictionary<string, string> { ["Service.Kind"] = "Interpreting", ["Service.Minutes"] = "many" });
        wrong.QuerySelectorAll(".errors li").Select(e => e.TextContent).ShouldBe([
            "Write the day the service was given as YYYY-MM-DD.", "Write who gives the service.", "Write the length in whole minutes, from 1 to 1440.",
            "For interpreting, choose the two languages (two-letter ISO 639-1 codes), different from each other."], ignoreOrder: true);

        var today = OfficeDay.Today.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        var given = await PageForms.PostForPageAsync(ngo, address, "service-form", new Dictionary<string, string>
        {
            ["Service.Kind"] = "Interpreting", ["Service.Day"] = today, ["Service.Provider"] = "Ewa Nowak", ["Service.Minutes"] = "40",
            ["Service.LanguageFrom"] = "fa", ["Service.LanguageTo"] = "pl",
        });
        given.QuerySelectorAll(".errors li").ShouldBeEmpty();
        given.QuerySelectorAll("#services tbody tr").Length.ShouldBe(1);
        given.QuerySelector("#services tbody tr td:nth-child(5)")!.TextContent.ShouldBe("40");

        // The demo worker's planned counselling for Oksana Melnyk was due three days ago.
        var overdue = await ngo.GetPageAsync("/en/support/services/overdue");
        overdue.QuerySelectorAll("#overdue tbody tr").Select(r => r.QuerySelector("td:nth-child(3)")!.TextContent).ShouldContain("Psychological counselling");
    }
}
