using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Pathway.Cases.Workflow;
using Pathway.Platform.Audit;
using Pathway.Platform.Demo;
using Pathway.Platform.Identity;
using Pathway.Testing;
using static Pathway.Web.Tests.ProblemDetails;

namespace Pathway.Web.Tests;

/// <summary>The migrant follows their own cases, over HTTP and on their pages, on SQLite and PostgreSQL.</summary>
public abstract class MyCasesHttpTests
{
    protected abstract Task<PathwayFactory> FactoryAsync();

    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    /// <summary>A case registered by an officer and then linked to <paramref name="applicant"/>, as one filed online would be.</summary>
    internal static async Task<string> CaseOfAsync(PathwayFactory factory, WebSession officer, Guid applicant, string submittedOn = "2026-11-02")
    {
        var request = Json("/api/v1/cases/", new
        {
            applicationType = "temporary-work", surname = "Melnyk", givenNames = "Andrii", birthDate = "1990-03-09", citizenship = "UKR", submittedOn,
        }, "en");
        request.Headers.Add("Idempotency-Key", Guid.NewGuid().ToString());
        using var response = await officer.Client.SendAsync(request, Cancel);
        response.StatusCode.ShouldBe(HttpStatusCode.Created, await response.Content.ReadAsStringAsync(Cancel));
        var number = (await response.Content.ReadFromJsonAsync<JsonElement>(Cancel)).GetProperty("number").GetString()!;
        await factory.WithDbAsync(db => db.Set<ResidenceCase>().Where(c => c.Number == number)
            .ExecuteUpdateAsync(s => s.SetProperty(c => c.ApplicantUserId, applicant), Cancel));
        return number;
    }

    internal static async Task<JsonElement> ActAsync(WebSession officer, string number, string action, object body)
    {
        var version = (await officer.Client.GetFromJsonAsync<JsonElement>($"/api/v1/cases/{Uri.EscapeDataString(number)}", Cancel)).GetProperty("version").GetInt32();
        var fields = JsonSerializer.SerializeToElement(body).EnumerateObject().ToDictionary(p => p.Name, p => (object?)p.Value);
        fields["version"] = version;
        using var response = await officer.Client.SendAsync(Json($"/api/v1/cases/{Uri.EscapeDataString(number)}/actions/{action}", fields, "en"), Cancel);
        response.StatusCode.ShouldBe(HttpStatusCode.OK, await response.Content.ReadAsStringAsync(Cancel));
        return await response.Content.ReadFromJsonAsync<JsonElement>(Cancel);
    }

    internal static Task<Guid> MigrantAsync(PathwayFactory factory) => factory.UserIdAsync(DemoAccounts.EmailOf(Roles.Migrant));

    /// <summary>The demo migrant, signed in, reading in English.</summary>
    internal static async Task<WebSession> MigrantSessionAsync(PathwayFactory factory)
    {
        var migrant = await factory.SignInAsync(Roles.Migrant);
        migrant.Client.DefaultRequestHeaders.AcceptLanguage.ParseAdd("en");
        return migrant;
    }

    [Fact]
    public async Task MyCases_OfTheDemoMigrant_ListTheirDemoCasesInPlainWordsWithWhatToDoNext()
    {
        var factory = await FactoryAsync();
        using var migrant = await MigrantSessionAsync(factory);

        var me = await MigrantAsync(factory);
        var demo = new List<string>();
        await factory.WithDbAsync(async db => demo = await db.Set<ResidenceCase>().Where(c => c.ApplicantUserId == me && c.ApplicantSurname == "Shevchenko").Select(c => c.Number).ToListAsync(Cancel));

        var all = (await migrant.Client.GetFromJsonAsync<JsonElement>("/api/v1/my/cases", Cancel)).EnumerateArray().ToList();
        var page = await migrant.GetPageAsync("/en/my/cases");

        demo.Count.ShouldBe(2);
        var cases = all.Where(c => demo.Contains(c.GetProperty("number").GetString()!)).ToList();
        cases.Count.ShouldBe(2);

        var early = cases.Single(c => c.GetProperty("state").GetString() == "FormalDeficiency");
        early.GetProperty("status").GetString().ShouldBe("Something is missing from your application: please send it by the deadline.");
        early.GetProperty("nextStep").GetProperty("due").ValueKind.ShouldBe(JsonValueKind.String);
        early.GetProperty("typeName").GetString().ShouldBe("Temporary residence and work (single permit)");
        var decided = cases.Single(c => c.GetProperty("state").GetString() == "Decided");
        decided.GetProperty("nextStep").GetProperty("text").GetString()!.ShouldStartWith("If you disagree with the decision, you may appeal by ");
        demo.ShouldBeSubsetOf(page.QuerySelectorAll("#my-cases li").Select(li => li.QuerySelector("h2")!.TextContent.Trim()));
    }

    [Fact]
    public async Task MyCase_OfAnotherApplicant_IsNotFound_AndStaffCannotUseTheMigrantsPages()
    {
        var factory = await FactoryAsync();
        using var officer = await factory.SignInAsync(Roles.CaseOfficer);
        using var migrant = await MigrantSessionAsync(factory);
        var someoneElses = await CaseOfAsync(factory, officer, Guid.NewGuid());

        using var api = await migrant.Client.GetAsync($"/api/v1/my/cases/{Uri.EscapeDataString(someoneElses)}", Cancel);
        using var letter = await migrant.Client.GetAsync($"/api/v1/my/cases/{Uri.EscapeDataString(someoneElses)}/letters/summons.pdf", Cancel);
        using var page = await migrant.Client.GetAsync($"/en/my/cases/{Uri.EscapeDataString(someoneElses)}", Cancel);
        using var staff = await officer.NoRedirect.GetAsync("/api/v1/my/cases", Cancel);

        api.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        letter.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        page.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await page.Content.ReadAsStringAsync(Cancel)).ShouldNotContain("Melnyk");
        staff.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task MyCase_WithANoticeOut_ShowsItsTermFromDelivery_AndNoneOfTheOfficesInternals()
    {
        var factory = await FactoryAsync();
        using var officer = await factory.SignInAsync(Roles.CaseOfficer);
        using var migrant = await MigrantSessionAsync(factory);
        var number = await CaseOfAsync(factory, officer, await MigrantAsync(factory));
        var url = $"/api/v1/my/cases/{Uri.EscapeDataString(number)}";
        await ActAsync(officer, number, "take", new { });
        await ActAsync(officer, number, "start-formal-check", new { });
        await ActAsync(officer, number, "formal-deficiency", new { on = "2026-11-03", termDays = 7, reason = "Internal remark: photo looks edited" });

        var undelivered = await migrant.Client.GetFromJsonAsync<JsonElement>(url, Cancel);
        var raw = await migrant.Client.GetStringAsync(url, Cancel);
        await ActAsync(officer, number, "record-delivery", new { deliveredOn = "2026-11-05" });
        var delivered = await migrant.Client.GetFromJsonAsync<JsonElement>(url, Cancel);
        var page = await migrant.GetPageAsync($"/en/my/cases/{Uri.EscapeDataString(number)}");

        var request = undelivered.GetProperty("requests").EnumerateArray().Single();
        request.GetProperty("kind").GetString().ShouldBe("formal-deficiency");
        request.GetProperty("dueOn").ValueKind.ShouldBe(JsonValueKind.Null);
        undelivered.GetProperty("nextStep").GetProperty("text").GetString().ShouldBe("Send what the office asked for within 7 days from the delivery of the letter.");
        raw.ShouldNotContain("Internal remark");
        raw.ShouldNotContain("Melnyk");
        raw.ShouldNotContain((await factory.UserIdAsync(DemoAccounts.EmailOf(Roles.CaseOfficer))).ToString());
        undelivered.GetProperty("timeline").EnumerateArray().Select(e => e.GetProperty("text").GetString()).ShouldBe(
            ["Your application was registered.", "The office began checking your application.", "The office asked you to complete your application."]);
        // Delivered on Thursday 5 November; 7 days end on Thursday 12 November.
        delivered.GetProperty("requests")[0].GetProperty("dueOn").GetString().ShouldBe("2026-11-12");
        delivered.GetProperty("letters").EnumerateArray().Select(l => l.GetProperty("kind").GetString()).ShouldContain("formal-deficiency");
        page.QuerySelector("#open-request")!.TextContent.ShouldContain($"Answer by {new DateOnly(2026, 11, 12).ToString("D", System.Globalization.CultureInfo.GetCultureInfo("en"))}.");
        page.QuerySelector("#case-status")!.TextContent.Trim().ShouldBe("Something is missing from your application: please send it by the deadline.");
        (await factory.CountAsync<AuditEntry>(e => e.EntityType == nameof(ResidenceCase) && e.EntityId == number && e.Action == AuditAction.Read && e.Reason == "applicant"))
            .ShouldBeGreaterThanOrEqualTo(3);
    }

    [Fact]
    public async Task MyCaseLetter_OfTheMigrantsOwnCase_IsAPdf()
    {
        var factory = await FactoryAsync();
        using var officer = await factory.SignInAsync(Roles.CaseOfficer);
        using var migrant = await MigrantSessionAsync(factory);
        var number = await CaseOfAsync(factory, officer, await MigrantAsync(factory));

        using var summons = await migrant.Client.GetAsync($"/api/v1/my/cases/{Uri.EscapeDataString(number)}/letters/summons.pdf?lang=uk", Cancel);
        using var decision = await migrant.Client.GetAsync($"/api/v1/my/cases/{Uri.EscapeDataString(number)}/letters/decision.pdf", Cancel);

        summons.StatusCode.ShouldBe(HttpStatusCode.OK);
        summons.Content.Headers.ContentType!.MediaType.ShouldBe("application/pdf");
        decision.StatusCode.ShouldBe(HttpStatusCode.Conflict);
    }

    private static async Task<HttpResponseMessage> WriteAsync(WebSession session, string url, string text, string? key = null)
    {
        var request = Json(url, new { text }, "en");
        request.Headers.Add("Idempotency-Key", key ?? Guid.NewGuid().ToString());
        return await session.Client.SendAsync(request, Cancel);
    }

    [Fact]
    public async Task Messages_GoBothWays_WithThePostingDayWithinTheNoticesTerm_AndARetryIsOneMessage()
    {
        var factory = await FactoryAsync();
        using var officer = await factory.SignInAsync(Roles.CaseOfficer);
        using var migrant = await MigrantSessionAsync(factory);
        var number = await CaseOfAsync(factory, officer, await MigrantAsync(factory));
        var escaped = Uri.EscapeDataString(number);
        await ActAsync(officer, number, "take", new { });
        await ActAsync(officer, number, "start-formal-check", new { });
        var today = DateOnly.FromDateTime(DateTime.Now);
        await ActAsync(officer, number, "formal-deficiency", new { termDays = 7, reason = "photo" });
        await ActAsync(officer, number, "record-delivery", new { deliveredOn = today.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture) });
        var key = Guid.NewGuid().ToString();

        using var first = await WriteAsync(migrant, $"/api/v1/my/cases/{escaped}/messages", "I sent the photograph by post today.", key);
        using var retry = await WriteAsync(migrant, $"/api/v1/my/cases/{escaped}/messages", "I sent the photograph by post today.", key);
        var seenByOffice = (await officer.Client.GetFromJsonAsync<JsonElement>($"/api/v1/cases/{escaped}/messages", Cancel)).EnumerateArray().ToList();
        using var answer = await WriteAsync(officer, $"/api/v1/cases/{escaped}/messages", "Thank you, we will check it when it arrives.");
        var mine = await migrant.Client.GetFromJsonAsync<JsonElement>($"/api/v1/my/cases/{escaped}", Cancel);
        var staffPage = await officer.GetPageAsync($"/en/cases/{escaped}");

        first.StatusCode.ShouldBe(HttpStatusCode.Created);
        var posted = await first.Content.ReadFromJsonAsync<JsonElement>(Cancel);
        (await retry.Content.ReadFromJsonAsync<JsonElement>(Cancel)).GetProperty("id").GetString().ShouldBe(posted.GetProperty("id").GetString());
        posted.GetProperty("receivedOn").GetString().ShouldBe(today.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
        posted.GetProperty("inTimeFor").ValueKind.ShouldBe(JsonValueKind.String);
        seenByOffice.Single().GetProperty("text").GetString().ShouldBe("I sent the photograph by post today.");
        answer.StatusCode.ShouldBe(HttpStatusCode.Created);
        var messages = mine.GetProperty("messages").EnumerateArray().ToList();
        messages.Select(m => m.GetProperty("direction").GetString()).ShouldBe(["applicant", "office"]);
        messages[0].GetProperty("readAt").ValueKind.ShouldBe(JsonValueKind.String);
        messages[1].GetProperty("authorId").ValueKind.ShouldBe(JsonValueKind.Null);
        staffPage.QuerySelector("#case-messages")!.TextContent.ShouldContain("Thank you, we will check it when it arrives.");
        (await factory.CountAsync<AuditEntry>(e => e.EntityType == "CaseMessage" && e.EntityId == number && e.Action == AuditAction.Read)).ShouldBeGreaterThanOrEqualTo(2);
    }

    [Fact]
    public async Task Message_EmptyTooLongOrOnAnotherApplicantsCase_IsRefusedAndNothingIsWritten()
    {
        var factory = await FactoryAsync();
        using var officer = await factory.SignInAsync(Roles.CaseOfficer);
        using var migrant = await MigrantSessionAsync(factory);
        var number = Uri.EscapeDataString(await CaseOfAsync(factory, officer, await MigrantAsync(factory)));
        var someoneElses = Uri.EscapeDataString(await CaseOfAsync(factory, officer, Guid.NewGuid()));

        using var empty = await WriteAsync(migrant, $"/api/v1/my/cases/{number}/messages", "  ");
        using var tooLong = await WriteAsync(migrant, $"/api/v1/my/cases/{number}/messages", new string('a', 4001));
        using var notMine = await WriteAsync(migrant, $"/api/v1/my/cases/{someoneElses}/messages", "Hello");

        (await ErrorsAsync(empty))["text"].ShouldBe(["Write your message."]);
        (await ErrorsAsync(tooLong))["text"].ShouldBe(["Write at most 4000 characters."]);
        notMine.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await migrant.Client.GetFromJsonAsync<JsonElement>($"/api/v1/my/cases/{number}", Cancel)).GetProperty("messages").GetArrayLength().ShouldBe(0);
    }

    [Fact]
    public async Task MyCasePage_SendingAMessage_ShowsItAsReceivedToday()
    {
        var factory = await FactoryAsync();
        using var officer = await factory.SignInAsync(Roles.CaseOfficer);
        using var migrant = await MigrantSessionAsync(factory);
        var url = $"/en/my/cases/{Uri.EscapeDataString(await CaseOfAsync(factory, officer, await MigrantAsync(factory)))}";

        using var sent = await migrant.PostFormAsync(url, "message", new Dictionary<string, string> { ["Text"] = "When can I book the fingerprints?" });
        var page = await migrant.GetPageAsync(url);

        sent.StatusCode.ShouldBe(HttpStatusCode.OK);
        var item = page.QuerySelector("#my-messages li")!;
        item.QuerySelector(".text")!.TextContent.ShouldBe("When can I book the fingerprints?");
        item.QuerySelector(".meta")!.TextContent.ShouldContain(DateOnly.FromDateTime(DateTime.Now).ToString("D", System.Globalization.CultureInfo.GetCultureInfo("en")));
    }
}

public sealed class SqliteMyCasesHttpTests(SqliteFactoryFixture fixture) : MyCasesHttpTests, IClassFixture<SqliteFactoryFixture>
{
    protected override Task<PathwayFactory> FactoryAsync() => Task.FromResult(fixture.Factory);
}

public sealed class PostgresMyCasesHttpTests(PostgresServer server, PostgresFactoryFixture fixture) : MyCasesHttpTests, IClassFixture<PostgresFactoryFixture>
{
    protected override Task<PathwayFactory> FactoryAsync() => Task.FromResult(fixture.GetAsync(server)).Unwrap();
}
