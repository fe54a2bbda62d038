using Pathway.Platform.Demo;
using Pathway.Platform.Identity;
using Pathway.Testing;

namespace Pathway.E2E.Tests;

public sealed class CasesJourneyTests(Browser browser)
{
    [Fact]
    public async Task Officer_CountsATimeLimit_DecodesAFileTag_AndReadsTheCatalogue()
    {
        using var server = LiveServer.Start();
        await using var context = await browser.NewContextAsync(server.Url);
        var page = await context.NewPageAsync();
        await page.SignInAsNewStaffAsync("en", DemoAccounts.EmailOf(Roles.CaseOfficer));

        await page.GotoAsync("/en/staff");
        await page.Locator("nav.side a[href='cases/time-limits']").ClickAsync();
        await page.ArriveAtAsync("**/en/cases/time-limits");
        await page.FillAsync("#start", "2025-12-17");
        await page.FillAsync("#length", "7");
        await page.SubmitAsync();
        await page.ArriveAtAsync("**/en/cases/time-limits?**start=2025-12-17**");
        // Seven days end on Christmas Eve; the holidays and the weekend push the end to Monday 29 December.
        (await page.Locator("#result-heading").TextContentAsync())!.ShouldContain("December 29, 2025");
        (await page.Locator(".result ol.steps li").CountAsync()).ShouldBe(3);
        await page.ShouldBeAccessibleAsync();

        await page.Locator("nav.side a[href='cases/file-tags']").ClickAsync();
        await page.ArriveAtAsync("**/en/cases/file-tags");
        await page.FillAsync("#tag", "3474257BF40000000000162E");
        await page.Locator("button:has-text('Decode')").ClickAsync();
        await page.ArriveAtAsync("**/en/cases/file-tags?tag=**");
        (await page.Locator("dl.facts").TextContentAsync())!.ShouldContain("urn:epc:tag:giai-96:3.0614141.5678");
        await page.ShouldBeAccessibleAsync();

        await page.Locator("nav.side a[href='cases/catalogue']").ClickAsync();
        await page.ArriveAtAsync("**/en/cases/catalogue");
        (await page.Locator("table.catalogue tbody tr").CountAsync()).ShouldBe(8);
        await page.ShouldBeAccessibleAsync();
        await page.GotoAsync("/ar/cases/catalogue");
        await page.ShouldBeAccessibleAsync();

        // Right to left, with a mistake on the page.
        await page.GotoAsync("/ar/cases/file-tags?tag=3074257BF7194E4000001A85");
        (await page.Locator("#tag").GetAttributeAsync("aria-invalid")).ShouldBe("true");
        await page.ShouldBeAccessibleAsync();
    }

    [Fact]
    public async Task Supervisor_CorrectsAStampDuty_OnTheTypesPage()
    {
        using var server = LiveServer.Start();
        await using var context = await browser.NewContextAsync(server.Url);
        var page = await context.NewPageAsync();
        await page.SignInAsNewStaffAsync("en", DemoAccounts.EmailOf(Roles.Supervisor));

        await page.GotoAsync("/en/cases/catalogue");
        await page.Locator("#type-studies a").ClickAsync();
        await page.ArriveAtAsync("**/en/cases/catalogue/studies");
        await page.Locator("summary:has-text('New stamp duty')").ClickAsync();
        await page.FillAsync("#duty-from", "2026-04-27");
        await page.FillAsync("#duty-amount", "abc");
        await page.FillAsync("#duty-source", "Ustawa o opłacie skarbowej, część III ust. 1 pkt 2");
        await page.Locator("button:has-text('Record the stamp duty')").ClickAsync();
        (await page.Locator("#duty-amount").GetAttributeAsync("aria-invalid")).ShouldBe("true");
        await page.ShouldBeAccessibleAsync();

        // The same first day: a correction of the unverified figure, which stays in the history.
        await page.FillAsync("#duty-amount", "340,00");
        await page.CheckAsync("#duty-verified");
        await page.Locator("button:has-text('Record the stamp duty')").ClickAsync();
        await page.ArriveAtAsync("**/en/cases/catalogue/studies?changed=true");
        (await page.Locator("#duties tbody tr.superseded").CountAsync()).ShouldBe(1);
        (await page.Locator("#duties tbody tr.in-force .unverified").CountAsync()).ShouldBe(0);
        await page.ShouldBeAccessibleAsync();
        await page.GotoAsync("/ur/cases/catalogue/studies");
        await page.ShouldBeAccessibleAsync();
    }

    [Fact]
    public async Task Officer_RegistersAnApplication_AndWorksItThroughTheFormalCheck()
    {
        using var server = LiveServer.Start();
        await using var context = await browser.NewContextAsync(server.Url);
        var page = await context.NewPageAsync();
        await page.SignInAsNewStaffAsync("en", DemoAccounts.EmailOf(Roles.CaseOfficer));

        await page.GotoAsync("/en/staff");
        await page.Locator("nav.side a[href='cases']").ClickAsync();
        await page.ArriveAtAsync("**/en/cases");
        (await page.Locator("table tbody tr").CountAsync()).ShouldBeGreaterThan(0);
        await page.ShouldBeAccessibleAsync();

        await page.Locator("a[href='cases/new']").ClickAsync();
        await page.ArriveAtAsync("**/en/cases/new");
        await page.ShouldBeAccessibleAsync();
        await page.FillAsync("#surname", "Hrytsenko");
        await page.FillAsync("#given-names", "Mariia");
        await page.FillAsync("#birth-date", "1993-05-17");
        await page.FillAsync("#citizenship", "UKR");
        await page.Locator("button:has-text('Register')").ClickAsync();
        await page.ArriveAtAsync("**/en/cases/WSC-II-S.6151.**");
        (await page.Locator("#case-state").TextContentAsync()).ShouldBe("Submitted");
        await page.ShouldBeAccessibleAsync();

        await page.Locator("summary:has-text('Take the case')").ClickAsync();
        await page.Locator("button:has-text('Take the case')").ClickAsync();
        await page.Locator("summary:has-text('Start the formal check')").ClickAsync();
        await page.Locator("button:has-text('Start the formal check')").ClickAsync();
        await page.WaitForFunctionAsync("() => document.querySelector('#case-state')?.textContent === 'Formal check'");

        // Three days are too few to cure a formal defect: the officer is told why, and nothing changes.
        await page.Locator("summary:has-text('Notice to cure a formal defect')").ClickAsync();
        await page.FillAsync("#formal-deficiency-term", "3");
        await page.FillAsync("#formal-deficiency-reason", "No photograph");
        await page.Locator("button:has-text('Notice to cure a formal defect')").ClickAsync();
        (await page.Locator("div.errors").First.TextContentAsync())!.ShouldContain("at least 7 days");
        (await page.Locator("#case-state").TextContentAsync()).ShouldBe("Formal check");
        await page.ShouldBeAccessibleAsync();

        await page.FillAsync("#formal-deficiency-term", "7");
        await page.FillAsync("#formal-deficiency-reason", "No photograph");
        await page.Locator("button:has-text('Notice to cure a formal defect')").ClickAsync();
        await page.WaitForFunctionAsync("() => document.querySelector('#case-state')?.textContent === 'Formal defect to cure'");
        (await page.Locator("#timeline tbody tr").CountAsync()).ShouldBe(4);
        (await page.Locator("#notice-heading").TextContentAsync()).ShouldBe("Notice out");

        await page.GotoAsync(page.Url.Replace("/en/", "/ar/", StringComparison.Ordinal));
        await page.ShouldBeAccessibleAsync();
    }
}
