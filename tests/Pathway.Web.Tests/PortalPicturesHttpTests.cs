using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using Pathway.Platform.Identity;
using Pathway.Testing;
using SkiaSharp;
using static Pathway.Web.Tests.PortalApi;
using static Pathway.Web.Tests.ProblemDetails;

namespace Pathway.Web.Tests;

/// <summary>
/// Pictures that explain documents on SQLite and PostgreSQL: the demo residence card with its six
/// numbered parts explained in Ukrainian, on the page and over the API; an editor's upload judged
/// by its content and written anew without its metadata, spots placed by a click on the picture and
/// over the API, refusals in Polish, and an unpublished document's picture kept from the public.
/// </summary>
public abstract class PortalPicturesHttpTests
{
    protected abstract Task<PathwayFactory> FactoryAsync();

    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    /// <summary>A JPEG of <paramref name="width"/> by <paramref name="height"/>, with a comment segment standing for what a camera leaves in a file.</summary>
    private static byte[] Photo(int width, int height, string comment)
    {
        using var bitmap = new SKBitmap(width, height);
        using (var canvas = new SKCanvas(bitmap))
        {
            canvas.Clear(SKColors.CornflowerBlue);
        }

        using var image = SKImage.FromBitmap(bitmap);
        using var data = image.Encode(SKEncodedImageFormat.Jpeg, 90);
        var jpeg = data.ToArray();
        var text = Encoding.ASCII.GetBytes(comment);
        return [.. jpeg.Take(2), 0xFF, 0xFE, (byte)((text.Length + 2) >> 8), (byte)(text.Length + 2), .. text, .. jpeg.Skip(2)];
    }

    private static string At(int version) => "?version=" + version.ToString(System.Globalization.CultureInfo.InvariantCulture);

    private static ByteArrayContent Body(byte[] bytes, string type)
    {
        var content = new ByteArrayContent(bytes);
        content.Headers.ContentType = new MediaTypeHeaderValue(type);
        return content;
    }

    [Fact]
    public async Task TheDemoResidenceCard_ExplainsItsNumberedParts_InTheReadersLanguage()
    {
        var factory = await FactoryAsync();
        var reader = factory.Session();

        var picture = await OkAsync(await reader.Client.GetAsync("/api/v1/portal/documents/residence-card/picture?lang=uk", Cancel));
        var image = picture.GetProperty("image").GetString()!;
        using var bytes = await reader.Client.GetAsync("/" + image, Cancel);
        using var wrongHash = await reader.Client.GetAsync("/" + image.Replace(image[^9..^5], "0000", StringComparison.Ordinal), Cancel);
        var page = await reader.GetPageAsync("/uk/portal/articles/residence-card");
        var german = await reader.GetPageAsync("/de/portal/articles/residence-card");

        var spots = picture.GetProperty("spots").EnumerateArray().ToList();
        spots.Count.ShouldBe(6);
        spots[0].GetProperty("explanation").GetString().ShouldBe("Фото власника карти.");
        spots[5].GetProperty("x").GetDouble().ShouldBe(83);
        picture.GetProperty("width").GetInt32().ShouldBe(1000);
        bytes.StatusCode.ShouldBe(HttpStatusCode.OK);
        bytes.Content.Headers.ContentType!.MediaType.ShouldBe("image/webp");
        bytes.Headers.CacheControl!.Public.ShouldBeTrue();
        bytes.Headers.CacheControl.MaxAge.ShouldBe(TimeSpan.FromDays(365));
        Encoding.ASCII.GetString((await bytes.Content.ReadAsByteArrayAsync(Cancel))[8..12]).ShouldBe("WEBP");
        wrongHash.StatusCode.ShouldBe(HttpStatusCode.NotFound);

        var markers = page.QuerySelectorAll("svg.document-picture a.spot");
        markers.Length.ShouldBe(6);
        markers[1].QuerySelector("title")!.TextContent.ShouldBe("2: Прізвище та імена, записані так, як у паспорті.");
        markers[1].GetAttribute("href").ShouldBe("portal/articles/residence-card#spot-2");
        page.QuerySelector("li#spot-2")!.TextContent.ShouldBe("Прізвище та імена, записані так, як у паспорті.");
        page.QuerySelector("svg.document-picture image")!.GetAttribute("href").ShouldBe(image);
        page.QuerySelector("#picture-caption")!.GetAttribute("lang").ShouldBe("uk");
        // No German text: the English one, with its explanations, and the caption in German.
        german.QuerySelector("svg.document-picture")!.GetAttribute("lang").ShouldBe("en");
        german.QuerySelectorAll("svg.document-picture a.spot title")[0].TextContent.ShouldBe("1: The holder's photo.");
        german.QuerySelector("#picture-caption")!.GetAttribute("lang").ShouldBe("de");
    }

    [Fact]
    public async Task AnEditorsPicture_IsJudgedByContent_WrittenAnew_AndItsSpotsPlaced()
    {
        var factory = await FactoryAsync();
        using var editor = await factory.SignInAsync(Roles.ContentEditor);
        editor.Client.DefaultRequestHeaders.AcceptLanguage.ParseAdd("pl");
        var suffix = Guid.NewGuid().ToString("N")[..8];
        var created = await OkAsync(await editor.Client.PostAsJsonAsync("/api/v1/portal/content/", new
        {
            kind = "Document", slug = "test-decision-" + suffix, sourceLanguage = "pl", title = "Decyzja",
            body = "Decyzja o zezwoleniu.\n\n1. Numer sprawy.\n2. Podpis.\n",
        }, Cancel), HttpStatusCode.Created);
        var id = Id(created);
        var article = await PublishAsync(editor, "Article", "test-article-" + suffix, "Artykuł", "Tekst.");
        var url = $"/api/v1/portal/content/{id}/picture";

        using var notAPicture = await editor.Client.PutAsync($"{url}{At(Version(created))}", Body("%PDF-1.7\n%%EOF\n"u8.ToArray(), "image/png"), Cancel);
        using var noVersion = await editor.Client.PutAsync(url + "?version=abc", Body(Photo(400, 300, "x"), "image/jpeg"), Cancel);
        using var onAnArticle = await editor.Client.PutAsync($"/api/v1/portal/content/{Id(article)}/picture{At(Version(article))}", Body(Photo(400, 300, "x"), "image/jpeg"), Cancel);
        using var spotsFirst = await editor.Client.PutAsJsonAsync(url + "/spots", new { version = Version(created), spots = new[] { new { x = 10, y = 10 } } }, Cancel);
        var uploaded = await OkAsync(await editor.Client.PutAsync($"{url}{At(Version(created))}", Body(Photo(2400, 1800, "GPS 52.2297N secret-device"), "image/jpeg"), Cancel));
        var info = await OkAsync(await editor.Client.GetAsync(url, Cancel));
        var image = info.GetProperty("image").GetString()!;
        using var forEditor = await editor.Client.GetAsync("/" + image, Cancel);
        using var forPublic = await factory.Session().Client.GetAsync("/" + image, Cancel);

        (await ErrorsAsync(notAPicture))["picture"].ShouldBe(["Obraz musi być w formacie JPEG lub PNG; sądząc po zawartości, ten plik nie jest ani jednym, ani drugim."]);
        (await ErrorsAsync(noVersion)).Keys.ShouldBe(["version"]);
        (await ErrorsAsync(onAnArticle)).Keys.ShouldBe(["kind"]);
        (await ErrorsAsync(spotsFirst)).Keys.ShouldBe(["picture"]);
        Version(uploaded).ShouldBe(Version(created) + 1);
        info.GetProperty("width").GetInt32().ShouldBe(1200);
        info.GetProperty("height").GetInt32().ShouldBe(900);
        forEditor.StatusCode.ShouldBe(HttpStatusCode.OK);
        forEditor.Headers.CacheControl!.Private.ShouldBeTrue("the document is not published");
        Encoding.ASCII.GetString(await forEditor.Content.ReadAsByteArrayAsync(Cancel)).ShouldNotContain("secret-device");
        forPublic.StatusCode.ShouldBe(HttpStatusCode.NotFound);

        // Spots over the API: one outside the picture is named; three are saved, and the text explains two.
        using var outside = await editor.Client.PutAsJsonAsync(url + "/spots", new { version = Version(uploaded), spots = new object[] { new { x = 50, y = 50 }, new { x = 120, y = 10 } } }, Cancel);
        var placed = await OkAsync(await editor.Client.PutAsJsonAsync(url + "/spots",
            new { version = Version(uploaded), spots = new[] { new { x = 10.5, y = 20.0 }, new { x = 50.0, y = 50.0 }, new { x = 90.0, y = 80.0 } } }, Cancel));
        var withSpots = await OkAsync(await editor.Client.GetAsync(url, Cancel));
        using var stale = await editor.Client.PutAsJsonAsync(url + "/spots", new { version = Version(uploaded), spots = Array.Empty<object>() }, Cancel);

        var problems = await ErrorsAsync(outside);
        problems.Keys.ShouldBe(["spots[1]"]);
        problems["spots[1]"][0].ShouldStartWith("Punkt 2");
        withSpots.GetProperty("spots").EnumerateArray().Select(s => (s.GetProperty("x").GetDouble(), s.GetProperty("y").GetDouble())).ShouldBe([(10.5, 20.0), (50.0, 50.0), (90.0, 80.0)]);
        var mismatch = withSpots.GetProperty("mismatches").EnumerateArray().ShouldHaveSingleItem();
        (mismatch.GetProperty("language").GetString(), mismatch.GetProperty("explained").GetInt32(), mismatch.GetProperty("spots").GetInt32()).ShouldBe(("pl", 2, 3));
        stale.StatusCode.ShouldBe(HttpStatusCode.Conflict);

        // On the item's page: a click on the picture at (600, 450) of its 1200 by 900 pixels adds spot 4 in the middle.
        var itemPage = $"/pl/portal/content/{id}";
        var before = await editor.GetPageAsync(itemPage);
        using var clicked = await editor.PostFormAsync(itemPage, "picture-place", new Dictionary<string, string> { ["At.x"] = "600", ["At.y"] = "450" });
        var afterClick = await OkAsync(await editor.Client.GetAsync(url, Cancel));
        before.QuerySelector("#spot-mismatches")!.TextContent.ShouldContain("2");
        before.QuerySelector("input#picture-place")!.GetAttribute("width").ShouldBe("1200");
        before.QuerySelectorAll(".picture-spots .spot").Length.ShouldBe(3);
        clicked.StatusCode.ShouldBe(HttpStatusCode.OK);
        var fourth = afterClick.GetProperty("spots")[3];
        (fourth.GetProperty("number").GetInt32(), fourth.GetProperty("x").GetDouble(), fourth.GetProperty("y").GetDouble()).ShouldBe((4, 50.0, 50.0));

        // Published, the picture is everyone's; removed, it is gone with its spots.
        var now = await OkAsync(await editor.Client.GetAsync($"/api/v1/portal/content/{id}", Cancel));
        var published = await OkAsync(await editor.Client.PostAsJsonAsync($"/api/v1/portal/content/{id}/translations/pl/publish", new { version = Version(now) }, Cancel));
        using var publicNow = await factory.Session().Client.GetAsync("/" + image, Cancel);
        var removed = await OkAsync(await editor.Client.DeleteAsync($"{url}{At(Version(published))}", Cancel));
        using var afterRemoval = await editor.Client.GetAsync(url, Cancel);
        using var removedAgain = await editor.Client.DeleteAsync($"{url}{At(Version(removed))}", Cancel);

        publicNow.StatusCode.ShouldBe(HttpStatusCode.OK);
        publicNow.Headers.CacheControl!.Public.ShouldBeTrue();
        afterRemoval.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await ErrorsAsync(removedAgain)).Keys.ShouldBe(["picture"]);
    }
}

public sealed class SqlitePortalPicturesHttpTests(SqliteFactoryFixture fixture) : PortalPicturesHttpTests, IClassFixture<SqliteFactoryFixture>
{
    protected override Task<PathwayFactory> FactoryAsync() => Task.FromResult(fixture.Factory);
}

public sealed class PostgresPortalPicturesHttpTests(PostgresServer server, PostgresFactoryFixture fixture) : PortalPicturesHttpTests, IClassFixture<PostgresFactoryFixture>
{
    protected override Task<PathwayFactory> FactoryAsync() => fixture.GetAsync(server);
}
