using Pathway.Platform.Demo;
using Pathway.Platform.Identity;

namespace Pathway.E2E.Tests;

public sealed class EventsJourneyTests(Browser browser)
{
    [Fact]
    public async Task AMigrant_FindsTheWorkshop_TakesAPlace_AndGivesItUp_WithTheKeyboardAndInBothDirections()
    {
        using var server = LiveServer.Start();
        await using var context = await browser.NewContextAsync(server.Url);
        var page = await context.NewPageAsync();

        // Right to left, anonymous: the list and the page, which asks them to sign in to take a place.
        await page.GotoAsync("/ar/portal/events");
        (await page.Locator("html").GetAttributeAsync("dir")).ShouldBe("rtl");
        await page.ShouldHaveNoAccessibilityViolationsAsync();
        await page.GotoAsync("/ar/portal/events/workshop-residence-application");
        (await page.Locator("#signup a[href^='account/login']").CountAsync()).ShouldBe(1);
        await page.ShouldHaveNoAccessibilityViolationsAsync();

        // Left to right, signed in: the whole way by keyboard.
        await page.GotoAsync("/uk/account/login");
        await page.SubmitSignInAsync(DemoAccounts.EmailOf(Roles.Migrant));
        await page.GotoAsync("/uk/portal/events");
        await page.ShouldBeAccessibleAsync();
        await page.Locator("#events a[href='portal/events/workshop-residence-application']").FocusAsync();
        await page.Keyboard.PressAsync("Enter");
        await page.ArriveAtAsync("**/uk/portal/events/workshop-residence-application");
        (await page.Locator("article h1").TextContentAsync()).ShouldBe("Майстер-клас: заява на тимчасове проживання крок за кроком");
        await page.ShouldBeAccessibleAsync();
        await page.Locator("#signup-button").FocusAsync();
        await page.Keyboard.PressAsync("Enter");
        await page.Locator("#signup-status").WaitForAsync();
        (await page.Locator("#cancel-button").CountAsync()).ShouldBe(1);
        await page.ShouldBeAccessibleAsync();

        // The place is in "My events", reached from the portal's menu; the way back is the event's page.
        await page.Locator("header nav a[href='my/events']").ClickAsync();
        await page.ArriveAtAsync("**/uk/my/events");
        (await page.Locator("#my-events li .status").First.TextContentAsync()).ShouldBe("у вас є місце");
        await page.ShouldBeAccessibleAsync();
        await page.Locator("#my-events a[href='portal/events/workshop-residence-application']").ClickAsync();
        await page.ArriveAtAsync("**/uk/portal/events/workshop-residence-application");
        await page.Locator("#cancel-button").FocusAsync();
        await page.Keyboard.PressAsync("Enter");
        await page.Locator("#signup-button").WaitForAsync();
        (await page.Locator("#signup-status").CountAsync()).ShouldBe(0);
    }
}
