using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Pathway.Platform.Demo;
using Pathway.Platform.Identity;
using Pathway.Portal.Content;
using Pathway.Portal.Services;

namespace Pathway.E2E.Tests;

public sealed class ServicesJourneyTests(Browser browser)
{
    [Fact]
    public async Task AReader_FindsHelpByTheirNeeds_OnTheListAndTheMap_InBothDirections()
    {
        using var server = LiveServer.Start();
        await using var context = await browser.NewContextAsync(server.Url);
        var page = await context.NewPageAsync();

        // Left to right, by keyboard: a woman looking for someone who speaks Ukrainian and is a woman.
        await page.GotoAsync("/uk/portal/services");
        (await page.Locator("svg.service-map circle.marker").CountAsync()).ShouldBe(6);
        await page.ShouldHaveNoAccessibilityViolationsAsync();
        await page.Locator("#filter-staff").SelectOptionAsync("Women");
        await page.Locator("#filter-language").SelectOptionAsync("uk");
        await page.Locator("#filter-group").SelectOptionAsync("women");
        await page.Locator("#filter-submit").FocusAsync();
        await page.Keyboard.PressAsync("Enter");
        await page.ArriveAtAsync("**/uk/portal/services?*staff=Women*");
        (await page.Locator("#services > li").CountAsync()).ShouldBe(1);
        (await page.Locator("#services h2").TextContentAsync()).ShouldBe("Психологічна підтримка для жінок");
        await page.ShouldHaveNoAccessibilityViolationsAsync();

        // A marker on the map is a link to its entry, reached by keyboard.
        await page.Locator("svg.service-map a").First.FocusAsync();
        await page.Keyboard.PressAsync("Enter");
        await page.ArriveAtAsync("**#service-support-for-women-praga");
        await page.Locator("#services h2 a").ClickAsync();
        await page.ArriveAtAsync("**/uk/portal/articles/support-for-women-praga");
        (await page.Locator(".service-facts .staff").TextContentAsync()).ShouldBe("Жінки");
        await page.ShouldHaveNoAccessibilityViolationsAsync();

        // The reader rates the service by keyboard: an arrow key moves through the stars. The demo's readers rated it before.
        List<int> rated = [];
        await server.Factory.WithDbAsync(async db => rated = await db.Set<ServiceRating>()
            .Where(r => db.Set<ContentItem>().Where(i => i.Slug == "support-for-women-praga").Select(i => i.Id).Contains(r.ItemId)).Select(r => r.Stars)
            .ToListAsync(TestContext.Current.CancellationToken));
        await page.Locator("#stars-1").FocusAsync();
        await page.Keyboard.PressAsync("ArrowRight");
        await page.Keyboard.PressAsync("ArrowRight");
        await page.Keyboard.PressAsync("ArrowRight");
        await page.Keyboard.PressAsync("Tab");
        await page.Keyboard.PressAsync("Enter");
        await page.ArriveAtAsync("**/uk/portal/articles/support-for-women-praga?rated=thanks#rating");
        var summary = RatingSummary.Of([.. rated, 4]);
        (await page.Locator("#rating-summary").TextContentAsync())
            .ShouldBe($"У середньому {summary.Average!.Value.ToString("0.0", CultureInfo.GetCultureInfo("uk"))} з 5 зірок. Оцінок: {summary.Count}.");
        await page.ShouldHaveNoAccessibilityViolationsAsync();

        // Right to left: the Arabic reader gets the directory in the fallback, the map not mirrored.
        await page.GotoAsync("/ar/portal/services");
        (await page.Locator("html").GetAttributeAsync("dir")).ShouldBe("rtl");
        (await page.Locator("svg.service-map").GetAttributeAsync("dir")).ShouldBe("ltr");
        await page.ShouldHaveNoAccessibilityViolationsAsync();
    }

    [Fact]
    public async Task AnEditor_GivesAServiceItsFacts_AndAnAnalystSeesWhereServicesAreMissing()
    {
        using var server = LiveServer.Start();
        await using var context = await browser.NewContextAsync(server.Url);
        var page = await context.NewPageAsync();
        await page.SignInAsNewStaffAsync("en", DemoAccounts.EmailOf(Roles.ContentEditor));
        await page.GotoAsync("/en/portal/content");
        await page.SelectOptionAsync("#new-kind", "Service");
        await page.FillAsync("#new-slug", "advice-ursus");
        await page.SelectOptionAsync("#new-language", "pl");
        await page.FillAsync("#new-title", "Porady w Ursusie");
        await page.FillAsync("#new-body", "Porady prawne dla rodzin.");
        await page.Locator("#new-heading ~ form button[type=submit]").ClickAsync();
        await page.ArriveAtAsync("**/en/portal/content/*");

        // Wrong facts are named field by field; right ones are saved.
        await page.SelectOptionAsync("#service-category", "LegalAdvice");
        await page.FillAsync("#service-languages", "pl klingon");
        await page.Locator("#service-heading ~ form button[type=submit]").ClickAsync();
        await page.Locator("#service-languages-error").WaitForAsync();
        (await page.Locator("#service-district-error").CountAsync()).ShouldBe(1);
        await page.ShouldBeAccessibleAsync();
        await page.FillAsync("#service-languages", "pl uk ps");
        await page.SelectOptionAsync("#service-staff", "Women");
        await page.Locator("input[name='Service.TargetGroups'][value=families]").CheckAsync();
        await page.FillAsync("#service-district", "Ursus");
        await page.FillAsync("#service-place", "Biuro porad");
        await page.FillAsync("#service-address", "ul. Traktorzystów 1, Warszawa");
        await page.FillAsync("#service-latitude", "52.19");
        await page.FillAsync("#service-longitude", "20.88");
        await page.Locator("#service-free").CheckAsync();
        await page.Locator("#service-heading ~ form button[type=submit]").ClickAsync();
        await page.Locator("#change-recorded").WaitForAsync();
        (await page.Locator("#service-district").InputValueAsync()).ShouldBe("Ursus");
        await page.Locator("#language-pl button[type=submit]").ClickAsync();
        await page.Locator("#change-recorded").WaitForAsync();

        // An analyst: legal advice by district and language, Ursus now with a Pashto-speaking service.
        await using var desk = await browser.NewContextAsync(server.Url);
        var analyst = await desk.NewPageAsync();
        await analyst.SignInAsNewStaffAsync("en", DemoAccounts.EmailOf(Roles.Analyst));
        await analyst.GotoAsync("/en/portal/services/gaps");
        await analyst.Locator("#gaps-category").SelectOptionAsync("LegalAdvice");
        await analyst.Locator("#gaps-submit").ClickAsync();
        await analyst.ArriveAtAsync("**/gaps?category=LegalAdvice");
        var ursus = analyst.Locator("#gaps tbody tr", new() { Has = analyst.Locator("th", new() { HasText = "Ursus" }) });
        (await ursus.Locator("td[data-language=ps]").TextContentAsync())!.Trim().ShouldBe("1");
        (await analyst.Locator("#gaps-summary").TextContentAsync())!.ShouldContain("Wola");
        await analyst.ShouldBeAccessibleAsync();
    }
}
