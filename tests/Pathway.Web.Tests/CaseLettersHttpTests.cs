using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Pathway.Platform.Audit;
using Pathway.Platform.Identity;
using Pathway.Testing;
using UglyToad.PdfPig;
using static Pathway.Web.Tests.ProblemDetails;

namespace Pathway.Web.Tests;

/// <summary>A case's letters as PDF over HTTP and on the case page, on SQLite and PostgreSQL.</summary>
public abstract class CaseLettersHttpTests
{
    protected abstract Task<PathwayFactory> FactoryAsync();

    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    private static async Task<string> RegisterAsync(WebSession session)
    {
        var request = Json("/api/v1/cases/", new
        {
            applicationType = "temporary-work", surname = "Коваленко", givenNames = "Ірина", birthDate = "1991-02-17", citizenship = "ukr", submittedOn = "2026-11-02",
        }, "en");
        request.Headers.Add("Idempotency-Key", Guid.NewGuid().ToString());
        using var response = await session.Client.SendAsync(request, Cancel);
        response.StatusCode.ShouldBe(HttpStatusCode.Created, await response.Content.ReadAsStringAsync(Cancel));
        return (await response.Content.ReadFromJsonAsync<JsonElement>(Cancel)).GetProperty("number").GetString()!;
    }

    private static async Task ActAsync(WebSession session, string number, string action, object body)
    {
        using var response = await session.Client.SendAsync(Json($"/api/v1/cases/{Uri.EscapeDataString(number)}/actions/{action}", body, "en"), Cancel);
        response.StatusCode.ShouldBe(HttpStatusCode.OK, await response.Content.ReadAsStringAsync(Cancel));
    }

    private static string Letter(string number, string kind, string? lang) =>
        $"/api/v1/cases/{Uri.EscapeDataString(number)}/letters/{kind}.pdf" + (lang is null ? "" : "?lang=" + lang);

    private static string TextOf(byte[] pdf)
    {
        using var document = PdfDocument.Open(pdf);
        return string.Join(' ', document.GetPages().SelectMany(p => p.GetWords()).Select(w => w.Text)).Normalize(NormalizationForm.FormKC);
    }

    [Fact]
    public async Task FormalDeficiencyNotice_InUkrainian_IsAPdfInPolishThenUkrainian_AndTheReadIsAudited()
    {
        var factory = await FactoryAsync();
        using var officer = await factory.SignInAsync(Roles.CaseOfficer);
        var number = await RegisterAsync(officer);
        await ActAsync(officer, number, "start-formal-check", new { version = 1 });
        await ActAsync(officer, number, "formal-deficiency", new { version = 2, termDays = 7, reason = "brak fotografii" });

        using var response = await officer.Client.GetAsync(Letter(number, "formal-deficiency", "uk"), Cancel);

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        response.Content.Headers.ContentType!.MediaType.ShouldBe("application/pdf");
        var text = TextOf(await response.Content.ReadAsByteArrayAsync(Cancel));
        text.ShouldContain("Wezwanie do usunięcia braków formalnych wniosku");
        text.ShouldContain("Wniosek zawiera następujące braki: brak fotografii");
        text.ShouldContain("w terminie 7 dni od dnia doręczenia");
        text.ShouldContain("Znak sprawy: " + number);
        text.ShouldContain("Ірина Коваленко");
        text.ShouldContain("Вимога усунути формальні недоліки заяви");
        await factory.WithDbAsync(async db =>
            (await db.AuditEntries.AnyAsync(e => e.Action == AuditAction.Read && e.EntityId == number && e.Reason == "letter formal-deficiency", Cancel)).ShouldBeTrue());
    }

    [Fact]
    public async Task Letters_BadKindOrLanguage_400_UnknownCase_404_NothingToWrite_409InTheReadersLanguage()
    {
        using var officer = await (await FactoryAsync()).SignInAsync(Roles.Supervisor);
        var number = await RegisterAsync(officer);

        using var badBoth = await officer.Client.GetAsync(Letter(number, "love-letter", "xx"), Cancel);
        using var badLanguage = await officer.Client.GetAsync(Letter(number, "summons", "klingon"), Cancel);
        using var unknown = await officer.Client.GetAsync(Letter("WSC-II-S.6151.999999.2026", "summons", "en"), Cancel);
        using var notYet = await officer.Client.SendAsync(Get(Letter(number, "decision", "en"), "pl"), Cancel);
        using var summons = await officer.Client.GetAsync(Letter(number, "summons", null), Cancel);
        using var dari = await officer.Client.GetAsync(Letter(number, "summons", "fa-AF"), Cancel);

        (await ErrorsAsync(badBoth)).Keys.Order(StringComparer.Ordinal).ShouldBe(["kind", "lang"]);
        (await ErrorsAsync(badLanguage)).Keys.ShouldBe(["lang"]);
        unknown.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        notYet.StatusCode.ShouldBe(HttpStatusCode.Conflict);
        var problem = await notYet.Content.ReadFromJsonAsync<JsonElement>(Cancel);
        problem.GetProperty("type").GetString().ShouldBe("https://pathway.example/problems/letter-not-available");
        problem.GetProperty("title").GetString().ShouldBe(Translation("This case has no such letter to write now.", "pl"));
        summons.StatusCode.ShouldBe(HttpStatusCode.OK);
        TextOf(await summons.Content.ReadAsByteArrayAsync(Cancel)).ShouldContain("Wezwanie do osobistego stawiennictwa");
        dari.StatusCode.ShouldBe(HttpStatusCode.OK);
        TextOf(await dari.Content.ReadAsByteArrayAsync(Cancel)).ShouldContain("There is no translation of this letter into your language yet");
    }

    [Fact]
    public async Task CasePage_ListsTheLettersTheCaseCanHaveNow_WithALanguageChoice()
    {
        using var officer = await (await FactoryAsync()).SignInAsync(Roles.CaseOfficer);
        var number = await RegisterAsync(officer);

        var page = await officer.GetPageAsync("/uk/cases/" + Uri.EscapeDataString(number));

        var buttons = page.QuerySelectorAll("#case-letters button").Select(b => b.Id).ToList();
        buttons.ShouldBe(["letter-summons"]);
        page.QuerySelector("#letter-summons")!.GetAttribute("formaction").ShouldBe($"api/v1/cases/{Uri.EscapeDataString(number)}/letters/summons.pdf");
        page.QuerySelectorAll("#letter-language option").Length.ShouldBe(12);
        page.QuerySelector("#letter-language option[selected]")!.GetAttribute("value").ShouldBe("uk");
    }
}

public sealed class SqliteCaseLettersHttpTests(SqliteFactoryFixture fixture) : CaseLettersHttpTests, IClassFixture<SqliteFactoryFixture>
{
    protected override Task<PathwayFactory> FactoryAsync() => Task.FromResult(fixture.Factory);
}

public sealed class PostgresCaseLettersHttpTests(PostgresServer server, PostgresFactoryFixture fixture) : CaseLettersHttpTests, IClassFixture<PostgresFactoryFixture>
{
    protected override Task<PathwayFactory> FactoryAsync() => fixture.GetAsync(server);
}
