using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Xml.Linq;
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

    [Fact]
    public async Task AnonymousPages_AreServedFromMemory_UntilAnEditorPublishes_AndNeverToSomeoneSignedIn()
    {
        var factory = await FactoryAsync();
        using var editor = await factory.SignInAsync(Roles.ContentEditor);
        using var translator = await factory.SignInAsync(Roles.Translator);
        using var reader = factory.Session();
        var slug = Slug("cached-guide");
        var item = await CreateAsync(editor, slug, "Przewodnik", "Tekst po polsku.");
        item = await OkAsync(await editor.Client.PostAsJsonAsync($"/api/v1/portal/content/{Id(item)}/translations/pl/publish", new { version = Version(item) }, Cancel));

        using var first = await reader.Client.GetAsync($"/uk/portal/articles/{slug}", Cancel);
        using var second = await reader.Client.GetAsync($"/uk/portal/articles/{slug}", Cancel);
        var signedIn = await translator.GetPageAsync($"/uk/portal/articles/{slug}");
        item = await OkAsync(await translator.Client.PutAsJsonAsync($"/api/v1/portal/content/{Id(item)}/translations/uk",
            new { version = Version(item), title = "Путівник", body = "Текст українською.", state = "InReview" }, Cancel));
        await OkAsync(await editor.Client.PostAsJsonAsync($"/api/v1/portal/content/{Id(item)}/translations/uk/publish", new { version = Version(item) }, Cancel));
        var afterPublishing = await reader.GetPageAsync($"/uk/portal/articles/{slug}");

        first.Headers.Age.ShouldBeNull("the first reader's page is rendered");
        second.Headers.Age.ShouldNotBeNull("the second reader's comes from memory");
        (await WebSession.PageOfAsync(second)).QuerySelector("article h1")!.TextContent.ShouldBe("Przewodnik");
        signedIn.QuerySelector("header a[href='account/login']").ShouldBeNull("a signed-in reader gets their own page, not the anonymous one");
        afterPublishing.QuerySelector("article h1")!.TextContent.ShouldBe("Путівник", "publishing evicts the cached page");
    }

    [Theory]
    [InlineData("xliff2")]
    [InlineData("xliff12")]
    public async Task ATranslationTool_GetsTheItemsAsXliff_AndItsTranslationComesBack_WithItsNotes_AndAnUnchangedFileChangesNothing(string format)
    {
        var factory = await FactoryAsync();
        using var editor = await factory.SignInAsync(Roles.ContentEditor);
        using var translator = await factory.SignInAsync(Roles.Translator);
        var slug = Slug("work-permit");
        var item = await CreateAsync(editor, slug, "Zezwolenie na pracę", "Wniosek składa **pracodawca** w [urzędzie](https://uw.gov.pl).\n\n- Umowa\n- Paszport\n");

        var exported = await ExportAsync(translator, "pl", "de", format, slug);
        var x = exported.Root!.Name.Namespace;
        Translate(exported, format, new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["title"] = "Arbeitserlaubnis", ["b2"] = "Vertrag", ["b3"] = "Reisepass",
        }, b1: ["Den Antrag stellt ", "der Arbeitgeber", " beim ", "Amt", "."]);
        // A translator's note on the title and an element of another vocabulary on the file, as tools add them.
        AddNote(exported, format, "title", "Amtlicher Begriff");
        exported.Root.Element(x + "file")!.Add(new XAttribute(XNamespace.Get("urn:example:tool") + "project", "P-17"));
        var imported = await ImportAsync(translator, exported);
        var afterImport = await OkAsync(await translator.Client.GetAsync($"/api/v1/portal/content/{Id(item)}", Cancel));
        var again = await ExportAsync(translator, "pl", "de", format, slug);
        var unchanged = await ImportAsync(translator, again);
        var afterUnchanged = await OkAsync(await translator.Client.GetAsync($"/api/v1/portal/content/{Id(item)}", Cancel));

        imported.Single().GetProperty("changed").GetBoolean().ShouldBeTrue();
        imported.Single().GetProperty("state").GetString().ShouldBe("Draft");
        var german = afterImport.GetProperty("texts").EnumerateArray().Single(t => t.GetProperty("language").GetString() == "de");
        german.GetProperty("title").GetString().ShouldBe("Arbeitserlaubnis");
        german.GetProperty("body").GetString().ShouldBe("Den Antrag stellt **der Arbeitgeber** beim [Amt](https://uw.gov.pl).\n\n- Vertrag\n- Reisepass\n");
        again.ToString().ShouldContain("Amtlicher Begriff");
        again.Root!.Element(x + "file")!.Attribute(XNamespace.Get("urn:example:tool") + "project")!.Value.ShouldBe("P-17");
        unchanged.Single().GetProperty("changed").GetBoolean().ShouldBeFalse();
        Version(afterUnchanged).ShouldBe(Version(afterImport), "a file imported unchanged changes nothing");
    }

    [Fact]
    public async Task AnXliffFile_ForAnotherVersionItemOrLanguage_IsRefusedWhole_WithEveryProblemNamed()
    {
        var factory = await FactoryAsync();
        using var editor = await factory.SignInAsync(Roles.ContentEditor);
        using var translator = await factory.SignInAsync(Roles.Translator);
        translator.Client.DefaultRequestHeaders.AcceptLanguage.ParseAdd("pl");
        var slug = Slug("health-card");
        var other = Slug("school-card");
        var item = await CreateAsync(editor, slug);
        var second = await CreateAsync(editor, other);
        var exported = await ExportAsync(translator, "pl", "uk", "xliff2", slug);
        var x = exported.Root!.Name.Namespace;
        Translate(exported, "xliff2", new Dictionary<string, string>(StringComparer.Ordinal) { ["title"] = "Страхування" }, b1: null);
        var secondFile = await ExportAsync(translator, "pl", "uk", "xliff2", other);
        Translate(secondFile, "xliff2", new Dictionary<string, string>(StringComparer.Ordinal) { ["title"] = "Школа", ["b1"] = "Страхування в NFZ." }, b1: null);
        exported.Root.Add(secondFile.Root!.Element(x + "file"));
        var unknown = new XElement(secondFile.Root.Element(x + "file")!);
        unknown.SetAttributeValue("id", "no-such-item");
        unknown.SetAttributeValue("original", "portal/content/" + Guid.NewGuid());
        var withUnknown = new XDocument(exported);
        withUnknown.Root!.Add(unknown);
        // The second item's source changes after the export: its file is for an older version.
        await OkAsync(await editor.Client.PutAsJsonAsync($"/api/v1/portal/content/{Id(second)}/source", new { version = Version(second), title = "Szkoła", body = "Zapisy do szkoły." }, Cancel));

        using var refused = await PostXliffAsync(translator, withUnknown);
        using var notXml = await translator.Client.PostAsync("/api/v1/portal/content/xliff/", new StringContent("<xliff", System.Text.Encoding.UTF8, "application/xliff+xml"), Cancel);
        using var plainText = await translator.Client.PostAsync("/api/v1/portal/content/xliff/", new StringContent(withUnknown.ToString(), System.Text.Encoding.UTF8, "text/plain"), Cancel);
        using var badQuery = await translator.Client.GetAsync("/api/v1/portal/content/xliff/?source=xx&target=uk&format=doc", Cancel);
        var after = await OkAsync(await translator.Client.GetAsync($"/api/v1/portal/content/{Id(item)}", Cancel));

        refused.StatusCode.ShouldBe(HttpStatusCode.UnprocessableEntity);
        var problems = (await refused.Content.ReadFromJsonAsync<JsonElement>(Cancel)).GetProperty("problems").EnumerateArray()
            .Select(p => (File: p.GetProperty("file").GetString(), Unit: p.TryGetProperty("unit", out var u) ? u.GetString() : null)).ToList();
        problems.ShouldContain((slug, "b1"));
        problems.ShouldContain((other, (string?)null));
        problems.ShouldContain(("no-such-item", (string?)null));
        notXml.StatusCode.ShouldBe(HttpStatusCode.UnprocessableEntity);
        plainText.StatusCode.ShouldBe(HttpStatusCode.UnsupportedMediaType);
        (await ErrorsAsync(badQuery)).Keys.Order(StringComparer.Ordinal).ShouldBe(["format", "source"]);
        (await ErrorsAsync(badQuery))["source"].ShouldBe(["Wybierz jeden z języków portalu."]);
        State(after, "uk").ShouldBe("Missing", "nothing of a refused file is written");
        Version(after).ShouldBe(Version(item));
    }

    [Fact]
    public async Task OnThePage_ATranslatorUploadsAFile_AndSeesWhatWasSavedOrWhyNothingWas()
    {
        var factory = await FactoryAsync();
        using var editor = await factory.SignInAsync(Roles.ContentEditor);
        using var translator = await factory.SignInAsync(Roles.Translator);
        var slug = Slug("pesel-page");
        await CreateAsync(editor, slug);
        var exported = await ExportAsync(translator, "pl", "it", "xliff12", slug);
        var broken = new XDocument(exported);
        Translate(broken, "xliff12", new Dictionary<string, string>(StringComparer.Ordinal) { ["title"] = "Assicurazione" }, b1: null);
        Translate(exported, "xliff12", new Dictionary<string, string>(StringComparer.Ordinal) { ["title"] = "Assicurazione", ["b1"] = "Assicurazione presso l'NFZ." }, b1: null);

        var refused = await WebSession.PageOfAsync(await UploadAsync(translator, broken));
        var saved = await WebSession.PageOfAsync(await UploadAsync(translator, exported));
        var stale = await WebSession.PageOfAsync(await UploadAsync(translator, broken));
        var page = await translator.GetPageAsync("/en/portal/content/exchange");

        saved.QuerySelector("#imported-items a")!.TextContent.ShouldBe(slug);
        refused.QuerySelectorAll("#import-problems tbody tr").Length.ShouldBe(1, "the paragraph has no translation");
        refused.QuerySelector("#import-problems tbody td:nth-child(2)")!.TextContent.ShouldBe("b1");
        stale.QuerySelector("#import-problems tbody td:last-child")!.TextContent.ShouldContain("translation changed since this file was exported");
        page.QuerySelector("#export-form")!.GetAttribute("action").ShouldBe("api/v1/portal/content/xliff");
    }

    private static async Task<HttpResponseMessage> UploadAsync(WebSession session, XDocument file)
    {
        var fields = WebSession.HiddenFields(await session.GetPageAsync("/en/portal/content/exchange"), "xliff-import");
        var form = new MultipartFormDataContent();
        foreach (var (name, value) in fields)
        {
            form.Add(new StringContent(value), name);
        }

        form.Add(new ByteArrayContent(System.Text.Encoding.UTF8.GetBytes(file.ToString())), "Upload", "pathway.xlf");
        return await session.Client.PostAsync("/en/portal/content/exchange", form, Cancel);
    }

    /// <summary>The export of <paramref name="source"/> → <paramref name="target"/>, with only the file of the item <paramref name="slug"/> (the class's database is shared).</summary>
    private static async Task<XDocument> ExportAsync(WebSession session, string source, string target, string format, string slug)
    {
        using var response = await session.Client.GetAsync($"/api/v1/portal/content/xliff/?source={source}&target={target}&format={format}", Cancel);
        response.StatusCode.ShouldBe(HttpStatusCode.OK, await response.Content.ReadAsStringAsync(Cancel));
        response.Content.Headers.ContentType!.MediaType.ShouldBe("application/xliff+xml");
        var document = XDocument.Parse(await response.Content.ReadAsStringAsync(Cancel), LoadOptions.PreserveWhitespace);
        var x = document.Root!.Name.Namespace;
        document.Root.Elements(x + "file").Where(f => FileId(f) != slug).Remove();
        document.Root.Elements(x + "file").Count().ShouldBe(1);
        return document;
    }

    private static string? FileId(XElement file) => (string?)file.Attribute("id") ?? (string?)file.Attribute(XNamespace.Get("urn:pathway:portal:exchange") + "id");

    /// <summary>Fills targets as a translator's tool does: plain text per unit, and for b1 text around the source's two codes.</summary>
    private static void Translate(XDocument document, string format, Dictionary<string, string> plain, string[]? b1)
    {
        var x = document.Root!.Name.Namespace;
        var units = format == "xliff2" ? document.Descendants(x + "unit") : document.Descendants(x + "trans-unit");
        foreach (var unit in units)
        {
            var id = (string)unit.Attribute("id")!;
            object[]? content = plain.TryGetValue(id, out var text) ? [text] : null;
            if (id == "b1" && b1 is not null)
            {
                var source = format == "xliff2" ? unit.Element(x + "segment")!.Element(x + "source")! : unit.Element(x + "source")!;
                var codes = source.Elements().ToList();
                content = format == "xliff2"
                    ? [b1[0], new XElement(codes[0].Name, codes[0].Attributes(), b1[1]), b1[2], new XElement(codes[1].Name, codes[1].Attributes(), b1[3]), b1[4]]
                    : [b1[0], new XElement(codes[0]), b1[1], new XElement(codes[1]), b1[2], new XElement(codes[2]), b1[3], new XElement(codes[3]), b1[4]];
            }

            if (content is null)
            {
                continue;
            }

            if (format == "xliff2")
            {
                var segment = unit.Element(x + "segment")!;
                segment.Elements(x + "target").Remove();
                segment.SetAttributeValue("state", "translated");
                segment.Add(new XElement(x + "target", content));
            }
            else
            {
                unit.Elements(x + "target").Remove();
                unit.Element(x + "source")!.AddAfterSelf(new XElement(x + "target", new XAttribute("state", "translated"), content));
            }
        }
    }

    private static void AddNote(XDocument document, string format, string unitId, string text)
    {
        var x = document.Root!.Name.Namespace;
        if (format == "xliff2")
        {
            var unit = document.Descendants(x + "unit").Single(u => (string?)u.Attribute("id") == unitId);
            unit.AddFirst(new XElement(x + "notes", new XElement(x + "note", new XAttribute("category", "translator"), text)));
        }
        else
        {
            document.Descendants(x + "trans-unit").Single(u => (string?)u.Attribute("id") == unitId).Add(new XElement(x + "note", new XAttribute("from", "translator"), text));
        }
    }

    private static Task<HttpResponseMessage> PostXliffAsync(WebSession session, XDocument document) =>
        session.Client.PostAsync("/api/v1/portal/content/xliff/", new StringContent(document.ToString(SaveOptions.DisableFormatting), System.Text.Encoding.UTF8, "application/xliff+xml"), Cancel);

    private static async Task<List<JsonElement>> ImportAsync(WebSession session, XDocument document)
    {
        using var response = await PostXliffAsync(session, document);
        response.StatusCode.ShouldBe(HttpStatusCode.OK, await response.Content.ReadAsStringAsync(Cancel));
        return [.. (await response.Content.ReadFromJsonAsync<JsonElement>(Cancel)).EnumerateArray()];
    }

    private static string Slug(string stem) => stem + "-" + Guid.NewGuid().ToString("N")[..8];

    private static async Task<JsonElement> CreateAsync(WebSession editor, string slug, string title = "Ubezpieczenie", string body = "Ubezpieczenie w **NFZ**.")
    {
        using var response = await editor.Client.PostAsJsonAsync("/api/v1/portal/content/",
            new { kind = "Article", slug, sourceLanguage = "pl", title, body }, Cancel);
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
