using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Pathway.Platform.Identity;
using Pathway.Testing;
using static Pathway.Web.Tests.PortalApi;
using static Pathway.Web.Tests.ProblemDetails;

namespace Pathway.Web.Tests;

/// <summary>
/// The service directory on SQLite and PostgreSQL: the demo services in Ukrainian, narrowed by
/// staff, language, group and district on the page and over the API; an editor's facts refused
/// field by field in Polish and then saved; the authority's gaps by district and language.
/// </summary>
public abstract class PortalServicesHttpTests
{
    protected abstract Task<PathwayFactory> FactoryAsync();

    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    private static async Task<List<string>> SlugsAsync(WebSession reader, string query)
    {
        var directory = await OkAsync(await reader.Client.GetAsync("/api/v1/portal/services?lang=uk" + query, Cancel));
        return [.. directory.GetProperty("services").EnumerateArray().Select(s => s.GetProperty("slug").GetString()!).Where(s => !s.StartsWith("test-", StringComparison.Ordinal))];
    }

    [Fact]
    public async Task TheDemoDirectory_ReadsInUkrainian_AndNarrowsByWhatAPersonNeeds()
    {
        var factory = await FactoryAsync();
        var reader = factory.Session();

        var all = await SlugsAsync(reader, "");
        var women = await SlugsAsync(reader, "&staff=Women");
        var georgian = await SlugsAsync(reader, "&language=ka");
        var children = await SlugsAsync(reader, "&group=children");
        var wola = await SlugsAsync(reader, "&district=Wola&category=Health");
        using var wrong = await reader.Client.GetAsync("/api/v1/portal/services?lang=pl&category=Magic&language=xx1&staff=Robots", Cancel);
        var page = await reader.GetPageAsync("/uk/portal/services?staff=Women");
        var fullPage = await reader.GetPageAsync("/uk/portal/services");
        var servicePage = await reader.GetPageAsync("/uk/portal/articles/support-for-women-praga");

        all.Count.ShouldBe(6);
        women.ShouldBe(["support-for-women-praga", "clinic-wola", "legal-advice-srodmiescie", "housing-help-praga"], ignoreOrder: true);
        georgian.ShouldBe(["housing-help-praga"]);
        children.ShouldBe(["clinic-wola", "youth-club-bemowo"], ignoreOrder: true);
        wola.ShouldBe(["clinic-wola"]);
        var errors = await ErrorsAsync(wrong);
        errors.Keys.ShouldBe(["category", "language", "staff"], ignoreOrder: true);
        errors["language"][0].ShouldContain("xx1");
        // The other test adds services of its own (test-…) to the shared database: only the demo's are counted.
        page.QuerySelectorAll("#services > li:not([id^='service-test-'])").Length.ShouldBe(4);
        page.QuerySelector("#filter-staff option[selected]")!.GetAttribute("value").ShouldBe("Women");
        fullPage.QuerySelectorAll("svg.service-map a:not([href*='#service-test-']) circle.marker").Length.ShouldBe(6);
        fullPage.QuerySelector("#filter-language option[value=ka]")!.TextContent.ShouldBe("ქართული");
        servicePage.QuerySelector("article h1")!.TextContent.ShouldBe("Психологічна підтримка для жінок");
        servicePage.QuerySelector(".service-facts .staff")!.TextContent.ShouldBe("Жінки");
        servicePage.QuerySelector(".service-facts .hours")!.TextContent.ShouldBe("Tu,Th 12:00-19:00");
    }

    [Fact]
    public async Task AnEditorsFacts_AreRefusedFieldByField_ThenSaved_AndTheAuthoritySeesTheGaps()
    {
        var factory = await FactoryAsync();
        using var editor = await factory.SignInAsync(Roles.ContentEditor);
        editor.Client.DefaultRequestHeaders.AcceptLanguage.ParseAdd("pl");
        var suffix = Guid.NewGuid().ToString("N")[..8];
        var service = await PublishAsync(editor, "Service", "test-service-" + suffix, "Porady dla rodzin", "Porady w Ursusie.");
        var article = await PublishAsync(editor, "Article", "test-article-" + suffix, "Artykuł", "Tekst.");
        var district = "Ursus-" + suffix;

        using var bad = await editor.Client.PutAsJsonAsync($"/api/v1/portal/content/{Id(service)}/service", new
        {
            version = Version(service), category = "Magic", languages = new[] { "pl", "xx1" }, staffGender = "Robots", targetGroups = new[] { "pirates" },
            district = "", placeName = "", address = "", latitude = 52.2, phone = "call me", email = "not-an-address", website = "ftp://example.org",
        }, Cancel);
        using var notAService = await editor.Client.PutAsJsonAsync($"/api/v1/portal/content/{Id(article)}/service", new
        {
            version = Version(article), category = "Housing", languages = new[] { "pl" }, district, placeName = "Biuro", address = "ul. Traktorzystów 1",
        }, Cancel);
        var saved = await OkAsync(await editor.Client.PutAsJsonAsync($"/api/v1/portal/content/{Id(service)}/service", new
        {
            version = Version(service), category = "LegalAdvice", languages = new[] { "PL", "uk", "ps" }, staffGender = "Women", targetGroups = new[] { "families" },
            district, placeName = "Biuro porad", address = "ul. Traktorzystów 1", latitude = 52.19, longitude = 20.88, openingHours = "Mo 10:00-14:00",
            phone = "+48 22 555 66 77", email = "ursus@example.org", website = "https://example.org/ursus", free = true,
        }, Cancel));
        var listed = await OkAsync(await factory.Session().Client.GetAsync("/api/v1/portal/services?lang=pl&language=ps", Cancel));
        using var analyst = await factory.SignInAsync(Roles.Analyst);
        var gaps = await OkAsync(await analyst.Client.GetAsync("/api/v1/portal/services/gaps?category=LegalAdvice", Cancel));
        var gapsPage = await analyst.GetPageAsync("/en/portal/services/gaps?category=LegalAdvice");
        using var migrant = await factory.SignInAsync(Roles.Migrant);
        using var forbidden = await migrant.Client.GetAsync("/api/v1/portal/services/gaps", Cancel);

        var errors = await ErrorsAsync(bad);
        errors.Keys.ShouldBe(["category", "languages", "staffGender", "targetGroups", "district", "placeName", "address", "latitude", "phone", "email", "website"], ignoreOrder: true);
        errors["languages"][0].ShouldBe("„xx1” nie jest kodem języka (takim jak uk, ru albo ka).");
        (await ErrorsAsync(notAService)).Keys.ShouldBe(["kind"]);
        Version(saved).ShouldBe(Version(service) + 1);
        var found = listed.GetProperty("services").EnumerateArray().ShouldHaveSingleItem();
        found.GetProperty("languages").EnumerateArray().Select(l => l.GetString()).ShouldBe(["pl", "uk", "ps"]);
        found.GetProperty("staffGender").GetString().ShouldBe("Women");
        var languages = gaps.GetProperty("languages").EnumerateArray().Select(l => l.GetString()!).ToList();
        languages.Take(12).ShouldBe(["pl", "en", "uk", "ru", "ar", "prs", "ur", "zh-Hans", "es", "de", "it", "nl"]);
        languages.ShouldContain("ps");
        var rows = gaps.GetProperty("rows").EnumerateArray().ToDictionary(r => r.GetProperty("district").GetString()!);
        rows[district].GetProperty("services").GetInt32().ShouldBe(1);
        rows[district].GetProperty("byLanguage")[languages.IndexOf("ps")].GetInt32().ShouldBe(1);
        rows[district].GetProperty("byLanguage")[languages.IndexOf("en")].GetInt32().ShouldBe(0);
        rows["Wola"].GetProperty("services").GetInt32().ShouldBe(0, "Wola has a clinic, but no legal advice");
        gapsPage.QuerySelector("#gaps-summary")!.TextContent.ShouldContain("Wola");
        gapsPage.QuerySelectorAll("#gaps tbody tr").Length.ShouldBe(rows.Count);
        forbidden.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task Readers_RateAService_OverTheApiAndOnItsPage_WithoutSayingWhoTheyAre()
    {
        var factory = await FactoryAsync();
        var reader = factory.Session();
        reader.Client.DefaultRequestHeaders.AcceptLanguage.ParseAdd("en");
        var editor = await factory.SignInAsync(Roles.ContentEditor);
        var slug = $"test-rated-{Guid.NewGuid():N}"[..24];
        var service = await PublishAsync(editor, "Service", slug, "Punkt oceniany", "Porady.");

        using var five = await reader.Client.PostAsJsonAsync($"/api/v1/portal/services/{slug}/ratings", new { stars = 5, lang = "uk" }, Cancel);
        using var four = await reader.Client.PostAsJsonAsync($"/api/v1/portal/services/{slug}/ratings", new { stars = 4 }, Cancel);
        using var six = await reader.Client.PostAsJsonAsync($"/api/v1/portal/services/{slug}/ratings", new { stars = 6 }, Cancel);
        using var none = await reader.Client.PostAsJsonAsync($"/api/v1/portal/services/{slug}/ratings", new { lang = "uk" }, Cancel);
        using var article = await reader.Client.PostAsJsonAsync("/api/v1/portal/services/pesel-number/ratings", new { stars = 3 }, Cancel);
        using var unknown = await reader.Client.PostAsJsonAsync("/api/v1/portal/services/no-such-service/ratings", new { stars = 3 }, Cancel);
        using var form = await reader.NoRedirect.PostAsync($"/uk/portal/articles/{slug}/rating", new FormUrlEncodedContent(new Dictionary<string, string> { ["Stars"] = "1" }), Cancel);
        using var badForm = await reader.NoRedirect.PostAsync($"/uk/portal/articles/{slug}/rating", new FormUrlEncodedContent(new Dictionary<string, string> { ["Stars"] = "many" }), Cancel);
        var summary = await OkAsync(await reader.Client.GetAsync($"/api/v1/portal/services/{slug}/ratings", Cancel));
        var page = await reader.GetPageAsync(form.Headers.Location!.OriginalString);
        var refused = await reader.GetPageAsync(badForm.Headers.Location!.OriginalString);

        five.StatusCode.ShouldBe(HttpStatusCode.NoContent);
        four.StatusCode.ShouldBe(HttpStatusCode.NoContent);
        (await ErrorsAsync(six))["stars"].ShouldBe(["Choose one to 5 stars."]);
        (await ErrorsAsync(none)).Keys.ShouldBe(["stars"]);
        article.StatusCode.ShouldBe(HttpStatusCode.NotFound, "only a service is rated");
        unknown.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        form.Headers.Location!.OriginalString.ShouldBe($"/uk/portal/articles/{slug}?rated=thanks#rating");
        summary.GetProperty("count").GetInt32().ShouldBe(3);
        summary.GetProperty("average").GetDouble().ShouldBe(3.3);
        summary.GetProperty("byStars").EnumerateArray().Select(c => c.GetInt32()).ShouldBe([1, 0, 0, 1, 1]);
        page.QuerySelector("#rating-thanks").ShouldNotBeNull();
        page.QuerySelector("#rating-summary")!.TextContent.ShouldBe("У середньому 3,3 з 5 зірок. Оцінок: 3.");
        page.QuerySelectorAll(".rating-bars meter").Select(m => m.GetAttribute("value")).ShouldBe(["1", "1", "0", "0", "1"]);
        refused.QuerySelector("#rating-error")!.TextContent.ShouldBe("Виберіть від однієї до 5 зірок.");
        refused.QuerySelectorAll("#rating input[type=radio][name=Stars]").Length.ShouldBe(5);
        await factory.WithDbAsync(async db =>
            (await db.Set<Pathway.Portal.Services.ServiceRating>().CountAsync(r => r.ItemId == Guid.Parse(Id(service)), Cancel)).ShouldBe(3));
    }
}

public sealed class SqlitePortalServicesHttpTests(SqliteFactoryFixture fixture) : PortalServicesHttpTests, IClassFixture<SqliteFactoryFixture>
{
    protected override Task<PathwayFactory> FactoryAsync() => Task.FromResult(fixture.Factory);
}

public sealed class PostgresPortalServicesHttpTests(PostgresServer server, PostgresFactoryFixture fixture) : PortalServicesHttpTests, IClassFixture<PostgresFactoryFixture>
{
    protected override Task<PathwayFactory> FactoryAsync() => fixture.GetAsync(server);
}
