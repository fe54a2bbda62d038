using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Pathway.Platform.Identity;
using Pathway.Testing;
using static Pathway.Web.Tests.ProblemDetails;

namespace Pathway.Web.Tests;

/// <summary>
/// The portal's content and its translation workflow over the API and on the pages, on SQLite and
/// PostgreSQL: editors write and publish, translators translate, readers get their language or the
/// fallback with a notice. Each test works on its own item (the class's database is shared).
/// </summary>
public abstract class PortalContentHttpTests
{
    protected abstract Task<PathwayFactory> FactoryAsync();

    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public async Task AnItem_GoesFromSourceToPublishedTranslation_AndAChangedSourceMakesTheTranslationStale()
    {
        var factory = await FactoryAsync();
        using var editor = await factory.SignInAsync(Roles.ContentEditor);
        using var translator = await factory.SignInAsync(Roles.Translator);
        using var reader = factory.Session();
        var slug = Slug("health-insurance");

        var item = await CreateAsync(editor, slug);
        using var unpublished = await reader.Client.GetAsync($"/api/v1/portal/articles/{slug}?lang=pl", Cancel);
        item = await OkAsync(await editor.Client.PostAsJsonAsync($"/api/v1/portal/content/{Id(item)}/translations/pl/publish", new { version = Version(item) }, Cancel));
        var inUkrainianBefore = await reader.Client.GetFromJsonAsync<JsonElement>($"/api/v1/portal/articles/{slug}?lang=uk", Cancel);
        item = await OkAsync(await translator.Client.PutAsJsonAsync($"/api/v1/portal/content/{Id(item)}/translations/uk",
            new { version = Version(item), title = "Медичне страхування", body = "Страхування в **NFZ**.", state = "InReview" }, Cancel));
        item = await OkAsync(await editor.Client.PostAsJsonAsync($"/api/v1/portal/content/{Id(item)}/translations/uk/publish", new { version = Version(item) }, Cancel));
        var inUkrainian = await reader.Client.GetFromJsonAsync<JsonElement>($"/api/v1/portal/articles/{slug}?lang=uk", Cancel);
        item = await OkAsync(await editor.Client.PutAsJsonAsync($"/api/v1/portal/content/{Id(item)}/source",
            new { version = Version(item), title = "Ubezpieczenie zdrowotne", body = "Ubezpieczenie w **NFZ** od pierwszego dnia pracy." }, Cancel));
        var afterTheChange = await reader.Client.GetFromJsonAsync<JsonElement>($"/api/v1/portal/articles/{slug}?lang=uk", Cancel);
        using var publishStale = await editor.Client.PostAsJsonAsync($"/api/v1/portal/content/{Id(item)}/translations/uk/publish", new { version = Version(item) }, Cancel);

        unpublished.StatusCode.ShouldBe(HttpStatusCode.NotFound, "an unpublished source is not public");
        (inUkrainianBefore.GetProperty("language").GetString(), inUkrainianBefore.GetProperty("isFallback").GetBoolean()).ShouldBe(("pl", true));
        (inUkrainian.GetProperty("language").GetString(), inUkrainian.GetProperty("isFallback").GetBoolean()).ShouldBe(("uk", false));
        inUkrainian.GetProperty("html").GetString()!.ShouldContain("<strong>NFZ</strong>");
        State(item, "uk").ShouldBe("Stale");
        State(item, "pl").ShouldBe("Published");
        (afterTheChange.GetProperty("language").GetString(), afterTheChange.GetProperty("isFallback").GetBoolean()).ShouldBe(("pl", true));
        publishStale.StatusCode.ShouldBe(HttpStatusCode.Conflict);
        var list = await translator.Client.GetFromJsonAsync<JsonElement>("/api/v1/portal/content/", Cancel);
        list.EnumerateArray().Single(i => i.GetProperty("slug").GetString() == slug).GetProperty("states").GetProperty("uk").GetString().ShouldBe("Stale");
    }

    [Fact]
    public async Task BadInput_IsRefusedFieldByField_InTheEditorsLanguage_AndNothingIsWritten()
    {
        var factory = await FactoryAsync();
        using var editor = await factory.SignInAsync(Roles.ContentEditor);
        editor.Client.DefaultRequestHeaders.AcceptLanguage.ParseAdd("pl");
        var slug = Slug("school-enrolment");

        using var bad = await editor.Client.PostAsJsonAsync("/api/v1/portal/content/", new { kind = "Poem", slug = "Szkoła!", sourceLanguage = "xx", title = "", body = " " }, Cancel);
        using var notJson = await editor.Client.PostAsync("/api/v1/portal/content/", new StringContent("{", System.Text.Encoding.UTF8, "application/json"), Cancel);
        var item = await CreateAsync(editor, slug);
        using var taken = await editor.Client.PostAsJsonAsync("/api/v1/portal/content/", new { kind = "Article", slug, sourceLanguage = "pl", title = "Drugi", body = "Tekst" }, Cancel);
        using var stale = await editor.Client.PutAsJsonAsync($"/api/v1/portal/content/{Id(item)}/source", new { version = Version(item) + 5, title = "Nowy", body = "Nowy tekst" }, Cancel);
        using var toSource = await editor.Client.PutAsJsonAsync($"/api/v1/portal/content/{Id(item)}/translations/pl", new { version = Version(item), title = "T", body = "B", state = "Draft" }, Cancel);
        using var published = await editor.Client.PutAsJsonAsync($"/api/v1/portal/content/{Id(item)}/translations/de", new { version = Version(item), title = "T", body = "B", state = "Published" }, Cancel);
        using var missing = await editor.Client.GetAsync($"/api/v1/portal/content/{Guid.NewGuid()}", Cancel);
        var after = await editor.Client.GetFromJsonAsync<JsonElement>($"/api/v1/portal/content/{Id(item)}", Cancel);

        var errors = await ErrorsAsync(bad);
        errors.Keys.Order(StringComparer.Ordinal).ShouldBe(["body", "kind", "slug", "sourceLanguage", "title"]);
        errors["sourceLanguage"].ShouldBe(["Wybierz jeden z języków portalu."]);
        notJson.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await ErrorsAsync(taken))["slug"].ShouldBe(["Inna pozycja ma już ten adres."]);
        stale.StatusCode.ShouldBe(HttpStatusCode.Conflict);
        (await stale.Content.ReadFromJsonAsync<JsonElement>(Cancel)).GetProperty("currentVersion").GetInt32().ShouldBe(Version(item));
        (await ErrorsAsync(toSource)).Keys.ShouldBe(["language"]);
        (await ErrorsAsync(published)).Keys.ShouldBe(["state"], ignoreOrder: false, "a translator does not publish");
        missing.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        after.GetProperty("version").GetInt32().ShouldBe(Version(item), "nothing refused was written");
        State(after, "de").ShouldBe("Missing");
    }

    [Fact]
    public async Task TheDemoArticle_ReadsInUkrainian_FallsBackToEnglishWithANotice_AndAMachineDraftIsNotPublished()
    {
        var factory = await FactoryAsync();
        using var reader = factory.Session();
        using var editor = await factory.SignInAsync(Roles.ContentEditor);

        var ukrainian = await reader.GetPageAsync("/uk/portal/articles/pesel-number");
        var german = await reader.GetPageAsync("/de/portal/articles/pesel-number");
        var russian = await reader.GetPageAsync("/ru/portal/articles/pesel-number");
        var list = await reader.GetPageAsync("/ar/portal/articles");
        using var unknown = await reader.Client.GetAsync("/en/portal/articles/no-such-page", Cancel);
        var items = await editor.Client.GetFromJsonAsync<JsonElement>("/api/v1/portal/content/", Cancel);
        var pesel = items.EnumerateArray().Single(i => i.GetProperty("slug").GetString() == "pesel-number");
        using var machine = await editor.Client.PostAsJsonAsync($"/api/v1/portal/content/{Id(pesel)}/translations/ru/publish", new { version = Version(pesel) }, Cancel);

        ukrainian.QuerySelector("article h1")!.TextContent.ShouldBe("Номер PESEL");
        ukrainian.QuerySelector("#fallback-notice").ShouldBeNull();
        german.QuerySelector("article")!.GetAttribute("lang").ShouldBe("en");
        german.QuerySelector("#fallback-notice")!.TextContent.ShouldContain("English");
        russian.QuerySelector("article")!.GetAttribute("lang").ShouldBe("en", "the Russian text is a machine draft, not published");
        list.QuerySelectorAll("a[href='portal/articles/pesel-number']").Length.ShouldBe(1);
        list.DocumentElement.GetAttribute("dir").ShouldBe("rtl");
        unknown.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        State(pesel, "ru").ShouldBe("MachineDraft");
        machine.StatusCode.ShouldBe(HttpStatusCode.Conflict);
    }

    [Fact]
    public async Task OnThePages_AnEditorCreatesAnItem_ATranslatorTranslatesIt_AndTheEditorPublishesIt()
    {
        var factory = await FactoryAsync();
        using var editor = await factory.SignInAsync(Roles.ContentEditor);
        using var translator = await factory.SignInAsync(Roles.Translator);
        var slug = Slug("family-reunification");

        using var created = await editor.PostFormAsync("/en/portal/content", "content-new", new Dictionary<string, string>
        {
            ["Input.Kind"] = "Article", ["Input.Slug"] = slug, ["Input.SourceLanguage"] = "pl", ["Input.Title"] = "Łączenie rodzin", ["Input.Body"] = "Wniosek składa **członek rodziny** w Polsce.",
        });
        var itemPath = created.RequestMessage!.RequestUri!.AbsolutePath;
        using var publishedSource = await editor.PostFormAsync(itemPath, "publish-pl", new Dictionary<string, string>());
        using var translated = await translator.PostFormAsync(itemPath + "/uk", "translation", new Dictionary<string, string>
        {
            ["Input.Title"] = "Возз'єднання сім'ї", ["Input.Body"] = "Заяву подає **член сім'ї** у Польщі.", ["Input.State"] = "InReview",
        });
        var translatorsView = await translator.GetPageAsync(itemPath);
        using var publishedUk = await editor.PostFormAsync(itemPath, "publish-uk", new Dictionary<string, string>());
        var reader = await factory.Session().GetPageAsync($"/uk/portal/articles/{slug}");
        using var empty = await translator.PostFormAsync(itemPath + "/de", "translation", new Dictionary<string, string> { ["Input.Title"] = "", ["Input.Body"] = "" });
        var emptyPage = await WebSession.PageOfAsync(empty);

        itemPath.ShouldStartWith("/en/portal/content/");
        translatorsView.QuerySelector("#language-uk .state")!.TextContent.ShouldBe("in review");
        translatorsView.QuerySelectorAll("form button").Where(b => b.TextContent.StartsWith("Publish", StringComparison.Ordinal)).ShouldBeEmpty("a translator does not publish");
        (await WebSession.PageOfAsync(publishedUk)).QuerySelector("#language-uk .state")!.TextContent.ShouldBe("published");
        reader.QuerySelector("article h1")!.TextContent.ShouldBe("Возз'єднання сім'ї");
        reader.QuerySelector("article strong")!.TextContent.ShouldBe("член сім'ї");
        emptyPage.QuerySelectorAll(".field-error").Length.ShouldBe(2);
    }

    [Fact]
    public async Task AReaderSaysWhetherAPageHelped_WithoutJavaScriptOrOverTheApi_AndTheEditorsSeeItPerLanguage()
    {
        var factory = await FactoryAsync();
        using var editor = await factory.SignInAsync(Roles.ContentEditor);
        using var reader = factory.Session();
        var slug = Slug("health-insurance-feedback");
        var item = await CreateAsync(editor, slug);
        using var feedbackOnUnpublished = await reader.Client.PostAsJsonAsync($"/api/v1/portal/articles/{slug}/feedback", new { lang = "uk", helpful = true }, Cancel);
        await OkAsync(await editor.Client.PostAsJsonAsync($"/api/v1/portal/content/{Id(item)}/translations/pl/publish", new { version = Version(item) }, Cancel));

        using var yes = await reader.Client.PostAsJsonAsync($"/api/v1/portal/articles/{slug}/feedback", new { lang = "uk", helpful = true }, Cancel);
        using var noAnswer = await reader.Client.PostAsJsonAsync($"/api/v1/portal/articles/{slug}/feedback", new { lang = "xx", comment = new string('a', 1001) }, Cancel);
        using var unknown = await reader.Client.PostAsJsonAsync("/api/v1/portal/articles/no-such-page/feedback", new { helpful = true }, Cancel);
        // The page's own form, as a browser without JavaScript sends it.
        var page = await reader.GetPageAsync($"/uk/portal/articles/{slug}");
        var form = page.QuerySelector("form.feedback")!;
        var fields = form.QuerySelectorAll("input[type=hidden]").OfType<AngleSharp.Html.Dom.IHtmlInputElement>()
            .Select(i => new KeyValuePair<string, string>(i.Name!, i.Value)).ToList();
        fields.Add(new("Helpful", "false"));
        fields.Add(new("Comment", "Нема адреси управління гміни."));
        using var sent = await reader.Client.PostAsync($"/uk/{form.GetAttribute("action")}", new FormUrlEncodedContent(fields), Cancel);
        var answered = await WebSession.PageOfAsync(sent);
        var editorsView = await editor.GetPageAsync($"/en/portal/content/{Id(item)}");

        feedbackOnUnpublished.StatusCode.ShouldBe(HttpStatusCode.NotFound, "a page nobody can read takes no feedback");
        yes.StatusCode.ShouldBe(HttpStatusCode.NoContent);
        (await ErrorsAsync(noAnswer)).Keys.Order(StringComparer.Ordinal).ShouldBe(["comment", "helpful", "lang"]);
        unknown.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        sent.RequestMessage!.RequestUri!.Query.ShouldBe("?feedback=thanks");
        answered.QuerySelector("#feedback-thanks").ShouldNotBeNull();
        editorsView.QuerySelector("#feedback-uk .helped")!.TextContent.ShouldBe("1");
        editorsView.QuerySelector("#feedback-uk .not-helped")!.TextContent.ShouldBe("1");
        editorsView.QuerySelector("#feedback-comments q")!.TextContent.ShouldBe("Нема адреси управління гміни.");
    }

    private static string Slug(string stem) => stem + "-" + Guid.NewGuid().ToString("N")[..8];

    private static async Task<JsonElement> CreateAsync(WebSession editor, string slug)
    {
        using var response = await editor.Client.PostAsJsonAsync("/api/v1/portal/content/",
            new { kind = "Article", slug, sourceLanguage = "pl", title = "Ubezpieczenie", body = "Ubezpieczenie w **NFZ**." }, Cancel);
        response.StatusCode.ShouldBe(HttpStatusCode.Created, await response.Content.ReadAsStringAsync(Cancel));
        return await response.Content.ReadFromJsonAsync<JsonElement>(Cancel);
    }

    private static async Task<JsonElement> OkAsync(HttpResponseMessage response)
    {
        using (response)
        {
            response.StatusCode.ShouldBe(HttpStatusCode.OK, await response.Content.ReadAsStringAsync(Cancel));
            return await response.Content.ReadFromJsonAsync<JsonElement>(Cancel);
        }
    }

    private static string Id(JsonElement item) => item.GetProperty("id").GetString()!;

    private static int Version(JsonElement item) => item.GetProperty("version").GetInt32();

    private static string State(JsonElement item, string language) =>
        item.TryGetProperty("texts", out var texts)
            ? texts.EnumerateArray().Single(t => t.GetProperty("language").GetString() == language).GetProperty("state").GetString()!
            : item.GetProperty("states").GetProperty(language).GetString()!;
}

public sealed class SqlitePortalContentHttpTests(SqliteFactoryFixture fixture) : PortalContentHttpTests, IClassFixture<SqliteFactoryFixture>
{
    protected override Task<PathwayFactory> FactoryAsync() => Task.FromResult(fixture.Factory);
}

public sealed class PostgresPortalContentHttpTests(PostgresServer server, PostgresFactoryFixture fixture) : PortalContentHttpTests, IClassFixture<PostgresFactoryFixture>
{
    protected override Task<PathwayFactory> FactoryAsync() => fixture.GetAsync(server);
}
