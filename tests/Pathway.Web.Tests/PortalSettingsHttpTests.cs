using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Pathway.Platform.Identity;
using Pathway.Testing;
using SkiaSharp;
using static Pathway.Web.Tests.PortalApi;
using static Pathway.Web.Tests.ProblemDetails;

namespace Pathway.Web.Tests;

/// <summary>
/// An office's portal settings on SQLite and PostgreSQL: an editor renames and recolours the portal
/// and every reader sees it on the next page (the cached page evicted, the style sheet at a new
/// address); a change is refused field by field in the editor's language and on a stale version;
/// features switched off answer 404 and lose their links, and come back when switched on; a logo
/// judged by its content, served at its own address, removed.
/// </summary>
public abstract class PortalSettingsHttpTests
{
    protected abstract Task<PathwayFactory> FactoryAsync();

    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    private static Task<HttpResponseMessage> SaveAsync(WebSession editor, object change) =>
        editor.Client.PutAsJsonAsync("/api/v1/portal/settings/", change, Cancel);

    private static async Task<int> CurrentVersionAsync(WebSession session) =>
        Version(await OkAsync(await session.Client.GetAsync("/api/v1/portal/settings/", Cancel)));

    private static string At(int version) => "?version=" + version.ToString(System.Globalization.CultureInfo.InvariantCulture);

    private static byte[] Png(int width, int height)
    {
        using var bitmap = new SKBitmap(width, height);
        using (var canvas = new SKCanvas(bitmap))
        {
            canvas.Clear(SKColors.Transparent);
            using var paint = new SKPaint { Color = SKColors.DarkRed };
            canvas.DrawCircle(width / 2f, height / 2f, height / 3f, paint);
        }

        using var image = SKImage.FromBitmap(bitmap);
        using var data = image.Encode(SKEncodedImageFormat.Png, 100);
        return data.ToArray();
    }

    private static ByteArrayContent Body(byte[] bytes, string type)
    {
        var content = new ByteArrayContent(bytes);
        content.Headers.ContentType = new MediaTypeHeaderValue(type);
        return content;
    }

    [Fact]
    public async Task AnEditor_RenamesAndRecoloursThePortal_AndTheNextPageAnyoneOpensShowsIt()
    {
        var factory = await FactoryAsync();
        using var editor = await factory.SignInAsync(Roles.ContentEditor);
        var reader = factory.Session();
        var before = await reader.GetPageAsync("/uk/portal/articles"); // now cached for every reader
        var settings = await OkAsync(await reader.Client.GetAsync("/api/v1/portal/settings/", Cancel));
        var version = Version(settings);

        var saved = await OkAsync(await SaveAsync(editor, new { displayName = "  Mazowsze dla cudzoziemców ", brandColour = "#8A1C1C", switchedOff = Array.Empty<string>(), version }));
        var after = await reader.GetPageAsync("/uk/portal/articles");
        var sheetHref = after.QuerySelector("link[href^='branding.css']")!.GetAttribute("href")!;
        using var sheet = await reader.Client.GetAsync("/" + sheetHref, Cancel);
        var css = await sheet.Content.ReadAsStringAsync(Cancel);
        var staffPage = await editor.GetPageAsync("/uk/staff");

        before.QuerySelector("header .brand")!.TextContent.Trim().ShouldNotBe("Mazowsze dla cudzoziemców");
        settings.GetProperty("features").EnumerateArray().Select(f => f.GetProperty("name").GetString()).ShouldContain("portal.events");
        saved.GetProperty("displayName").GetString().ShouldBe("Mazowsze dla cudzoziemców");
        saved.GetProperty("brandColour").GetString().ShouldBe("#8a1c1c");
        Version(saved).ShouldBe(version + 1);
        after.QuerySelector("header .brand")!.TextContent.Trim().ShouldBe("Mazowsze dla cudzoziemców");
        after.Title.ShouldEndWith("· Mazowsze dla cudzoziemców");
        staffPage.QuerySelector("header .brand")!.TextContent.ShouldStartWith("Mazowsze dla cudzoziemców");
        staffPage.Title.ShouldEndWith("· Mazowsze dla cudzoziemców");
        sheetHref.ShouldBe("branding.css?v=" + (version + 1).ToString(System.Globalization.CultureInfo.InvariantCulture));
        css.ShouldContain("--brand: #8a1c1c;");
        css.ShouldContain("--brand-dark: #611414;"); // 30 % of the way to black
        sheet.Headers.CacheControl!.ToString().ShouldContain("immutable");
    }

    [Fact]
    public async Task AChange_IsRefusedFieldByField_InTheEditorsLanguage_OrWhenSomeoneSavedMeanwhile_AndNothingOfItIsKept()
    {
        var factory = await FactoryAsync();
        using var editor = await factory.SignInAsync(Roles.ContentEditor);
        editor.Client.DefaultRequestHeaders.AcceptLanguage.ParseAdd("pl");
        var version = await CurrentVersionAsync(editor);

        var errors = await ErrorsAsync(await SaveAsync(editor, new { displayName = new string('x', 61), brandColour = "#ffff00", switchedOff = new[] { "portal.weather" } }));
        var notAColour = await ErrorsAsync(await SaveAsync(editor, new { brandColour = "red;}body{display:none", version }));
        using var stale = await SaveAsync(editor, new { brandColour = "#123456", version = version + 7 });
        var staleTitle = await TitleAsync(stale, HttpStatusCode.Conflict);
        var unchanged = await OkAsync(await editor.Client.GetAsync("/api/v1/portal/settings/", Cancel));

        errors.Keys.ShouldBe(["displayName", "brandColour", "switchedOff", "version"], ignoreOrder: true);
        errors["displayName"][0].ShouldContain("61");
        errors["brandColour"][0].ShouldContain("#ffff00");
        errors["brandColour"][0].ShouldContain("1,0:1"); // yellow on white: the Polish decimal comma
        errors["switchedOff"][0].ShouldContain("portal.weather");
        errors["version"][0].ShouldNotContain("Give the version");
        notAColour.Keys.ShouldBe(["brandColour"]);
        staleTitle.ShouldNotBeNullOrWhiteSpace();
        staleTitle.ShouldNotContain("Someone changed");
        Version(unchanged).ShouldBe(version);
        unchanged.GetProperty("brandColour").GetString().ShouldNotBe("#123456");
    }

    [Fact]
    public async Task FeaturesSwitchedOff_AreNotThere_ByLinkOrByAddress_AndComeBackWhenSwitchedOn()
    {
        var factory = await FactoryAsync();
        using var editor = await factory.SignInAsync(Roles.ContentEditor);
        var reader = factory.Session();
        var version = Version(await OkAsync(await SaveAsync(editor, new { brandColour = "#1d4f91", switchedOff = Array.Empty<string>(), version = await CurrentVersionAsync(editor) })));
        (await reader.GetPageAsync("/uk/portal/events")).QuerySelector("h1").ShouldNotBeNull(); // cached while on

        await OkAsync(await SaveAsync(editor, new { brandColour = "#1d4f91", switchedOff = new[] { "portal.events", "portal.assistant" }, version }));
        using var eventsPage = await reader.Client.GetAsync("/uk/portal/events", Cancel);
        using var calendar = await reader.Client.GetAsync("/events.ics", Cancel);
        using var eventsApi = await reader.Client.GetAsync("/api/v1/portal/events/", Cancel);
        using var assistantPage = await reader.Client.GetAsync("/uk/portal/assistant", Cancel);
        using var question = await reader.Client.PostAsJsonAsync("/api/v1/portal/assistant/questions", new { question = "PESEL", lang = "uk" }, Cancel);
        var guides = await reader.GetPageAsync("/uk/portal/articles");
        var search = await reader.GetPageAsync("/uk/portal/search?q=zzzz");
        var links = guides.QuerySelectorAll("nav.portal-links a").Select(a => a.GetAttribute("href")).ToList();
        var features = (await OkAsync(await reader.Client.GetAsync("/api/v1/portal/settings/", Cancel))).GetProperty("features").EnumerateArray()
            .ToDictionary(f => f.GetProperty("name").GetString()!, f => f.GetProperty("on").GetBoolean());

        await OkAsync(await SaveAsync(editor, new { brandColour = "#1d4f91", switchedOff = Array.Empty<string>(), version = version + 1 }));
        using var eventsAgain = await reader.Client.GetAsync("/uk/portal/events", Cancel);
        var linksAgain = (await reader.GetPageAsync("/uk/portal/articles")).QuerySelectorAll("nav.portal-links a").Select(a => a.GetAttribute("href")).ToList();

        eventsPage.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        calendar.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        eventsApi.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        assistantPage.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        question.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        links.ShouldBe(["portal/articles", "portal/services", "portal/glossary", "open-data"]);
        search.QuerySelector("#ask-instead").ShouldBeNull();
        features["portal.events"].ShouldBeFalse();
        features["portal.assistant"].ShouldBeFalse();
        features["portal.services"].ShouldBeTrue();
        eventsAgain.StatusCode.ShouldBe(HttpStatusCode.OK);
        linksAgain.ShouldBe(["portal/articles", "portal/events", "portal/services", "portal/glossary", "portal/assistant", "open-data"]);
    }

    [Fact]
    public async Task ALogo_IsJudgedByItsContent_ServedAtItsOwnAddress_AndRemoved()
    {
        var factory = await FactoryAsync();
        using var editor = await factory.SignInAsync(Roles.ContentEditor);
        editor.Client.DefaultRequestHeaders.AcceptLanguage.ParseAdd("uk");
        var reader = factory.Session();
        var version = await CurrentVersionAsync(editor);

        var notAPicture = await ErrorsAsync(await editor.Client.PutAsync("/api/v1/portal/settings/logo" + At(version), Body("%PDF-1.7\n%%EOF\n"u8.ToArray(), "image/png"), Cancel));
        var set = await OkAsync(await editor.Client.PutAsync("/api/v1/portal/settings/logo" + At(version), Body(Png(640, 160), "image/png"), Cancel));
        var logoUrl = set.GetProperty("logoUrl").GetString()!;
        using var logo = await reader.Client.GetAsync(logoUrl, Cancel);
        var logoBytes = await logo.Content.ReadAsByteArrayAsync(Cancel);
        var header = (await reader.GetPageAsync("/ar/portal/articles")).QuerySelector("header .brand img.logo");
        var removed = await OkAsync(await editor.Client.DeleteAsync("/api/v1/portal/settings/logo" + At(Version(set)), Cancel));
        using var gone = await reader.Client.GetAsync(logoUrl, Cancel);
        var headerAfter = (await reader.GetPageAsync("/ar/portal/articles")).QuerySelector("header .brand img.logo");

        notAPicture.Keys.ShouldBe(["logo"]);
        notAPicture["logo"][0].ShouldNotContain("A picture is"); // in Ukrainian
        logo.StatusCode.ShouldBe(HttpStatusCode.OK);
        logo.Content.Headers.ContentType!.MediaType.ShouldBe("image/webp");
        logo.Headers.CacheControl!.ToString().ShouldContain("immutable");
        using (var decoded = SKBitmap.Decode(logoBytes))
        {
            (decoded.Width, decoded.Height).ShouldBe((320, 80)); // made to fit 320 pixels, its shape kept
        }

        header.ShouldNotBeNull();
        header.GetAttribute("src").ShouldBe(logoUrl.TrimStart('/'));
        header.GetAttribute("alt").ShouldBe(""); // the name beside it says it
        removed.GetProperty("logoUrl").ValueKind.ShouldBe(JsonValueKind.Null);
        gone.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        headerAfter.ShouldBeNull();
    }

    [Fact]
    public async Task Organisations_AreAddedAndRenamed_EachNameOnceInTheOffice_AndTheSettingsPageListsThem()
    {
        var factory = await FactoryAsync();
        using var editor = await factory.SignInAsync(Roles.ContentEditor);
        editor.Client.DefaultRequestHeaders.AcceptLanguage.ParseAdd("uk");
        const string Url = "/api/v1/portal/settings/organisations/";
        var name = "Fundacja Pomocy " + Guid.NewGuid().ToString("N")[..6];

        var before = await OkAsync(await editor.Client.GetAsync(Url, Cancel));
        var added = await OkAsync(await editor.Client.PostAsJsonAsync(Url, new { name = "  " + name + " ", kind = "PartnerNgo" }, Cancel), HttpStatusCode.Created);
        var twice = await ErrorsAsync(await editor.Client.PostAsJsonAsync(Url, new { name = name.ToUpperInvariant(), kind = "PartnerNgo" }, Cancel));
        var wrong = await ErrorsAsync(await editor.Client.PostAsJsonAsync(Url, new { name = "", kind = "Embassy" }, Cancel));
        var renamed = await OkAsync(await editor.Client.PutAsJsonAsync(Url + Id(added), new { name = name + " (Praga)" }, Cancel));
        var takenName = before.EnumerateArray().First().GetProperty("name").GetString();
        var clash = await ErrorsAsync(await editor.Client.PutAsJsonAsync(Url + Id(added), new { name = takenName }, Cancel));
        using var unknown = await editor.Client.PutAsJsonAsync(Url + Guid.NewGuid(), new { name = "X" }, Cancel);
        var busiest = before.EnumerateArray().MaxBy(o => o.GetProperty("accounts").GetInt32());
        var kept = await OkAsync(await editor.Client.PutAsJsonAsync(Url + Id(busiest), new { name = busiest.GetProperty("name").GetString() }, Cancel));
        var page = await editor.GetPageAsync("/uk/portal/settings");
        using var translator = await factory.SignInAsync(Roles.Translator);
        using var refused = await translator.Client.PostAsJsonAsync(Url, new { name = "Nope", kind = "PartnerNgo" }, Cancel);

        before.EnumerateArray().Select(o => o.GetProperty("kind").GetString()).ShouldContain("OfficeUnit");
        added.GetProperty("name").GetString().ShouldBe(name);
        added.GetProperty("kind").GetString().ShouldBe("PartnerNgo");
        twice.Keys.ShouldBe(["name"]);
        wrong.Keys.ShouldBe(["kind", "name"], ignoreOrder: true);
        wrong["kind"][0].ShouldNotContain("An organisation is"); // in Ukrainian
        renamed.GetProperty("name").GetString().ShouldBe(name + " (Praga)");
        clash.Keys.ShouldBe(["name"]);
        unknown.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        kept.GetProperty("accounts").GetInt32().ShouldBe(busiest.GetProperty("accounts").GetInt32());
        kept.GetProperty("accounts").GetInt32().ShouldBeGreaterThan(0);
        page.QuerySelector($"#organisation-{Id(added)}-name")!.GetAttribute("value").ShouldBe(name + " (Praga)");
        refused.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task TheSettingsPage_SavesTheFormWithoutScript_AndShowsItsErrorsOnThePage()
    {
        var factory = await FactoryAsync();
        using var editor = await factory.SignInAsync(Roles.Admin);
        var page = await editor.GetPageAsync("/pl/portal/settings");
        var fields = WebSession.HiddenFields(page, "portal-settings");
        fields.AddRange([new("DisplayName", "Punkt informacyjny"), new("BrandColour", "#eeeeee"), new("On", "portal.events")]);
        using var refused = await editor.Client.PostAsync("/pl/portal/settings", new FormUrlEncodedContent(fields), Cancel);
        var refusedPage = await WebSession.PageOfAsync(refused);

        var fresh = WebSession.HiddenFields(await editor.GetPageAsync("/pl/portal/settings"), "portal-settings");
        fresh.AddRange([new("DisplayName", "Punkt informacyjny"), new("BrandColour", "#0b5d3b"), new("On", "portal.events"), new("On", "portal.services")]);
        using var saved = await editor.Client.PostAsync("/pl/portal/settings", new FormUrlEncodedContent(fresh), Cancel);
        var savedPage = await WebSession.PageOfAsync(saved);
        var settings = await OkAsync(await editor.Client.GetAsync("/api/v1/portal/settings/", Cancel));

        refused.StatusCode.ShouldBe(HttpStatusCode.OK);
        refusedPage.QuerySelector("#brand-colour-error")!.TextContent.ShouldContain("#eeeeee");
        refusedPage.QuerySelector("#display-name")!.GetAttribute("value").ShouldBe("Punkt informacyjny"); // what was typed stays
        refusedPage.QuerySelector("#feature-portal-glossary")!.HasAttribute("checked").ShouldBeFalse();
        saved.RequestMessage!.RequestUri!.PathAndQuery.ShouldBe("/pl/portal/settings?done=1");
        savedPage.QuerySelector("#change-recorded").ShouldNotBeNull();
        savedPage.QuerySelector("#last-changed").ShouldNotBeNull();
        savedPage.QuerySelector("#feature-portal-services")!.HasAttribute("checked").ShouldBeTrue();
        savedPage.QuerySelector("#feature-portal-wallet")!.HasAttribute("checked").ShouldBeFalse();
        settings.GetProperty("features").EnumerateArray().Where(f => f.GetProperty("on").GetBoolean()).Select(f => f.GetProperty("name").GetString())
            .ShouldBe(["portal.events", "portal.services"], ignoreOrder: true);
        settings.GetProperty("brandColour").GetString().ShouldBe("#0b5d3b");
    }
}

public sealed class SqlitePortalSettingsHttpTests(SqliteFactoryFixture fixture) : PortalSettingsHttpTests, IClassFixture<SqliteFactoryFixture>
{
    protected override Task<PathwayFactory> FactoryAsync() => Task.FromResult(fixture.Factory);
}

public sealed class PostgresPortalSettingsHttpTests(PostgresServer server, PostgresFactoryFixture fixture) : PortalSettingsHttpTests, IClassFixture<PostgresFactoryFixture>
{
    protected override Task<PathwayFactory> FactoryAsync() => fixture.GetAsync(server);
}
