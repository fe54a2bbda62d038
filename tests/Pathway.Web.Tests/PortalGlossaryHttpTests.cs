using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Pathway.Platform.Identity;
using Pathway.Testing;
using static Pathway.Web.Tests.PortalApi;

namespace Pathway.Web.Tests;

/// <summary>
/// The glossary on SQLite and PostgreSQL: the demo terms in Ukrainian with their mentions on the
/// demo procedure; an editor's mention of no term refused in their language; unmarked inflected
/// words offered, confirmed and marked without making translations stale; mentions of unpublished
/// terms reported and shown as plain words.
/// </summary>
public abstract class PortalGlossaryHttpTests
{
    protected abstract Task<PathwayFactory> FactoryAsync();

    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public async Task TheDemoGlossary_ReadsInUkrainian_AndTheProcedureOpensItsTermsDefinitions()
    {
        var factory = await FactoryAsync();
        var reader = factory.Session();

        var glossary = await OkAsync(await reader.Client.GetAsync("/api/v1/portal/glossary?lang=uk", Cancel));
        var procedure = await OkAsync(await reader.Client.GetAsync("/api/v1/portal/procedures/residence-card-application?lang=uk", Cancel));
        var page = await reader.GetPageAsync("/uk/portal/articles/residence-card-application");
        var glossaryPage = await reader.GetPageAsync("/uk/portal/glossary");

        var demo = glossary.EnumerateArray().Where(t => t.GetProperty("slug").GetString() is "voivodeship-office" or "trusted-profile" or "stamp-duty").ToList();
        demo.Select(t => t.GetProperty("title").GetString()).ShouldBe(["Воєводське управління", "Гербовий збір", "Довірений профіль"], "in Ukrainian alphabetical order");
        procedure.GetProperty("terms").EnumerateArray().Select(t => t.GetProperty("slug").GetString()).ShouldBe(["trusted-profile", "stamp-duty", "voivodeship-office"]);
        var mention = page.QuerySelector("#step-appear-in-person button.term")!;
        mention.TextContent.ShouldBe("воєводського управління");
        mention.GetAttribute("popovertarget").ShouldBe("term-voivodeship-office");
        mention.GetAttribute("aria-describedby").ShouldBe("term-voivodeship-office");
        var definition = page.QuerySelector("#term-voivodeship-office")!;
        definition.HasAttribute("popover").ShouldBeTrue();
        definition.GetAttribute("lang").ShouldBe("uk");
        definition.TextContent.ShouldContain("Управління воєводи");
        page.QuerySelectorAll(".term-definition").Length.ShouldBe(3, "each definition once on the page");
        glossaryPage.QuerySelector("dt#stamp-duty")!.TextContent.ShouldContain("Гербовий збір");
        glossaryPage.QuerySelector("dt#stamp-duty + dd")!.TextContent.ShouldContain("Плата за рішення");
    }

    [Fact]
    public async Task AMentionOfNoTerm_IsRefused_NamingIt_InTheEditorsLanguage()
    {
        var factory = await FactoryAsync();
        using var editor = await factory.SignInAsync(Roles.ContentEditor);
        editor.Client.DefaultRequestHeaders.AcceptLanguage.ParseAdd("pl");
        var suffix = Guid.NewGuid().ToString("N")[..8];

        using var create = await editor.Client.PostAsJsonAsync("/api/v1/portal/content/", new
        {
            kind = "Article", slug = "mention-" + suffix, sourceLanguage = "pl", title = "Tytuł", body = "Weź [kartę](term:no-such-term-" + suffix + ").",
        }, Cancel);
        var problem = await create.Content.ReadFromJsonAsync<JsonElement>(Cancel);
        using var list = await editor.Client.GetAsync("/api/v1/portal/content/", Cancel);

        create.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        problem.GetProperty("errors").GetProperty("body")[0].GetString().ShouldBe($"Słownik nie ma terminu „no-such-term-{suffix}”: najpierw dodaj go jako termin słownika albo popraw wzmiankę.");
        (await list.Content.ReadAsStringAsync(Cancel)).ShouldNotContain("mention-" + suffix, Case.Sensitive, "nothing was written");
    }

    [Fact]
    public async Task UnmarkedTerms_AreOffered_ConfirmedAndMarked_WithoutMakingTranslationsStale()
    {
        var factory = await FactoryAsync();
        using var editor = await factory.SignInAsync(Roles.ContentEditor);
        var suffix = Guid.NewGuid().ToString("N")[..8];
        var card = "card-" + suffix;
        var hidden = "hidden-" + suffix;
        await PublishAsync(editor, "Term", card, "Karta stałego pobytu", "Dokument cudzoziemca z zezwoleniem na pobyt stały.");
        await OkAsync(await editor.Client.PostAsJsonAsync("/api/v1/portal/content/", new { kind = "Term", slug = hidden, sourceLanguage = "pl", title = "Termin roboczy", body = "Jeszcze nie opublikowany." }, Cancel), HttpStatusCode.Created);
        var article = await PublishAsync(editor, "Article", "guide-" + suffix, "Przewodnik",
            $"Z kartą stałego pobytu pracujesz bez zezwolenia. Odbiór [termin](term:{hidden}) w urzędzie. Wymiana karty stałego pobytu co 10 lat.");
        article = await OkAsync(await editor.Client.PutAsJsonAsync($"/api/v1/portal/content/{Id(article)}/translations/en", new
        {
            version = Version(article), title = "Guide", body = "With a permanent residence card you work without a permit.", state = "InReview",
        }, Cancel));
        article = await OkAsync(await editor.Client.PostAsJsonAsync($"/api/v1/portal/content/{Id(article)}/translations/en/publish", new { version = Version(article) }, Cancel));

        var report = await OkAsync(await editor.Client.GetAsync($"/api/v1/portal/content/{Id(article)}/mentions", Cancel));
        var polish = report.GetProperty("languages").EnumerateArray().Single(l => l.GetProperty("language").GetString() == "pl");
        var offered = polish.GetProperty("unmarked").EnumerateArray().ToList();
        using var stalePick = await editor.Client.PostAsJsonAsync($"/api/v1/portal/content/{Id(article)}/mentions", new
        {
            version = Version(article), language = "pl", mentions = new[] { new { term = card, start = offered[0].GetProperty("start").GetInt32() + 1 } },
        }, Cancel);
        using var noPicks = await editor.Client.PostAsJsonAsync($"/api/v1/portal/content/{Id(article)}/mentions", new { version = Version(article), language = "pl", mentions = Array.Empty<object>() }, Cancel);
        var marked = await OkAsync(await editor.Client.PostAsJsonAsync($"/api/v1/portal/content/{Id(article)}/mentions", new
        {
            version = Version(article), language = "pl", mentions = new[] { new { term = card, start = offered[0].GetProperty("start").GetInt32() } },
        }, Cancel));
        var page = await factory.Session().GetPageAsync("/pl/portal/articles/guide-" + suffix);

        offered.Select(o => o.GetProperty("text").GetString()).ShouldBe(["kartą stałego pobytu", "karty stałego pobytu"]);
        polish.GetProperty("broken").EnumerateArray().Select(b => b.GetString()).ShouldBe([hidden], "a term not published shows no definition");
        stalePick.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        noPicks.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        var texts = marked.GetProperty("texts").EnumerateArray().ToDictionary(t => t.GetProperty("language").GetString()!);
        texts["pl"].GetProperty("body").GetString().ShouldBe($"Z [kartą stałego pobytu](term:{card}) pracujesz bez zezwolenia. Odbiór [termin](term:{hidden}) w urzędzie. Wymiana karty stałego pobytu co 10 lat.");
        texts["pl"].GetProperty("state").GetString().ShouldBe("Published");
        texts["en"].GetProperty("state").GetString().ShouldBe("Published", "marking a term changes no word of the source");
        page.QuerySelector("article button.term")!.TextContent.ShouldBe("kartą stałego pobytu");
        page.QuerySelector($"#term-{card}")!.TextContent.ShouldContain("Dokument cudzoziemca");
        page.QuerySelector("article")!.TextContent.ShouldContain("Odbiór termin w urzędzie", Case.Sensitive, "an unpublished term's mention reads as its words");
        page.QuerySelectorAll("article button.term").Length.ShouldBe(1);
    }
}

public sealed class SqlitePortalGlossaryHttpTests(SqliteFactoryFixture fixture) : PortalGlossaryHttpTests, IClassFixture<SqliteFactoryFixture>
{
    protected override Task<PathwayFactory> FactoryAsync() => Task.FromResult(fixture.Factory);
}

public sealed class PostgresPortalGlossaryHttpTests(PostgresServer server, PostgresFactoryFixture fixture) : PortalGlossaryHttpTests, IClassFixture<PostgresFactoryFixture>
{
    protected override Task<PathwayFactory> FactoryAsync() => fixture.GetAsync(server);
}
