using System.Net.Http.Headers;
using AngleSharp.Html.Parser;
using Pathway.Platform.Localization;

namespace Pathway.Web.Tests;

public sealed class LocalizationTests(SqliteFactoryFixture fixture) : IClassFixture<SqliteFactoryFixture>
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
}
