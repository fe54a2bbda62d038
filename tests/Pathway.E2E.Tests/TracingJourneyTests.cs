using Pathway.Platform.Demo;
using Pathway.Platform.Identity;

namespace Pathway.E2E.Tests;

public sealed class TracingJourneyTests(Browser browser)
{
    [Fact]
    public async Task NgoWorker_ConfirmsTheBoyHisUncleWroteInCyrillic_AndOnlyThenTheLetterNamesHim()
    {
        using var server = LiveServer.Start();
        await using var context = await browser.NewContextAsync(server.Url);
        var page = await context.NewPageAsync();
        await page.SignInAsNewStaffAsync("pl", DemoAccounts.EmailOf(Roles.NgoWorker));

        await page.GotoAsync("/pl/staff");
        await page.Locator("nav.side a[href='support/tracing']").ClickAsync();
        await page.ArriveAtAsync("**/pl/support/tracing");
        await page.ShouldBeAccessibleAsync();

        // A new request sent half-filled: every wrong field is named and nothing is taken.
        await page.Locator("a[href='support/tracing/new']").ClickAsync();
        await page.ArriveAtAsync("**/pl/support/tracing/new");
        await page.CheckAsync("#direction-RelativeSeeksChild");
        await page.FillAsync("#age", "30");
        await page.Locator("#tracing-form button[type=submit]").ClickAsync();
        await page.Locator("#given-names[aria-invalid=true]").WaitForAsync();
        await page.ShouldBeAccessibleAsync();

        // The uncle's request, his nephew's name in Cyrillic: the boy's case is proposed with its evidence.
        await page.GotoAsync("/pl/support/tracing");
        await page.Locator("#requests tbody tr", new() { HasText = "Рахими" }).Locator("a").ClickAsync();
        await page.ArriveAtAsync("**/pl/support/tracing/*");
        var candidate = page.Locator("article.candidate", new() { HasText = "Ahmad Rahimi" });
        (await candidate.Locator("table.evidence").TextContentAsync())!.ShouldContain("Рахими");
        await page.ShouldBeAccessibleAsync();

        // Before a case worker confirms, the letter to the uncle says only that the search goes on.
        var letter = await context.NewPageAsync();
        await letter.GotoAsync(page.Url + "/letter");
        (await letter.Locator("#requester-letter").TextContentAsync())!.ShouldNotContain("Ahmad");
        // The uncle reads Russian: his letter is in it, the page around it in the worker's Polish.
        (await letter.Locator("#requester-letter").GetAttributeAsync("lang")).ShouldBe("ru");
        (await letter.Locator("#requester-letter h1").TextContentAsync()).ShouldBe("Ваша заявка на розыск");
        (await letter.Locator("html").GetAttributeAsync("lang")).ShouldBe("pl");
        (await letter.Locator("#letter-found").CountAsync()).ShouldBe(0);
        await letter.ShouldBeAccessibleAsync();

        await candidate.Locator("button[value^='confirm:']").ClickAsync();
        await page.Locator("#request-status", new() { HasText = "potwierdzone" }).WaitForAsync();
        await page.ShouldBeAccessibleAsync();
        await letter.ReloadAsync();
        (await letter.Locator("#letter-found").TextContentAsync())!.ShouldContain("Ahmad Rahimi");
    }

    [Fact]
    public async Task TheOfficesChild_FoundForTheNgosMother_IsNamedOnlyOnceBothOrganisationsConfirm_AndHerLetterIsInUkrainian()
    {
        using var server = LiveServer.Start();
        await using var officeContext = await browser.NewContextAsync(server.Url);
        var supervisor = await officeContext.NewPageAsync();
        await supervisor.SignInAsNewStaffAsync("ar", DemoAccounts.EmailOf(Roles.Supervisor));

        // The office's supervisor registers a girl the demo NGO's mother looks for.
        await supervisor.GotoAsync("/ar/support/beneficiaries/new");
        await supervisor.FillAsync("#given-names", "Maria");
        await supervisor.FillAsync("#surname", "Kovalenko");
        await supervisor.FillAsync("#birth-date", DateOnly.FromDateTime(DateTime.Now).AddYears(-12).AddDays(-40).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
        await supervisor.SelectOptionAsync("#sex", "Female");
        await supervisor.SelectOptionAsync("#language", "uk");
        await supervisor.CheckAsync("input[name='Input.LegalBasis'][value=Consent]");
        await supervisor.CheckAsync("input[name='Input.ConsentsToServices']");
        await supervisor.Locator("#intake-form button[type=submit]").ClickAsync();
        await supervisor.ArriveAtAsync("**/ar/support/beneficiaries/*-*");

        // The NGO's worker runs the mother's request again: a possible match held by the office, no name, only how each field agrees.
        await using var ngoContext = await browser.NewContextAsync(server.Url);
        var ngo = await ngoContext.NewPageAsync();
        await ngo.SignInAsNewStaffAsync("pl", DemoAccounts.EmailOf(Roles.NgoWorker));
        await ngo.GotoAsync("/pl/support/tracing");
        await ngo.Locator("#requests tbody tr", new() { HasText = "Коваленко" }).Locator("a").ClickAsync();
        await ngo.ArriveAtAsync("**/pl/support/tracing/*");
        var requestUrl = ngo.Url;
        await ngo.Locator("#step-form button[value=match]").ClickAsync();
        var candidate = ngo.Locator("article.candidate", new() { HasText = "Oddział Legalizacji Pobytu" });
        await candidate.Locator("table.agreements").WaitForAsync();
        (await candidate.TextContentAsync())!.ShouldNotContain("Maria");
        await ngo.ShouldBeAccessibleAsync();
        await candidate.Locator("button[value^='confirm:']").ClickAsync();
        await ngo.Locator("article.candidate .candidate-state", new() { HasText = "czeka na" }).WaitForAsync();
        await ngo.ShouldBeAccessibleAsync();

        // The office's supervisor, reading Arabic, sees the girl's own case and the NGO's name, and confirms.
        await supervisor.GotoAsync("/ar/support/tracing");
        var shared = supervisor.Locator("article.shared-match", new() { HasText = "Maria Kovalenko" });
        (await shared.TextContentAsync())!.ShouldContain("Fundacja Wspólna Droga");
        (await shared.TextContentAsync())!.ShouldNotContain("Olena");
        await supervisor.ShouldBeAccessibleAsync();
        await shared.Locator("button[value^='confirm:']").ClickAsync();
        await supervisor.Locator("article.shared-match .shared-disclosed", new() { HasText = "Olena Kovalenko" }).WaitForAsync();
        await supervisor.ShouldBeAccessibleAsync();

        // Both confirmed: the NGO sees the girl, and the mother's letter names her, in Ukrainian.
        await ngo.GotoAsync(requestUrl);
        (await ngo.Locator("article.candidate", new() { HasText = "Maria Kovalenko" }).CountAsync()).ShouldBe(1);
        await ngo.GotoAsync(requestUrl + "/letter");
        (await ngo.Locator("#requester-letter").GetAttributeAsync("lang")).ShouldBe("uk");
        (await ngo.Locator("#letter-found").TextContentAsync())!.ShouldContain("Maria Kovalenko");
        await ngo.ShouldBeAccessibleAsync();
    }

    [Fact]
    public async Task AChildsLetterInDari_ReadsRightToLeft_InsideThePolishPage()
    {
        using var server = LiveServer.Start();
        await using var context = await browser.NewContextAsync(server.Url);
        var page = await context.NewPageAsync();
        await page.SignInAsNewStaffAsync("pl", DemoAccounts.EmailOf(Roles.NgoWorker));

        // Ahmad's own request for his uncle: his case's language, Dari.
        await page.GotoAsync("/pl/support/tracing");
        var sought = page.Locator("td:nth-child(3)", new() { HasTextRegex = new System.Text.RegularExpressions.Regex("^Karim Rahimi$") });
        await page.Locator("#requests tbody tr", new() { Has = sought }).Locator("td:first-child a").ClickAsync();
        await page.ArriveAtAsync("**/pl/support/tracing/*");
        await page.GotoAsync(page.Url + "/letter");
        var letter = page.Locator("#requester-letter");
        ((await letter.GetAttributeAsync("lang")), (await letter.GetAttributeAsync("dir"))).ShouldBe(("fa-AF", "rtl"));
        (await page.Locator("html").GetAttributeAsync("dir")).ShouldBe("ltr");
        await page.ShouldBeAccessibleAsync();
    }
}
