using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Pathway.Cases.Confirmations;
using Pathway.Platform.Identity;
using Pathway.Testing;
using static Pathway.Web.Tests.MyCasesHttpTests;
using static Pathway.Web.Tests.ProblemDetails;

namespace Pathway.Web.Tests;

/// <summary>The confirmation of legal stay: issued after the formal check, checked publicly by its code, ended by the case; on SQLite and PostgreSQL.</summary>
public abstract class ConfirmationsHttpTests
{
    protected abstract Task<PathwayFactory> FactoryAsync();

    private const string NotFormallyComplete = "The application is not formally complete yet: the confirmation of legal stay is issued after the formal check.";

    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    private static string Today => DateOnly.FromDateTime(DateTime.Now).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

    private static Task<HttpResponseMessage> IssueAsync(WebSession officer, string number) =>
        officer.Client.SendAsync(Json($"/api/v1/cases/{Uri.EscapeDataString(number)}/confirmation", new { }, "en"), Cancel);

    private static async Task<(string Number, JsonElement Confirmation)> IssuedAsync(PathwayFactory factory, WebSession officer)
    {
        var number = await CaseOfAsync(factory, officer, await MigrantAsync(factory));
        await ActAsync(officer, number, "take", new { });
        await ActAsync(officer, number, "start-formal-check", new { });
        await ActAsync(officer, number, "complete-formally", new { });
        using var issued = await IssueAsync(officer, number);
        issued.StatusCode.ShouldBe(HttpStatusCode.Created, await issued.Content.ReadAsStringAsync(Cancel));
        return (number, await issued.Content.ReadFromJsonAsync<JsonElement>(Cancel));
    }

    [Fact]
    public async Task Issue_BeforeTheFormalCheck_IsRefusedWithTheReason_ThenIssuedOnceAndGivenAgain()
    {
        var factory = await FactoryAsync();
        using var officer = await factory.SignInAsync(Roles.CaseOfficer);
        var number = await CaseOfAsync(factory, officer, await MigrantAsync(factory));

        using var early = await IssueAsync(officer, number);
        await ActAsync(officer, number, "take", new { });
        await ActAsync(officer, number, "start-formal-check", new { });
        await ActAsync(officer, number, "complete-formally", new { });
        using var issued = await IssueAsync(officer, number);
        using var again = await IssueAsync(officer, number);

        (await TitleAsync(early, HttpStatusCode.Conflict)).ShouldBe(NotFormallyComplete);
        issued.StatusCode.ShouldBe(HttpStatusCode.Created);
        var confirmation = await issued.Content.ReadFromJsonAsync<JsonElement>(Cancel);
        confirmation.GetProperty("code").GetString()!.ShouldMatch("^[A-Z2-7]{4}(-[A-Z2-7]{4}){5}-[A-Z2-7]{2}$");
        confirmation.GetProperty("number").GetString()!.ShouldMatch(@"^LS/\d{4}/\d{5}$");
        confirmation.GetProperty("valid").GetBoolean().ShouldBeTrue();
        again.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await again.Content.ReadFromJsonAsync<JsonElement>(Cancel)).GetProperty("code").GetString().ShouldBe(confirmation.GetProperty("code").GetString());
    }

    [Fact]
    public async Task Verify_AValidCode_ShowsOnlyValidityNumberAndDay_ToAnyone_AndTheApplicantDownloadsIt()
    {
        var factory = await FactoryAsync();
        using var officer = await factory.SignInAsync(Roles.CaseOfficer);
        using var migrant = await MigrantSessionAsync(factory);
        using var anonymous = factory.Session();
        var (number, confirmation) = await IssuedAsync(factory, officer);
        var code = confirmation.GetProperty("code").GetString()!;

        using var api = await anonymous.Client.GetAsync($"/api/v1/verify/{code.ToLowerInvariant()}", Cancel);
        var raw = await api.Content.ReadAsStringAsync(Cancel);
        var page = await anonymous.GetPageAsync($"/en/verify/{code}");
        var mine = await migrant.Client.GetFromJsonAsync<JsonElement>($"/api/v1/my/cases/{Uri.EscapeDataString(number)}", Cancel);
        using var pdf = await migrant.Client.GetAsync($"/api/v1/my/cases/{Uri.EscapeDataString(number)}/confirmation.pdf", Cancel);

        api.StatusCode.ShouldBe(HttpStatusCode.OK);
        var answer = JsonDocument.Parse(raw).RootElement;
        answer.GetProperty("status").GetString().ShouldBe("valid");
        answer.GetProperty("number").GetString().ShouldBe(confirmation.GetProperty("number").GetString());
        answer.GetProperty("issuedOn").GetString().ShouldBe(Today);
        answer.EnumerateObject().Select(p => p.Name).ShouldBe(["status", "number", "issuedOn", "endedOn"]);
        foreach (var personal in new[] { "Melnyk", "Andrii", number, "temporary", "UKR" })
        {
            raw.ShouldNotContain(personal);
            page.Body!.TextContent.ShouldNotContain(personal);
        }

        page.QuerySelector("#verify-result")!.TextContent.ShouldContain("Valid");
        page.QuerySelector("#verify-result")!.TextContent.ShouldContain(confirmation.GetProperty("number").GetString()!);
        mine.GetProperty("confirmation").GetProperty("valid").GetBoolean().ShouldBeTrue();
        pdf.StatusCode.ShouldBe(HttpStatusCode.OK);
        pdf.Content.Headers.ContentType!.MediaType.ShouldBe("application/pdf");
        using var document = UglyToad.PdfPig.PdfDocument.Open(await pdf.Content.ReadAsByteArrayAsync(Cancel));
        var text = string.Join("\n", document.GetPages().Select(p => p.Text));
        text.ShouldContain("/verify/" + code);
        text.ShouldContain("art. 108");
    }

    [Fact]
    public async Task Verify_AfterTheDecisionBecomesFinal_SaysNoLongerValidSinceThatDay()
    {
        var factory = await FactoryAsync();
        using var officer = await factory.SignInAsync(Roles.CaseOfficer);
        using var supervisor = await factory.SignInAsync(Roles.Supervisor);
        using var anonymous = factory.Session();
        var (number, confirmation) = await IssuedAsync(factory, officer);
        var code = confirmation.GetProperty("code").GetString()!;
        await ActAsync(officer, number, "draft-decision", new { outcome = "refused", reason = "Insufficient income" });
        await ActAsync(supervisor, number, "decide", new { });
        var decided = await anonymous.Client.GetFromJsonAsync<JsonElement>($"/api/v1/verify/{code}", Cancel);
        await ActAsync(officer, number, "record-delivery", new { deliveredOn = Today });
        await ActAsync(officer, number, "lodge-appeal", new { on = Today });
        await ActAsync(officer, number, "record-appeal-result", new { appealResult = "upheld" });

        var final = await anonymous.Client.GetFromJsonAsync<JsonElement>($"/api/v1/verify/{code}", Cancel);
        var page = await anonymous.GetPageAsync($"/en/verify/{code}");
        using var late = await IssueAsync(officer, number);

        decided.GetProperty("status").GetString().ShouldBe("valid");
        final.GetProperty("status").GetString().ShouldBe("ended");
        final.GetProperty("endedOn").GetString().ShouldBe(Today);
        page.QuerySelector("#verify-result")!.TextContent.ShouldContain($"No longer valid since {DateOnly.FromDateTime(DateTime.Now).ToString("D", System.Globalization.CultureInfo.GetCultureInfo("en"))}");
        late.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await late.Content.ReadFromJsonAsync<JsonElement>(Cancel)).GetProperty("valid").GetBoolean().ShouldBeFalse();
    }

    [Fact]
    public async Task Verify_AnUnknownOrMalformedCode_IsUnknown()
    {
        var factory = await FactoryAsync();
        using var anonymous = factory.Session();

        using var unknown = await anonymous.Client.GetAsync($"/api/v1/verify/{VerificationCode.Grouped(VerificationCode.New())}", Cancel);
        using var malformed = await anonymous.Client.GetAsync("/api/v1/verify/not-a-code", Cancel);
        using var page = await anonymous.Client.GetAsync("/en/verify/not-a-code", Cancel);

        unknown.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await unknown.Content.ReadFromJsonAsync<JsonElement>(Cancel)).GetProperty("status").GetString().ShouldBe("unknown");
        malformed.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        page.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await page.Content.ReadAsStringAsync(Cancel)).ShouldContain("Unknown code: no confirmation of legal stay has this code.");
    }

    [Fact]
    public async Task Issue_OnTheStaffCasePage_ShowsTheConfirmationWithItsValidity()
    {
        var factory = await FactoryAsync();
        using var officer = await factory.SignInAsync(Roles.CaseOfficer);
        var number = await CaseOfAsync(factory, officer, await MigrantAsync(factory));
        await ActAsync(officer, number, "take", new { });
        await ActAsync(officer, number, "start-formal-check", new { });
        var url = $"/en/cases/{Uri.EscapeDataString(number)}";

        using var refused = await officer.PostFormAsync(url, "issue-confirmation", new Dictionary<string, string>());
        var refusedPage = await officer.GetPageAsync(url);
        await ActAsync(officer, number, "complete-formally", new { });
        using var issued = await officer.PostFormAsync(url, "issue-confirmation", new Dictionary<string, string>());
        var page = await officer.GetPageAsync(url);

        (await refused.Content.ReadAsStringAsync(Cancel)).ShouldContain(NotFormallyComplete);
        refusedPage.QuerySelector("#confirmation").ShouldBeNull();
        page.QuerySelector("#confirmation")!.TextContent.ShouldContain("Valid");
    }
}

public sealed class SqliteConfirmationsHttpTests(SqliteFactoryFixture fixture) : ConfirmationsHttpTests, IClassFixture<SqliteFactoryFixture>
{
    protected override Task<PathwayFactory> FactoryAsync() => Task.FromResult(fixture.Factory);
}

public sealed class PostgresConfirmationsHttpTests(PostgresServer server, PostgresFactoryFixture fixture) : ConfirmationsHttpTests, IClassFixture<PostgresFactoryFixture>
{
    protected override Task<PathwayFactory> FactoryAsync() => Task.FromResult(fixture.GetAsync(server)).Unwrap();
}
