using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Pathway.Cases.Portal;
using Pathway.Platform.Audit;
using Pathway.Platform.Identity;
using Pathway.Testing;
using static Pathway.Web.Tests.ProblemDetails;

namespace Pathway.Web.Tests;

/// <summary>
/// The migrant sends documents with a message (a reply to a request for evidence is mostly documents),
/// over the API and on their case's page; the office reads them. On SQLite and PostgreSQL.
/// </summary>
public abstract class MessageFilesHttpTests
{
    protected abstract Task<PathwayFactory> FactoryAsync();

    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public async Task DocumentsSentWithAMessage_AreListed_AndTheOfficeReadsThemWhole()
    {
        var factory = await FactoryAsync();
        using var officer = await factory.SignInAsync(Roles.CaseOfficer);
        using var migrant = await MyCasesHttpTests.MigrantSessionAsync(factory);
        var number = Uri.EscapeDataString(await MyCasesHttpTests.CaseOfAsync(factory, officer, await MyCasesHttpTests.MigrantAsync(factory)));

        using var sent = await SendAsync(migrant, $"/api/v1/my/cases/{number}/messages", "The contract and my photograph.",
            ("contract.pdf", ApplicationsHttpTests.Pdf), ("C:\\scans\\photo.png", ApplicationsHttpTests.Png));
        var answer = await sent.Content.ReadFromJsonAsync<JsonElement>(Cancel);
        var files = answer.GetProperty("files").EnumerateArray().ToList();
        var seen = (await officer.Client.GetFromJsonAsync<JsonElement>($"/api/v1/cases/{number}/messages", Cancel)).EnumerateArray().Single();
        var message = answer.GetProperty("id").GetString();
        using var pdf = await officer.Client.GetAsync($"/api/v1/cases/{number}/messages/{message}/files/{files[0].GetProperty("id").GetString()}", Cancel);
        using var own = await migrant.Client.GetAsync($"/api/v1/my/cases/{number}/messages/{message}/files/{files[1].GetProperty("id").GetString()}", Cancel);
        using var wrongMessage = await officer.Client.GetAsync($"/api/v1/cases/{number}/messages/{Guid.NewGuid()}/files/{files[0].GetProperty("id").GetString()}", Cancel);

        sent.StatusCode.ShouldBe(HttpStatusCode.Created);
        files.Select(f => (f.GetProperty("fileName").GetString(), f.GetProperty("contentType").GetString(), f.GetProperty("size").GetInt64()))
            .ShouldBe([("contract.pdf", "application/pdf", ApplicationsHttpTests.Pdf.Length), ("photo.png", "image/png", ApplicationsHttpTests.Png.Length)]);
        files[0].GetProperty("sha256").GetString().ShouldBe(Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(ApplicationsHttpTests.Pdf)));
        seen.GetProperty("files").GetArrayLength().ShouldBe(2);
        pdf.Content.Headers.ContentType!.MediaType.ShouldBe("application/pdf");
        (await pdf.Content.ReadAsByteArrayAsync(Cancel)).ShouldBe(ApplicationsHttpTests.Pdf);
        (await own.Content.ReadAsByteArrayAsync(Cancel)).ShouldBe(ApplicationsHttpTests.Png);
        wrongMessage.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await factory.CountAsync<AuditEntry>(e => e.EntityType == nameof(MessageAttachment) && e.Action == AuditAction.Read && e.Details == $"case={Uri.UnescapeDataString(number)}"))
            .ShouldBe(2);
    }

    [Fact]
    public async Task TheOffice_SendsADocumentBack_AndTheMigrantReadsItOnTheirPage()
    {
        var factory = await FactoryAsync();
        using var officer = await factory.SignInAsync(Roles.CaseOfficer);
        using var migrant = await MyCasesHttpTests.MigrantSessionAsync(factory);
        var number = Uri.EscapeDataString(await MyCasesHttpTests.CaseOfAsync(factory, officer, await MyCasesHttpTests.MigrantAsync(factory)));

        using var sent = await SendAsync(officer, $"/api/v1/cases/{number}/messages", "The summons, scanned.", ("summons.pdf", ApplicationsHttpTests.Pdf));
        using var refused = await SendAsync(officer, $"/api/v1/cases/{number}/messages", "A note.", ("note.txt", Encoding.UTF8.GetBytes("plain text")));
        var page = await migrant.GetPageAsync($"/en/my/cases/{number}");
        var link = page.QuerySelector("#my-messages .attachments a")!;

        sent.StatusCode.ShouldBe(HttpStatusCode.Created);
        (await ErrorsAsync(refused)).Keys.ShouldBe(["files"]);
        link.TextContent.ShouldBe("summons.pdf");
        link.GetAttribute("href")!.ShouldStartWith($"api/v1/my/cases/{number}/messages/");
        (await migrant.Client.GetByteArrayAsync("/" + link.GetAttribute("href"), Cancel)).ShouldBe(ApplicationsHttpTests.Pdf);
        page.QuerySelectorAll("#my-messages > li").Length.ShouldBe(1, "the refused message was not sent");
    }

    [Fact]
    public async Task AMessageWithARefusedFile_IsRefusedWhole_AndNothingIsKept()
    {
        var factory = await FactoryAsync();
        using var officer = await factory.SignInAsync(Roles.CaseOfficer);
        using var migrant = await MyCasesHttpTests.MigrantSessionAsync(factory);
        var number = Uri.EscapeDataString(await MyCasesHttpTests.CaseOfAsync(factory, officer, await MyCasesHttpTests.MigrantAsync(factory)));
        var url = $"/api/v1/my/cases/{number}/messages";
        var before = await factory.CountAsync<MessageAttachment>();

        using var oneBad = await SendAsync(migrant, url, "Two documents.", "pl", ("contract.pdf", ApplicationsHttpTests.Pdf), ("notes.pdf", Encoding.UTF8.GetBytes("just text")));
        using var tooMany = await SendAsync(migrant, url, "Six documents.", "pl", [.. Enumerable.Range(1, 6).Select(i => ("page" + i.ToString(System.Globalization.CultureInfo.InvariantCulture) + ".pdf", ApplicationsHttpTests.Pdf))]);
        using var cut = await SendAsync(migrant, url, "", "pl", ("cut.pdf", ApplicationsHttpTests.Pdf[..20]));

        (await ErrorsAsync(oneBad))["files"].ShouldBe([$"notes.pdf: {Translation("Only PDF, JPEG and PNG files are taken; by its content this file is none of them.", "pl")}"]);
        (await ErrorsAsync(tooMany))["files"].ShouldBe([Translation("Send at most {0} files with one message.", "pl", MessageAttachment.MaxPerMessage)]);
        var both = await ErrorsAsync(cut);
        both.Keys.Order(StringComparer.Ordinal).ShouldBe(["files", "text"]);
        both["files"].ShouldBe([$"cut.pdf: {Translation("The file is damaged: it starts as a {0} file but is not a whole one.", "pl", "PDF")}"]);
        (await migrant.Client.GetFromJsonAsync<JsonElement>($"/api/v1/my/cases/{number}", Cancel)).GetProperty("messages").GetArrayLength().ShouldBe(0);
        (await factory.CountAsync<MessageAttachment>()).ShouldBe(before);
    }

    [Fact]
    public async Task OnTheCasePage_TheMigrantAttachesADocument_AndTheOfficerSeesItsLink()
    {
        var factory = await FactoryAsync();
        using var officer = await factory.SignInAsync(Roles.CaseOfficer);
        using var migrant = await MyCasesHttpTests.MigrantSessionAsync(factory);
        var number = await MyCasesHttpTests.CaseOfAsync(factory, officer, await MyCasesHttpTests.MigrantAsync(factory));
        var url = $"/en/my/cases/{Uri.EscapeDataString(number)}";

        using var form = new MultipartFormDataContent();
        foreach (var (name, value) in WebSession.HiddenFields(await migrant.GetPageAsync(url), "message"))
        {
            form.Add(new StringContent(value), name);
        }

        form.Add(new StringContent("My bank statement, as you asked."), "Text");
        form.Add(File(ApplicationsHttpTests.Pdf), "files", "statement.pdf");
        using var sent = await migrant.Client.PostAsync(url, form, Cancel);
        var mine = await migrant.GetPageAsync(url);
        var staff = await officer.GetPageAsync($"/en/cases/{Uri.EscapeDataString(number)}");

        sent.StatusCode.ShouldBe(HttpStatusCode.OK);
        mine.QuerySelector("#my-messages .attachments a")!.TextContent.ShouldBe("statement.pdf");
        var link = staff.QuerySelector("#case-messages .attachments a")!.GetAttribute("href")!;
        link.ShouldStartWith($"api/v1/cases/{Uri.EscapeDataString(number)}/messages/");
        (await officer.Client.GetByteArrayAsync("/" + link, Cancel)).ShouldBe(ApplicationsHttpTests.Pdf);
    }

    private static Task<HttpResponseMessage> SendAsync(WebSession session, string url, string text, params (string Name, byte[] Content)[] files) =>
        SendAsync(session, url, text, "en", files);

    private static async Task<HttpResponseMessage> SendAsync(WebSession session, string url, string text, string language, params (string Name, byte[] Content)[] files)
    {
        var form = new MultipartFormDataContent { { new StringContent(text), "text" } };
        foreach (var (name, content) in files)
        {
            form.Add(File(content), "files", name);
        }

        using var request = new HttpRequestMessage(HttpMethod.Post, url) { Content = form };
        request.Headers.AcceptLanguage.ParseAdd(language);
        request.Headers.Add("Idempotency-Key", Guid.NewGuid().ToString());
        return await session.Client.SendAsync(request, Cancel);
    }

    private static ByteArrayContent File(byte[] content)
    {
        var file = new ByteArrayContent(content);
        file.Headers.ContentType = new MediaTypeHeaderValue("application/octet-stream");
        return file;
    }
}

public sealed class SqliteMessageFilesHttpTests(SqliteFactoryFixture fixture) : MessageFilesHttpTests, IClassFixture<SqliteFactoryFixture>
{
    protected override Task<PathwayFactory> FactoryAsync() => Task.FromResult(fixture.Factory);
}

public sealed class PostgresMessageFilesHttpTests(PostgresServer server, PostgresFactoryFixture fixture) : MessageFilesHttpTests, IClassFixture<PostgresFactoryFixture>
{
    protected override Task<PathwayFactory> FactoryAsync() => fixture.GetAsync(server);
}
