using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Pathway.Platform.Demo;
using Pathway.Platform.Identity;
using Pathway.Portal.Content;
using Pathway.Portal.Surveys;

namespace Pathway.E2E.Tests;

public sealed class SurveyJourneyTests(Browser browser)
{
    [Fact]
    public async Task AReader_AnswersTheSurvey_ByKeyboard_InBothDirections_AndAnAnalystSeesTheResults()
    {
        using var server = LiveServer.Start();
        await using var context = await browser.NewContextAsync(server.Url);
        var page = await context.NewPageAsync();
        // The demo's readers answered it before: the results count this reader's two responses on top of theirs.
        List<SurveyResponse> before = [];
        await server.Factory.WithDbAsync(async db => before = await db.Set<SurveyResponse>().Include(r => r.Answers)
            .Where(r => db.Set<ContentItem>().Where(i => i.Slug == "how-was-your-visit").Select(i => i.Id).Contains(r.ItemId))
            .ToListAsync(TestContext.Current.CancellationToken));
        var scale = before.SelectMany(r => r.Answers).Where(a => a.Question == 2).Select(a => a.Choice!.Value).Append(4).Append(5).ToList();
        var texts = before.SelectMany(r => r.Answers).Count(a => a.Question == 4 && a.Text != null) + 1;

        // Left to right, by keyboard: a required question left out is asked for by the browser, then sent.
        await page.GotoAsync("/uk/portal/articles/how-was-your-visit");
        await page.ShouldHaveNoAccessibilityViolationsAsync();
        await page.Locator("#survey-q1-1").FocusAsync();
        await page.Keyboard.PressAsync("Space");
        await page.Locator("#survey-q3-2").FocusAsync();
        await page.Keyboard.PressAsync("Space");
        await page.Locator("#survey-submit").ClickAsync();
        (await page.Locator("#survey-q2-1").EvaluateAsync<bool>("input => !input.validity.valid")).ShouldBeTrue(); // the scale is still needed
        await page.Locator("#survey-q2-4").FocusAsync();
        await page.Keyboard.PressAsync("Space");
        await page.Locator("#survey-q4-text").FillAsync("Більше інформації українською");
        await page.Locator("#survey-submit").FocusAsync();
        await page.Keyboard.PressAsync("Enter");
        await page.ArriveAtAsync("**/uk/portal/articles/how-was-your-visit?survey=thanks#survey");
        await page.Locator("#survey-thanks").WaitForAsync();
        await page.ShouldHaveNoAccessibilityViolationsAsync();

        // Right to left: the page mirrored, the survey in a language it is written in, with the notice.
        await page.GotoAsync("/ar/portal/articles/how-was-your-visit");
        (await page.Locator("html").GetAttributeAsync("dir")).ShouldBe("rtl");
        await page.Locator("#fallback-notice").WaitForAsync();
        await page.Locator("#survey-q1-2").CheckAsync();
        await page.Locator("#survey-q2-5").CheckAsync();
        await page.ShouldHaveNoAccessibilityViolationsAsync();
        await page.Locator("#survey-submit").ClickAsync();
        await page.Locator("#survey-thanks").WaitForAsync();

        // An analyst: two responses, the scale's mean, the words kept.
        await using var desk = await browser.NewContextAsync(server.Url);
        var analyst = await desk.NewPageAsync();
        await analyst.SignInAsNewStaffAsync("en", DemoAccounts.EmailOf(Roles.Analyst));
        await analyst.GotoAsync("/en/portal/surveys");
        await analyst.ShouldHaveNoAccessibilityViolationsAsync();
        await analyst.Locator("#survey-how-was-your-visit a").ClickAsync();
        await analyst.ArriveAtAsync("**/en/portal/surveys/*");
        (await analyst.Locator("#responses").TextContentAsync() ?? "").ShouldContain((before.Count + 2).ToString(CultureInfo.InvariantCulture));
        (await analyst.Locator("#result-2 .hint").TextContentAsync() ?? "").ShouldContain(scale.Average().ToString("0.0", CultureInfo.GetCultureInfo("en")));
        (await analyst.Locator("#result-4 .survey-texts li").CountAsync()).ShouldBe(Math.Min(texts, SurveyDesk.LatestTextsShown));
        await analyst.ShouldHaveNoAccessibilityViolationsAsync();

        // The answers of those who read it in Ukrainian alone.
        var results = analyst.Url;
        await analyst.Locator("#by-language a[lang=uk]").ClickAsync();
        await analyst.ArriveAtAsync("**/en/portal/surveys/*?lang=uk");
        await analyst.Locator("#read-in").WaitForAsync();
        (await analyst.Locator("#responses").TextContentAsync() ?? "").ShouldContain((before.Count(r => r.Language == "uk") + 1).ToString(CultureInfo.InvariantCulture));
        await analyst.ShouldHaveNoAccessibilityViolationsAsync();

        // An editor closes it as of yesterday: readers see it without its form.
        var id = new Uri(results).Segments[^1];
        await using var editing = await browser.NewContextAsync(server.Url);
        var editor = await editing.NewPageAsync();
        await editor.SignInAsNewStaffAsync("pl", DemoAccounts.EmailOf(Roles.ContentEditor));
        await editor.GotoAsync($"/pl/portal/content/{id}");
        var yesterday = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(DateTimeOffset.UtcNow, TimeZoneInfo.FindSystemTimeZoneById("Europe/Warsaw")).DateTime).AddDays(-1);
        await editor.Locator("#survey-closes-on").FillAsync(yesterday.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
        await editor.Locator("#save-survey-window").ClickAsync();
        await editor.Locator("#change-recorded").WaitForAsync();
        (await editor.Locator("#survey-window-state").TextContentAsync() ?? "").ShouldContain(yesterday.ToString("D", System.Globalization.CultureInfo.GetCultureInfo("pl")));
        await editor.ShouldHaveNoAccessibilityViolationsAsync();
        await page.GotoAsync("/ar/portal/articles/how-was-your-visit");
        await page.Locator("#survey-window").WaitForAsync();
        (await page.Locator("form.survey").CountAsync()).ShouldBe(0);
        await page.ShouldHaveNoAccessibilityViolationsAsync();
    }
}
