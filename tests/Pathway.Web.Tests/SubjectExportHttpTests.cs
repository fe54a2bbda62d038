using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Pathway.Platform.Audit;
using Pathway.Platform.Demo;
using Pathway.Platform.Identity;
using Pathway.Testing;
using UglyToad.PdfPig;
using static Pathway.Testing.ApiAnswers;

namespace Pathway.Web.Tests;

/// <summary>
/// The person's data exported from a support case, on SQLite and PostgreSQL: only a supervisor who
/// may open the case exports it, as JSON with every section and its exporter, or as a PDF in the
/// person's language with the exporter on every page; every export is audited.
/// </summary>
public abstract class SubjectExportHttpTests
{
    protected abstract Task<PathwayFactory> FactoryAsync();

    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    private static async Task<(Guid Id, string Number)> RegisterAsync(WebSession session, string surname, string language)
    {
        using var created = await session.Client.PostAsJsonAsync("/api/v1/beneficiaries",
            new { givenNames = "Halima", surname, birthDate = "1991-03-14", sex = "Female", citizenship = "SDN", language, legalBasis = "Consent", consentsToServices = true, registerAnyway = true }, Cancel);
        var json = await JsonAsync(created, HttpStatusCode.Created);
        return (json.GetProperty("id").GetGuid(), json.GetProperty("number").GetString()!);
    }

    private static string TextOf(byte[] pdf)
    {
        using var document = PdfDocument.Open(pdf);
        return string.Join(' ', document.GetPages().SelectMany(p => p.GetWords()).Select(w => w.Text)).Normalize(NormalizationForm.FormKC);
    }

    [Fact]
    public async Task Export_ByTheNgosSupervisor_HoldsEverySection_NamesTheExporter_AndIsAudited()
    {
        var factory = await FactoryAsync();
        using var worker = await factory.SignInAsync(Roles.NgoWorker);
        var (id, number) = await RegisterAsync(worker, "Osman-Export", "en");
        var today = OfficeDay.Today;
        using var consent = await worker.Client.PostAsJsonAsync($"/api/v1/beneficiaries/{id}/consents", new { kind = "DiscloseTo", recipientName = "Centrum Pomocy Prawnej" }, Cancel);
        consent.StatusCode.ShouldBe(HttpStatusCode.Created);
        using var service = await worker.Client.PostAsJsonAsync($"/api/v1/beneficiaries/{id}/services",
            new { kind = "LegalAdvice", status = "Delivered", deliveredOn = today.AddDays(-1), provider = "Ewa Nowicka", outcome = "Appeal drafted" }, Cancel);
        service.StatusCode.ShouldBe(HttpStatusCode.Created, await service.Content.ReadAsStringAsync(Cancel));
        using var assessed = await worker.Client.PostAsJsonAsync($"/api/v1/beneficiaries/{id}/assessments",
            new { assessedOn = today.AddDays(-1), needs = new object[] { new { category = "TortureSurvivor" } }, note = "Scars on both hands", nextReviewOn = today.AddDays(60) }, Cancel);
        assessed.StatusCode.ShouldBe(HttpStatusCode.Created, await assessed.Content.ReadAsStringAsync(Cancel));
        var api = $"/api/v1/beneficiaries/{id}/export";

        // The worker on the case's team may not export it; the office's supervisor cannot open the NGO's case at all.
        using var forbidden = await worker.Client.GetAsync(api, Cancel);
        forbidden.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        using var office = await factory.SignInAsync(Roles.Supervisor);
        using var elsewhere = await office.Client.GetAsync(api, Cancel);
        elsewhere.StatusCode.ShouldBe(HttpStatusCode.NotFound);

        using var supervisor = factory.Session();
        await supervisor.SignInAsync(DemoAccounts.NgoSupervisor);
        using var wrong = await supervisor.Client.GetAsync(api + "?format=xml", Cancel);
        (await JsonAsync(wrong, HttpStatusCode.BadRequest)).GetProperty("errors").TryGetProperty("format", out _).ShouldBeTrue();

        // The case page offers the export to the supervisor only.
        (await worker.GetPageAsync($"/support/beneficiaries/{id}")).QuerySelector("#export-pdf").ShouldBeNull();
        var page = await supervisor.GetPageAsync($"/support/beneficiaries/{id}");
        page.QuerySelector("#export-pdf")!.GetAttribute("href").ShouldBe($"api/v1/beneficiaries/{id}/export?format=pdf");
        page.QuerySelector("#export-json")!.GetAttribute("href").ShouldBe($"api/v1/beneficiaries/{id}/export?format=json");

        using var json = await supervisor.Client.GetAsync(api, Cancel);
        var data = await JsonAsync(json, HttpStatusCode.OK);
        json.Content.Headers.ContentDisposition!.DispositionType.ShouldBe("attachment");
        json.Content.Headers.ContentDisposition.FileNameStar.ShouldBe($"{number}-export.json");
        data.GetProperty("exportedBy").GetString()!.ShouldContain(DemoAccounts.NgoSupervisor);
        data.GetProperty("organisation").GetString().ShouldBe("Fundacja Wspólna Droga");
        data.GetProperty("exportedAt").GetString()!.ShouldEndWith("Z");
        data.GetProperty("case").GetProperty("number").GetString().ShouldBe(number);
        data.GetProperty("case").GetProperty("birthDate").GetString().ShouldBe("1991-03-14");
        data.GetProperty("consents").EnumerateArray().Select(c => c.GetProperty("kind").GetString()).Order(StringComparer.Ordinal).ShouldBe(["DiscloseTo", "ReceiveServices"]);
        data.GetProperty("consents").EnumerateArray().ShouldContain(c => c.GetProperty("recipient").GetString() == "Centrum Pomocy Prawnej");
        data.GetProperty("services")[0].GetProperty("provider").GetString().ShouldBe("Ewa Nowicka");
        data.GetProperty("services")[0].GetProperty("kind").GetString().ShouldBe("LegalAdvice");
        var assessment = data.GetProperty("assessments")[0];
        assessment.GetProperty("needs")[0].GetProperty("unhcrCode").GetString().ShouldBe("TR");
        assessment.GetProperty("note").GetString().ShouldBe("Scars on both hands");
        foreach (var section in new[] { "referrals", "transfers", "closures", "plans", "interpreterRequests", "tracingRequests", "breakGlassOpenings" })
        {
            data.GetProperty(section).ValueKind.ShouldBe(JsonValueKind.Array, section);
        }

        // The worker's readings of the case are among those the person learns of.
        data.GetProperty("readings").EnumerateArray().ShouldContain(r => r.GetProperty("by").GetString() == DemoAccounts.EmailOf(Roles.NgoWorker));

        using var pdf = await supervisor.Client.GetAsync(api + "?format=pdf", Cancel);
        pdf.StatusCode.ShouldBe(HttpStatusCode.OK);
        pdf.Content.Headers.ContentType!.MediaType.ShouldBe("application/pdf");
        pdf.Content.Headers.ContentDisposition!.FileNameStar.ShouldBe($"{number}-export.pdf");
        var bytes = await pdf.Content.ReadAsByteArrayAsync(Cancel);
        Encoding.ASCII.GetString(bytes, 0, 4).ShouldBe("%PDF");
        var text = TextOf(bytes);
        text.ShouldContain("Exported by");
        text.ShouldContain(DemoAccounts.NgoSupervisor);
        text.ShouldContain("Page 1 of");
        text.ShouldContain("Ewa Nowicka");
        text.ShouldContain("Centrum Pomocy Prawnej");

        (await factory.CountAsync<AuditEntry>(e => e.Action == "subject-export" && e.EntityId == id.ToString())).ShouldBe(2);
    }

    [Fact]
    public async Task Export_AsPdf_ForAnArabicReader_IsAPdfNamingTheExporter()
    {
        var factory = await FactoryAsync();
        using var worker = await factory.SignInAsync(Roles.NgoWorker);
        var (id, _) = await RegisterAsync(worker, "Ahmed-Export", "ar");
        using var supervisor = factory.Session();
        await supervisor.SignInAsync(DemoAccounts.NgoSupervisor);
        using var pdf = await supervisor.Client.GetAsync($"/api/v1/beneficiaries/{id}/export?format=pdf", Cancel);
        pdf.StatusCode.ShouldBe(HttpStatusCode.OK);
        var bytes = await pdf.Content.ReadAsByteArrayAsync(Cancel);
        Encoding.ASCII.GetString(bytes, 0, 4).ShouldBe("%PDF");
        TextOf(bytes).ShouldContain(DemoAccounts.NgoSupervisor);
    }
}

public sealed class SqliteSubjectExportHttpTests(SqliteFactoryFixture fixture) : SubjectExportHttpTests, IClassFixture<SqliteFactoryFixture>
{
    protected override Task<PathwayFactory> FactoryAsync() => Task.FromResult(fixture.Factory);
}

public sealed class PostgresSubjectExportHttpTests(PostgresServer server, PostgresFactoryFixture fixture) : SubjectExportHttpTests, IClassFixture<PostgresFactoryFixture>
{
    protected override Task<PathwayFactory> FactoryAsync() => Task.FromResult(fixture.GetAsync(server)).Unwrap();
}
