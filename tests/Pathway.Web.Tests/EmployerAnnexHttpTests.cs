using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Pathway.Cases.Applications;
using Pathway.Platform.Audit;
using Pathway.Platform.Demo;
using Pathway.Platform.Identity;
using Pathway.Platform.Persistence;
using Pathway.Testing;
using static Pathway.Web.Tests.ProblemDetails;

namespace Pathway.Web.Tests;

/// <summary>The employer's annex to a work application through a one-time link, over HTTP, on SQLite and PostgreSQL.</summary>
public abstract class EmployerAnnexHttpTests
{
    private const string Api = "/api/v1/applications";
    private const string Type = "temporary-work";

    protected abstract Task<PathwayFactory> FactoryAsync();

    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    internal static object Annex(string regon = "123456785") => new
    {
        employerName = "Budex Sp. z o.o.", nip = "1234563218", regon, address = "ul. Prosta 1, 00-001 Warszawa", position = "Spawacz",
        placeOfWork = "Warszawa", contractType = "employment", startDate = "2026-06-01", workingTime = "1/1", monthlyGrossPln = "5200.00",
        signerName = "Jan Kowalski", signerRole = "Prezes zarządu", declaration = true,
    };

    private static async Task<WebSession> MigrantAsync(PathwayFactory factory)
    {
        var email = $"migrant.{Guid.NewGuid():N}@example.org";
        await using (var scope = factory.Services.CreateAsyncScope())
        {
            var tenant = await scope.ServiceProvider.GetRequiredService<PathwayDbContext>().Tenants.Select(t => t.Id).FirstAsync(Cancel);
            var outcome = await scope.ServiceProvider.GetRequiredService<AccountAdministration>()
                .CreateAsync(tenant, new NewAccount(email, "Test Migrant", Roles.Migrant, null, DemoAccounts.Password), Cancel);
            outcome.Errors.ShouldBeEmpty();
        }

        var session = factory.Session();
        (await session.SignInAsync(email)).Dispose();
        return session;
    }

    private static async Task<JsonElement> JsonOf(HttpResponseMessage response, HttpStatusCode status)
    {
        var text = await response.Content.ReadAsStringAsync(Cancel);
        response.StatusCode.ShouldBe(status, text);
        return JsonDocument.Parse(text).RootElement;
    }

    /// <summary>A work application with every field and document but the employer's annex; version 4.</summary>
    private static async Task<string> WorkApplicationAsync(WebSession session)
    {
        using var started = await session.Client.PostAsJsonAsync(Api, new { applicationType = Type }, Cancel);
        var id = (await JsonOf(started, HttpStatusCode.Created)).GetProperty("id").GetString()!;
        using (var mrz = await session.Client.PostAsJsonAsync($"{Api}/{id}/mrz", new { version = 1, mrz = ApplicationsHttpTests.PassportMrz() }, Cancel))
        {
            await JsonOf(mrz, HttpStatusCode.OK);
        }

        using (var stay = await session.Client.PutAsJsonAsync($"{Api}/{id}/steps/stay",
            new { version = 2, purpose = "Work", addressStreet = "ul. Marszałkowska 1", addressPostalCode = "00-001", addressCity = "Warszawa" }, Cancel))
        {
            await JsonOf(stay, HttpStatusCode.OK);
        }

        using (var employer = await session.Client.PutAsJsonAsync($"{Api}/{id}/steps/employer", new { version = 3, employerName = "Budex Sp. z o.o.", employerNip = "1234563218" }, Cancel))
        {
            await JsonOf(employer, HttpStatusCode.OK);
        }

        var draft = await session.Client.GetFromJsonAsync<JsonElement>($"{Api}/{id}", Cancel);
        foreach (var line in draft.GetProperty("checklist").EnumerateArray().Where(l => l.GetProperty("document").GetBoolean()))
        {
            var code = line.GetProperty("key").GetString()!;
            if (code == ApplicationChecklist.AnnexCode)
            {
                continue;
            }

            using var form = new MultipartFormDataContent { { new StringContent(code), "document" } };
            var file = new ByteArrayContent(ApplicationsHttpTests.Png);
            file.Headers.ContentType = new MediaTypeHeaderValue("application/octet-stream");
            form.Add(file, "file", code + ".png");
            using var uploaded = await session.Client.PostAsync($"{Api}/{id}/files", form, Cancel);
            await JsonOf(uploaded, HttpStatusCode.Created);
        }

        return id;
    }

    private static async Task<string> RequestAsync(PathwayFactory factory, WebSession session, string id, string employer)
    {
        var before = factory.Mailbox.To(employer).Count;
        using var requested = await session.Client.PostAsJsonAsync($"{Api}/{id}/employer-annex/request", new { email = employer }, Cancel);
        var answer = await JsonOf(requested, HttpStatusCode.OK);
        answer.GetProperty("email").GetString().ShouldBe(employer);
        var messages = await factory.Mailbox.WaitForAsync(employer, before + 1);
        var link = Mailbox.Link(messages[^1], "/employer-annex/");
        return link[(link.LastIndexOf('/') + 1)..];
    }

    private static object Signed(int version, string code) =>
        new { version, code, feeMethod = "office" };

    [Fact]
    public async Task Annex_RequestedByEmail_FiledOnceByTheEmployer_ThenTheApplicationCanBeSubmitted_AndTheReceiptListsIt()
    {
        var factory = await FactoryAsync();
        using var session = await MigrantAsync(factory);
        var id = await WorkApplicationAsync(session);
        var key = await ApplicationsHttpTests.EnrolAsync(session);
        var employer = $"kadry.{Guid.NewGuid():N}@budex.example.pl";

        using var missing = await session.Client.PostAsJsonAsync($"{Api}/{id}/submit", Signed(4, Totp.Code(key)), Cancel);
        (await JsonOf(missing, HttpStatusCode.Conflict)).GetProperty("missing").EnumerateArray()
            .Select(m => m.GetProperty("key").GetString()).ShouldBe([ApplicationChecklist.AnnexCode]);

        var token = await RequestAsync(factory, session, id, employer);
        var mail = factory.Mailbox.To(employer)[^1];
        mail.Subject!.ShouldContain("Załącznik nr 1");
        var waiting = await session.Client.GetFromJsonAsync<JsonElement>($"{Api}/{id}", Cancel);
        waiting.GetProperty("state").GetString().ShouldBe("awaitingEmployerAnnex");
        using var awaited = await session.Client.PostAsJsonAsync($"{Api}/{id}/submit", Signed(5, Totp.Code(key)), Cancel);
        (await JsonOf(awaited, HttpStatusCode.Conflict)).GetProperty("type").GetString().ShouldBe("https://pathway.example/problems/employer-annex-awaited");

        using var anonymous = factory.Session();
        var seen = await anonymous.Client.GetFromJsonAsync<JsonElement>($"/api/v1/employer-annex/{token}", Cancel);
        seen.GetProperty("applicantName").GetString().ShouldBe("OLEKSANDR SHEVCHENKO");
        seen.GetProperty("applicationType").GetString().ShouldBe(Type);
        seen.TryGetProperty("passportNumber", out _).ShouldBeFalse();

        using var wrong = await anonymous.Client.PostAsJsonAsync($"/api/v1/employer-annex/{token}", Annex(regon: "123456789"), Cancel);
        (await ErrorsAsync(wrong)).ShouldContainKey("regon");
        using var filed = await anonymous.Client.PostAsJsonAsync($"/api/v1/employer-annex/{token}", Annex(), Cancel);
        var annex = await JsonOf(filed, HttpStatusCode.Created);
        using var again = await anonymous.Client.PostAsJsonAsync($"/api/v1/employer-annex/{token}", Annex(), Cancel);
        using var reread = await anonymous.Client.GetAsync($"/api/v1/employer-annex/{token}", Cancel);

        again.StatusCode.ShouldBe(HttpStatusCode.Gone);
        reread.StatusCode.ShouldBe(HttpStatusCode.Gone);
        var hash = annex.GetProperty("sha256").GetString()!;
        hash.ShouldMatch("^[0-9a-f]{64}$");
        // Filed once for this application (other tests of the class file annexes of their own applications).
        (await factory.CountAsync<AuditEntry>(a => a.EntityType == nameof(EmployerAnnex) && a.Details == id && a.ActorName.StartsWith("anonymous employer-annex:"))).ShouldBe(1);
        var draft = await session.Client.GetFromJsonAsync<JsonElement>($"{Api}/{id}", Cancel);
        draft.GetProperty("state").GetString().ShouldBe("draft");
        draft.GetProperty("complete").GetBoolean().ShouldBeTrue();

        using var submitted = await session.Client.PostAsJsonAsync($"{Api}/{id}/submit", Signed(draft.GetProperty("version").GetInt32(), Totp.Code(key)), Cancel);
        await JsonOf(submitted, HttpStatusCode.Created);
        var receipt = await session.Client.GetFromJsonAsync<JsonElement>($"{Api}/{id}/receipt", Cancel);
        receipt.GetProperty("employerAnnex").GetProperty("sha256").GetString().ShouldBe(hash);
    }

    [Fact]
    public async Task Link_Unknown404_ExpiredOrReplaced410_AndAnInvalidEmailIsAFieldError()
    {
        var factory = await FactoryAsync();
        using var session = await MigrantAsync(factory);
        var id = await WorkApplicationAsync(session);
        var employer = $"kadry.{Guid.NewGuid():N}@budex.example.pl";

        using var request = new HttpRequestMessage(HttpMethod.Post, $"{Api}/{id}/employer-annex/request") { Content = JsonContent.Create(new { email = "not an address" }) };
        request.Headers.AcceptLanguage.ParseAdd("pl");
        using var invalid = await session.Client.SendAsync(request, Cancel);
        (await ErrorsAsync(invalid))["email"].ShouldHaveSingleItem().ShouldNotContain("Write a valid");

        var first = await RequestAsync(factory, session, id, employer);
        var second = await RequestAsync(factory, session, id, employer);
        using var anonymous = factory.Session();
        using var unknown = await anonymous.Client.GetAsync($"/api/v1/employer-annex/{EmployerAnnexRequest.NewToken()}", Cancel);
        using var replaced = await anonymous.Client.PostAsJsonAsync($"/api/v1/employer-annex/{first}", Annex(), Cancel);
        await factory.WithDbAsync(async db => await db.Set<EmployerAnnexRequest>().IgnoreQueryFilters()
            .Where(r => r.TokenHash == EmployerAnnexRequest.Hash(second))
            .ExecuteUpdateAsync(r => r.SetProperty(x => x.ExpiresAt, DateTime.UtcNow.AddMinutes(-1)), Cancel));
        using var expired = await anonymous.Client.PostAsJsonAsync($"/api/v1/employer-annex/{second}", Annex(), Cancel);

        unknown.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        replaced.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await JsonOf(expired, HttpStatusCode.Gone)).GetProperty("type").GetString().ShouldBe("https://pathway.example/problems/employer-annex-link-expired");
        (await factory.CountAsync<EmployerAnnex>(a => a.ApplicationId == Guid.Parse(id))).ShouldBe(0);
    }

    [Fact]
    public async Task Page_OpensInPolishFromTheEmail_FilesTheAnnex_AndThenSaysTheLinkIsUsed()
    {
        var factory = await FactoryAsync();
        using var session = await MigrantAsync(factory);
        var id = await WorkApplicationAsync(session);
        var employer = $"kadry.{Guid.NewGuid():N}@budex.example.pl";
        using var sent = await session.PostFormAsync($"/my/applications/{id}/employer", "annex-request", new Dictionary<string, string> { ["AnnexRequest.Email"] = employer });
        var link = Mailbox.Link((await factory.Mailbox.WaitForAsync(employer))[^1], "/employer-annex/");
        var waiting = await session.GetPageAsync($"/my/applications/{id}");
        using var anonymous = factory.Session();
        var path = new Uri(link).PathAndQuery;

        var form = await anonymous.GetPageAsync(path);
        using var wrong = await anonymous.PostFormAsync(path, "annex", new Dictionary<string, string> { ["Input.EmployerName"] = "Budex", ["Input.Nip"] = "1234563219" });
        var wrongText = await wrong.Content.ReadAsStringAsync(Cancel);
        var wrongPage = new AngleSharp.Html.Parser.HtmlParser().ParseDocument(wrongText);
        using var filed = await anonymous.PostFormAsync(path, "annex", new Dictionary<string, string>
        {
            ["Input.EmployerName"] = "Budex Sp. z o.o.", ["Input.Nip"] = "1234563218", ["Input.Address"] = "ul. Prosta 1, Warszawa", ["Input.Position"] = "Spawacz",
            ["Input.PlaceOfWork"] = "Warszawa", ["Input.ContractType"] = "mandate", ["Input.StartDate"] = "2026-06-01", ["Input.WorkingTime"] = "40",
            ["Input.MonthlyGrossPln"] = "6000", ["Input.SignerName"] = "Jan Kowalski", ["Input.SignerRole"] = "Prezes", ["Input.Declaration"] = "true",
        });
        using var used = await anonymous.Client.GetAsync(path, Cancel);
        using var unknown = await anonymous.Client.GetAsync("/pl/employer-annex/" + EmployerAnnexRequest.NewToken(), Cancel);
        var draft = await session.GetPageAsync($"/my/applications/{id}/employer");

        sent.StatusCode.ShouldBe(HttpStatusCode.OK);
        link.ShouldContain("/pl/employer-annex/");
        waiting.QuerySelector("#annex-waiting").ShouldNotBeNull();
        form.QuerySelector("h1")!.TextContent.ShouldBe("Załącznik pracodawcy");
        form.QuerySelector("#applicant")!.TextContent.ShouldBe("OLEKSANDR SHEVCHENKO");
        wrong.StatusCode.ShouldBe(HttpStatusCode.OK);
        wrongPage.QuerySelector("#nip-error")!.TextContent.ShouldStartWith("To nie jest prawidłowy NIP");
        filed.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await filed.Content.ReadAsStringAsync(Cancel)).ShouldContain("annex-sha256");
        used.StatusCode.ShouldBe(HttpStatusCode.Gone);
        new AngleSharp.Html.Parser.HtmlParser().ParseDocument(await used.Content.ReadAsStringAsync(Cancel)).QuerySelector("#annex-state")!.TextContent.ShouldContain("wykorzystany");
        unknown.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        draft.QuerySelector("#annex-filed").ShouldNotBeNull();
    }
}

public sealed class SqliteEmployerAnnexHttpTests(SqliteFactoryFixture fixture) : EmployerAnnexHttpTests, IClassFixture<SqliteFactoryFixture>
{
    protected override Task<PathwayFactory> FactoryAsync() => Task.FromResult(fixture.Factory);
}

public sealed class PostgresEmployerAnnexHttpTests(PostgresServer server, PostgresFactoryFixture fixture) : EmployerAnnexHttpTests, IClassFixture<PostgresFactoryFixture>
{
    protected override Task<PathwayFactory> FactoryAsync() => Task.FromResult(fixture.GetAsync(server)).Unwrap();
}
