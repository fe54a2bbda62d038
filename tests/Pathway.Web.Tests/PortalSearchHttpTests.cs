using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Pathway.Platform.Identity;
using Pathway.Testing;
using static Pathway.Web.Tests.PortalApi;
using static Pathway.Web.Tests.ProblemDetails;

namespace Pathway.Web.Tests;

/// <summary>
/// The portal's search on SQLite (FTS5) and PostgreSQL (tsvector): what a reader finds in their own
/// language whatever case, diacritics, inflection or script they type, what they never find (drafts,
/// unpublished items), ranking, marking, and the errors of a bad query.
/// </summary>
public abstract class PortalSearchHttpTests
{
    protected abstract Task<PathwayFactory> FactoryAsync();

    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public async Task AReader_FindsTheTextTheyAreShown_WhateverCaseDiacriticsInflectionOrScriptTheyType()
    {
        var factory = await FactoryAsync();
        using var editor = await factory.SignInAsync(Roles.ContentEditor);
        var marker = Marker();
        var item = await PublishAsync(editor, "Article", $"Zezwolenie na pobyt czasowy {marker}",
            "Po decyzji odbierasz **kartę pobytu** w urzędzie wojewódzkim. Potrzebny jest numer PESEL.");
        item = await OkAsync(await editor.Client.PutAsJsonAsync($"/api/v1/portal/content/{Id(item)}/translations/uk",
            new { version = Version(item), title = $"Дозвіл на тимчасове проживання {marker}", body = "Після рішення ви отримуєте карту побиту. Потрібен номер PESEL.", state = "InReview" }, Cancel));
        item = await OkAsync(await editor.Client.PostAsJsonAsync($"/api/v1/portal/content/{Id(item)}/translations/uk/publish", new { version = Version(item) }, Cancel));
        item = await OkAsync(await editor.Client.PutAsJsonAsync($"/api/v1/portal/content/{Id(item)}/translations/ru",
            new { version = Version(item), title = $"Разрешение {marker}", body = "Черновик перевода: слово уникальноеслово.", state = "Draft" }, Cancel));
        var reader = factory.Session().Client;

        var upper = await SearchAsync(reader, $"ZEZWOLENIE {marker}", "pl");
        var inflected = await SearchAsync(reader, $"zezwoleniem {marker}", "pl");
        var withoutDiacritics = await SearchAsync(reader, $"karty pobytu urzedzie {marker}", "pl");
        var latinForCyrillic = await SearchAsync(reader, $"dozvil {marker}", "uk");
        var cyrillicForLatin = await SearchAsync(reader, $"песель {marker}", "uk");
        var fallback = await SearchAsync(reader, $"pobytu {marker}", "de");
        var draft = await SearchAsync(reader, "уникальноеслово", "ru");
        var ukrainianDoesNotSeePolish = await SearchAsync(reader, $"urzędzie {marker}", "uk");

        var hit = Single(upper);
        hit.GetProperty("language").GetString().ShouldBe("pl");
        hit.GetProperty("isFallback").GetBoolean().ShouldBeFalse();
        new Uri(hit.GetProperty("url").GetString()!).AbsolutePath.ShouldBe($"/pl/portal/articles/{hit.GetProperty("slug").GetString()}");
        Marked(hit.GetProperty("title")).ShouldBe(["Zezwolenie", marker]);
        Single(inflected).GetProperty("id").GetString().ShouldBe(Id(item));
        Marked(Single(withoutDiacritics).GetProperty("snippet")).ShouldBe(["kartę", "pobytu", "urzędzie"]);
        Marked(Single(latinForCyrillic).GetProperty("title")).ShouldBe(["Дозвіл", marker]);
        Marked(Single(cyrillicForLatin).GetProperty("snippet")).ShouldBe(["PESEL"]);
        var shownInPolish = Single(fallback);
        (shownInPolish.GetProperty("language").GetString(), shownInPolish.GetProperty("isFallback").GetBoolean()).ShouldBe(("pl", true), "German readers are shown the source");
        draft.GetProperty("total").GetInt32().ShouldBe(0, "a draft is not published");
        ukrainianDoesNotSeePolish.GetProperty("allTerms").GetBoolean().ShouldBeFalse("a Ukrainian reader is shown the Ukrainian text, which lacks the Polish word");
    }

    [Fact]
    public async Task AChangeIsFoundAtOnce_AndAnUnpublishedItemNever()
    {
        var factory = await FactoryAsync();
        using var editor = await factory.SignInAsync(Roles.ContentEditor);
        var marker = Marker();
        var item = await PublishAsync(editor, "News", $"Nowe godziny otwarcia {marker}", "Biuro jest otwarte od poniedziałku do piątku.");
        var unpublished = await OkAsync(await editor.Client.PostAsJsonAsync("/api/v1/portal/content/",
            new { kind = "News", slug = "draft-" + marker, sourceLanguage = "pl", title = $"Szkic {marker}", body = "Jeszcze nie." }, Cancel), HttpStatusCode.Created);
        var reader = factory.Session().Client;

        var before = await SearchAsync(reader, marker, "pl");
        await OkAsync(await editor.Client.PutAsJsonAsync($"/api/v1/portal/content/{Id(item)}/source",
            new { version = Version(item), title = $"Godziny otwarcia w święta {marker}", body = "W święta biuro jest zamknięte." }, Cancel));
        var gone = await SearchAsync(reader, $"poniedziałku {marker}", "pl");
        var now = await SearchAsync(reader, $"swieta {marker}", "pl");

        before.GetProperty("hits").EnumerateArray().Select(h => h.GetProperty("id").GetString()).ShouldBe([Id(item)], "the draft is not found");
        gone.GetProperty("allTerms").GetBoolean().ShouldBeFalse("the old words are gone; only the marker is left");
        Single(now).GetProperty("id").GetString().ShouldBe(Id(item));
        Id(unpublished).ShouldNotBe(Id(item));
    }

    [Fact]
    public async Task ResultsAreRanked_TitleBeforeBody_FilteredByKind_AndSomeWordsWhenNoneHasAll()
    {
        var factory = await FactoryAsync();
        using var editor = await factory.SignInAsync(Roles.ContentEditor);
        var marker = Marker();
        var inBody = await PublishAsync(editor, "Article", $"Ubezpieczenie zdrowotne {marker}b", $"Zgłoszenie do NFZ: zapytaj o słowo {marker}.");
        var inTitle = await PublishAsync(editor, "Alert", $"Przerwa w pracy systemu {marker}", "Przez dwie godziny system nie działa.");
        var reader = factory.Session().Client;

        var ranked = await SearchAsync(reader, marker, "pl");
        var alerts = await SearchAsync(reader, marker, "pl", "&kind=alert");
        var some = await SearchAsync(reader, $"{marker} nieistniejącesłowo", "pl");

        ranked.GetProperty("hits").EnumerateArray().Select(h => h.GetProperty("id").GetString()).ShouldBe([Id(inTitle), Id(inBody)]);
        alerts.GetProperty("hits").EnumerateArray().Select(h => h.GetProperty("kind").GetString()).ShouldBe(["Alert"]);
        some.GetProperty("allTerms").GetBoolean().ShouldBeFalse();
        some.GetProperty("total").GetInt32().ShouldBe(2);
    }

    [Fact]
    public async Task ABadQuery_IsNamedInTheReadersLanguage()
    {
        var factory = await FactoryAsync();
        var reader = factory.Session().Client;
        reader.DefaultRequestHeaders.AcceptLanguage.ParseAdd("pl");

        using var empty = await reader.GetAsync("/api/v1/portal/search?q=%20", Cancel);
        using var punctuation = await reader.GetAsync("/api/v1/portal/search?q=%21%3F", Cancel);
        using var tooLong = await reader.GetAsync("/api/v1/portal/search?q=" + new string('a', 201), Cancel);
        using var wrong = await reader.GetAsync("/api/v1/portal/search?q=pesel&kind=Thing&page=0&lang=xx", Cancel);
        using var ftsSyntax = await reader.GetAsync("/api/v1/portal/search?q=" + Uri.EscapeDataString("\"NEAR( * OR {col} : -) AND"), Cancel);

        (await ErrorsAsync(empty))["q"].ShouldBe(["Wpisz, czego szukasz."]);
        (await ErrorsAsync(punctuation)).Keys.ShouldBe(["q"]);
        (await ErrorsAsync(tooLong)).Keys.ShouldBe(["q"]);
        (await ErrorsAsync(wrong)).Keys.Order(StringComparer.Ordinal).ShouldBe(["kind", "lang", "page"]);
        ftsSyntax.StatusCode.ShouldBe(HttpStatusCode.OK, "the query's words are searched for, never read as the database's query language");
        using var wordPage = await reader.GetAsync("/pl/portal/search?q=pesel&page=abc", Cancel);
        wordPage.StatusCode.ShouldNotBe(HttpStatusCode.InternalServerError, "a page number that is not a number is the reader's mistake, not the server's");
    }

    [Fact]
    public async Task TheSearchPage_MarksTheFoundWords_AndWorksWithoutScript()
    {
        var factory = await FactoryAsync();
        using var editor = await factory.SignInAsync(Roles.ContentEditor);
        var marker = Marker();
        await PublishAsync(editor, "Article", $"Numer PESEL dla cudzoziemców {marker}", "Wniosek o nadanie numeru PESEL składasz w urzędzie gminy.");
        var session = factory.Session();

        var page = await session.GetPageAsync($"/pl/portal/search?q={Uri.EscapeDataString("pesel " + marker)}");
        var none = await session.GetPageAsync("/uk/portal/search?q=zzzzzzzzzz");
        var bad = await session.GetPageAsync("/pl/portal/search?q=");
        var form = await session.GetPageAsync("/ar/portal/search");

        page.QuerySelectorAll("#results > li").Length.ShouldBe(1);
        page.QuerySelectorAll("#results mark").Select(m => m.TextContent).ShouldBe(["PESEL", marker, "PESEL"]);
        page.QuerySelector("#results a")!.GetAttribute("href").ShouldStartWith("portal/articles/");
        none.QuerySelector("#nothing").ShouldNotBeNull();
        bad.QuerySelector("#q-error")!.TextContent.ShouldBe("Wpisz, czego szukasz.");
        form.QuerySelector("form[role='search'] input[name='q']").ShouldNotBeNull();
        form.DocumentElement.GetAttribute("dir").ShouldBe("rtl");
    }

    private static string Marker() => "qx" + Guid.NewGuid().ToString("N")[..10];

    private static Task<JsonElement> PublishAsync(WebSession editor, string kind, string title, string body) =>
        PortalApi.PublishAsync(editor, kind, "search-" + Guid.NewGuid().ToString("N")[..12], title, body);

    private static async Task<JsonElement> SearchAsync(HttpClient reader, string query, string language, string more = "") =>
        await OkAsync(await reader.GetAsync($"/api/v1/portal/search?q={Uri.EscapeDataString(query)}&lang={language}{more}", Cancel));

    private static JsonElement Single(JsonElement results)
    {
        results.GetProperty("total").GetInt32().ShouldBe(1, results.ToString());
        return results.GetProperty("hits").EnumerateArray().Single();
    }

    private static string[] Marked(JsonElement pieces) =>
        [.. pieces.EnumerateArray().Where(p => p.GetProperty("match").GetBoolean()).Select(p => p.GetProperty("text").GetString()!)];
}

public sealed class SqlitePortalSearchHttpTests(SqliteFactoryFixture fixture) : PortalSearchHttpTests, IClassFixture<SqliteFactoryFixture>
{
    protected override Task<PathwayFactory> FactoryAsync() => Task.FromResult(fixture.Factory);
}

public sealed class PostgresPortalSearchHttpTests(PostgresServer server, PostgresFactoryFixture fixture) : PortalSearchHttpTests, IClassFixture<PostgresFactoryFixture>
{
    protected override Task<PathwayFactory> FactoryAsync() => fixture.GetAsync(server);
}
