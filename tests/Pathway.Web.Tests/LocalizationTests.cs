using System.Globalization;
using System.Net.Http.Headers;
using System.Text.RegularExpressions;
using AngleSharp.Html.Parser;
using Pathway.Platform.Demo;
using Pathway.Platform.Identity;
using Pathway.Platform.Localization;
using Pathway.Platform.Tenancy;
using Pathway.Testing;

namespace Pathway.Web.Tests;

public sealed partial class LocalizationTests(SqliteFactoryFixture fixture) : IClassFixture<SqliteFactoryFixture>
{
    [Theory]
    [InlineData("ar", "rtl")]
    [InlineData("prs", "rtl")]
    [InlineData("ur", "rtl")]
    [InlineData("pl", "ltr")]
    [InlineData("uk", "ltr")]
    [InlineData("zh-Hans", "ltr")]
    public async Task Home_WithLanguagePrefix_HasLanguageAndDirection(string code, string direction)
    {
        using var client = fixture.Factory.CreateClient();
        var page = new HtmlParser().ParseDocument(await client.GetStringAsync($"/{code}/", TestContext.Current.CancellationToken));
        page.DocumentElement.GetAttribute("lang").ShouldBe(code);
        page.DocumentElement.GetAttribute("dir").ShouldBe(direction);
        page.QuerySelector("base")!.GetAttribute("href").ShouldBe($"/{code}/");
    }

    [Fact]
    public async Task Home_InEveryLanguage_IsTranslated()
    {
        using var client = fixture.Factory.CreateClient();
        var english = new HtmlParser().ParseDocument(await client.GetStringAsync("/en/", TestContext.Current.CancellationToken)).QuerySelector("h1")!.TextContent;
        foreach (var language in SupportedCultures.All.Where(l => l.Code != "en"))
        {
            var heading = new HtmlParser().ParseDocument(await client.GetStringAsync($"/{language.Code}/", TestContext.Current.CancellationToken)).QuerySelector("h1")!.TextContent;
            heading.ShouldNotBe(english, $"the home page heading in {language.Code} is still English");
        }
    }

    [Fact]
    public async Task Language_ChosenByPrefix_IsRememberedByCookie()
    {
        using var session = fixture.Factory.Session();
        await session.Client.GetAsync("/uk/", TestContext.Current.CancellationToken);
        var page = new HtmlParser().ParseDocument(await session.Client.GetStringAsync("/", TestContext.Current.CancellationToken));
        page.DocumentElement.GetAttribute("lang").ShouldBe("uk");
    }

    [Fact]
    public async Task Language_WithoutPrefixOrCookie_FollowsTheBrowser()
    {
        using var client = fixture.Factory.CreateClient();
        client.DefaultRequestHeaders.AcceptLanguage.Add(new StringWithQualityHeaderValue("de-DE"));
        var page = new HtmlParser().ParseDocument(await client.GetStringAsync("/", TestContext.Current.CancellationToken));
        page.DocumentElement.GetAttribute("lang").ShouldBe("de");
    }

    [Theory]
    [InlineData("prs")]
    [InlineData("ar")]
    [InlineData("ur")]
    [InlineData("pl")]
    public async Task PersonPage_InEachLanguage_ShowsGregorianDates(string code)
    {
        var person = await DemoRecords.PersonOfAsync(fixture.Factory, OrganisationKind.OfficeUnit);
        using var session = fixture.Factory.Session();
        await session.SignInAsync(DemoAccounts.EmailOf(Roles.CaseOfficer));
        var page = await session.GetPageAsync($"/{code}/staff/persons/{person.Id}");
        page.DocumentElement.GetAttribute("lang").ShouldBe(code);

        var facts = page.QuerySelectorAll("dl.facts dd").Select(dd => dd.TextContent).ToList();
        var born = facts[0];
        var registered = facts[^1];
        // The year is the only four-digit number of a date: Gregorian, not the solar (Dari) or Hijri year.
        Years(born).ShouldBe([person.BirthDate.Year.ToString(CultureInfo.InvariantCulture)], $"date of birth in {code}: {born}");
        Years(registered).ShouldBe([person.RegisteredAt.Year.ToString(CultureInfo.InvariantCulture)], $"registered in {code}: {registered}");
        born.ShouldNotContain(new PersianCalendar().GetYear(person.BirthDate.ToDateTime(TimeOnly.MinValue)).ToString(CultureInfo.InvariantCulture));
    }

    private static List<string> Years(string text) => FourDigits().Matches(text).Select(m => m.Value).ToList();

    [GeneratedRegex(@"\d{4}")]
    private static partial Regex FourDigits();
}
