using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Pathway.Platform.Audit;
using Pathway.Platform.Identity;
using Pathway.Support.Knowledge;
using Pathway.Testing;
using static Pathway.Testing.ApiAnswers;

namespace Pathway.Web.Tests;

/// <summary>
/// The library and the partner directory over HTTP, on SQLite and PostgreSQL: a document opens only
/// to the roles chosen for it (404 to the rest, for its facts and its file), each download is
/// audited, a partner is read across the office and changed only by the organisation that recorded
/// it, and bad input is named field by field with nothing saved.
/// </summary>
public abstract class KnowledgeHttpTests
{
    protected abstract Task<PathwayFactory> FactoryAsync();

    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    /// <summary>A small PDF, whole: a header, one object and the end marker.</summary>
    private static readonly byte[] Pdf = Encoding.ASCII.GetBytes("%PDF-1.7\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n");

    private static MultipartFormDataContent Upload(string? title, string? kind, string? area, string? language, string[] roles, byte[]? file, string fileName = "manual.pdf")
    {
        var form = new MultipartFormDataContent();
        foreach (var (name, value) in new[] { ("title", title), ("kind", kind), ("area", area), ("language", language), ("description", "For the first interview.") })
        {
            if (value is not null)
            {
                form.Add(new StringContent(value), name);
            }
        }

        foreach (var role in roles)
        {
            form.Add(new StringContent(role), "roles");
        }

        if (file is not null)
        {
            var content = new ByteArrayContent(file);
            content.Headers.ContentType = new("application/pdf");
            form.Add(content, "file", fileName);
        }

        return form;
    }

    private static async Task<bool> AuditedAsync(PathwayFactory factory, string action, Guid id)
    {
        var found = false;
        await factory.WithDbAsync(async db => found = await db.AuditEntries.AnyAsync(e => e.Action == action && e.EntityType == nameof(LibraryDocument) && e.EntityId == id.ToString(), Cancel));
        return found;
    }

    [Fact]
    public async Task ADocument_OpensOnlyToTheChosenRoles_EachDownloadAudited_AndItsOwnerChangesOrRemovesIt()
    {
        var factory = await FactoryAsync();
        using var supervisor = await factory.SignInAsync(Roles.Supervisor);
        using var upload = Upload("Reception of asylum seekers: a handbook", "Manual", "VulnerableGroupsInAsylum", "en", [Roles.Supervisor, Roles.Analyst], Pdf, "C:\\scans\\handbook.pdf");
        using var created = await supervisor.Client.PostAsync("/api/v1/library", upload, Cancel);
        var document = await JsonAsync(created, HttpStatusCode.Created);
        var id = document.GetProperty("id").GetGuid();
        document.GetProperty("fileName").GetString().ShouldBe("handbook.pdf", "the folders of the uploader's disk are not kept");
        document.GetProperty("roles").EnumerateArray().Select(r => r.GetString()).ShouldBe([Roles.Supervisor, Roles.Analyst]);
        document.GetProperty("editable").GetBoolean().ShouldBeTrue();

        using var file = await supervisor.Client.GetAsync($"/api/v1/library/{id}/file", Cancel);
        file.StatusCode.ShouldBe(HttpStatusCode.OK);
        file.Content.Headers.ContentType!.MediaType.ShouldBe("application/pdf");
        (await file.Content.ReadAsByteArrayAsync(Cancel)).ShouldBe(Pdf);
        (await AuditedAsync(factory, AuditAction.Read, id)).ShouldBeTrue("every download is a read in the audit trail");

        // The analyst's role was chosen; the case officer's (same office) and the NGO worker's were not.
        using var analyst = await factory.SignInAsync(Roles.Analyst);
        using var analystList = await analyst.Client.GetAsync("/api/v1/library?search=HANDBOOK", Cancel);
        (await JsonAsync(analystList, HttpStatusCode.OK)).EnumerateArray().Select(d => d.GetProperty("id").GetGuid()).ShouldContain(id);
        using var analystFile = await analyst.Client.GetAsync($"/api/v1/library/{id}/file", Cancel);
        analystFile.StatusCode.ShouldBe(HttpStatusCode.OK);

        using var officer = await factory.SignInAsync(Roles.CaseOfficer);
        using var officerList = await officer.Client.GetAsync("/api/v1/library", Cancel);
        (await JsonAsync(officerList, HttpStatusCode.OK)).EnumerateArray().Select(d => d.GetProperty("id").GetGuid()).ShouldNotContain(id);
        using var officerGet = await officer.Client.GetAsync($"/api/v1/library/{id}", Cancel);
        officerGet.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        using var officerFile = await officer.Client.GetAsync($"/api/v1/library/{id}/file", Cancel);
        officerFile.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        using var officerPage = await officer.Client.GetAsync($"/support/library/{id}", Cancel);
        officerPage.StatusCode.ShouldBe(HttpStatusCode.NotFound);

        using var ngo = await factory.SignInAsync(Roles.NgoWorker);
        using var ngoFile = await ngo.Client.GetAsync($"/api/v1/library/{id}/file", Cancel);
        ngoFile.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        var change = new { title = "Reception of asylum seekers: a handbook", kind = "Manual", area = "VulnerableGroupsInAsylum", language = "en", roles = new[] { Roles.Supervisor, Roles.CaseOfficer } };
        using var ngoChange = await ngo.Client.PutAsJsonAsync($"/api/v1/library/{id}", change, Cancel);
        ngoChange.StatusCode.ShouldBe(HttpStatusCode.NotFound, "only the uploader's organisation changes a document");
        using var ngoRemove = await ngo.Client.DeleteAsync($"/api/v1/library/{id}", Cancel);
        ngoRemove.StatusCode.ShouldBe(HttpStatusCode.NotFound);

        // Opened to case officers instead of analysts.
        using var changed = await supervisor.Client.PutAsJsonAsync($"/api/v1/library/{id}", change, Cancel);
        (await JsonAsync(changed, HttpStatusCode.OK)).GetProperty("roles").EnumerateArray().Select(r => r.GetString()).ShouldBe([Roles.Supervisor, Roles.CaseOfficer]);
        using var officerNow = await officer.Client.GetAsync($"/api/v1/library/{id}/file", Cancel);
        officerNow.StatusCode.ShouldBe(HttpStatusCode.OK);
        using var analystNow = await analyst.Client.GetAsync($"/api/v1/library/{id}", Cancel);
        analystNow.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await factory.CountAsync<LibraryDocument>(d => d.Id == id && d.Content.Length == Pdf.Length)).ShouldBe(1, "a change of the facts keeps the file");

        using var templates = await supervisor.Client.GetAsync("/api/v1/library?kind=Template", Cancel);
        (await JsonAsync(templates, HttpStatusCode.OK)).EnumerateArray().Select(d => d.GetProperty("id").GetGuid()).ShouldNotContain(id);
        using var inEnglish = await supervisor.Client.GetAsync("/api/v1/library?language=en&area=VulnerableGroupsInAsylum&search=réception", Cancel);
        (await JsonAsync(inEnglish, HttpStatusCode.OK)).EnumerateArray().Select(d => d.GetProperty("id").GetGuid()).ShouldContain(id, "the title is matched letter case and accents aside");

        using var removed = await supervisor.Client.DeleteAsync($"/api/v1/library/{id}", Cancel);
        removed.StatusCode.ShouldBe(HttpStatusCode.NoContent);
        (await AuditedAsync(factory, AuditAction.Delete, id)).ShouldBeTrue("the trail keeps the removal");
        using var gone = await supervisor.Client.GetAsync($"/api/v1/library/{id}", Cancel);
        gone.StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task ABadUpload_NamesEveryWrongFieldInTheReadersLanguage_AndSavesNothing()
    {
        var factory = await FactoryAsync();
        using var ngo = await factory.SignInAsync(Roles.NgoWorker);
        ngo.Client.DefaultRequestHeaders.AcceptLanguage.ParseAdd("uk");
        var before = await factory.CountAsync<LibraryDocument>();

        using var bad = Upload(" ", "Poem", null, "xx", [Roles.Admin], Encoding.UTF8.GetBytes("just text"));
        using var refused = await ngo.Client.PostAsync("/api/v1/library", bad, Cancel);
        var errors = (await JsonAsync(refused, HttpStatusCode.BadRequest)).GetProperty("errors");
        errors.EnumerateObject().Select(e => e.Name).Order(StringComparer.Ordinal).ShouldBe(["area", "file", "kind", "language", "roles", "title"]);
        errors.GetProperty("roles")[0].GetString().ShouldBe(ProblemDetails.Translation("Choose among the roles listed.", "uk"));
        errors.GetProperty("file")[0].GetString().ShouldBe(ProblemDetails.Translation("Only PDF, JPEG and PNG files are taken; by its content this file is none of them.", "uk"));

        using var noFile = Upload("Template of a referral letter", "Template", "Other", "pl", [], null);
        using var noFileRefused = await ngo.Client.PostAsync("/api/v1/library", noFile, Cancel);
        (await JsonAsync(noFileRefused, HttpStatusCode.BadRequest)).GetProperty("errors").EnumerateObject().Select(e => e.Name).Order(StringComparer.Ordinal)
            .ShouldBe(["file", "roles"]);
        using var cut = Upload("Cut short", "Template", "Other", "pl", [Roles.NgoWorker], Pdf[..^6]);
        using var cutRefused = await ngo.Client.PostAsync("/api/v1/library", cut, Cancel);
        (await JsonAsync(cutRefused, HttpStatusCode.BadRequest)).GetProperty("errors").GetProperty("file")[0].GetString()
            .ShouldBe(ProblemDetails.Translation("The file is damaged: it starts as a {0} file but is not a whole one.", "uk", "PDF"));
        using var json = await ngo.Client.PostAsJsonAsync("/api/v1/library", new { title = "x" }, Cancel);
        (await JsonAsync(json, HttpStatusCode.BadRequest)).GetProperty("errors").TryGetProperty("file", out _).ShouldBeTrue();
        (await factory.CountAsync<LibraryDocument>()).ShouldBe(before, "nothing was saved");

        using var good = Upload("Template of a referral letter", "Template", "Other", "uk", [Roles.NgoWorker], Pdf);
        using var created = await ngo.Client.PostAsync("/api/v1/library", good, Cancel);
        var id = (await JsonAsync(created, HttpStatusCode.Created)).GetProperty("id").GetGuid();
        using var badChange = await ngo.Client.PutAsJsonAsync($"/api/v1/library/{id}", new { title = new string('t', 201), kind = "Template", area = "Other", language = "uk", roles = Array.Empty<string>() }, Cancel);
        (await JsonAsync(badChange, HttpStatusCode.BadRequest)).GetProperty("errors").EnumerateObject().Select(e => e.Name).Order(StringComparer.Ordinal)
            .ShouldBe(["roles", "title"]);
        (await factory.CountAsync<LibraryDocument>(d => d.Id == id && d.Title == "Template of a referral letter" && d.Roles == Roles.NgoWorker)).ShouldBe(1);
    }

    [Fact]
    public async Task APartner_IsReadAcrossTheOffice_ChangedOnlyByItsOwner_AndKeptWhileItHasMeetings()
    {
        var factory = await FactoryAsync();
        using var ngo = await factory.SignInAsync(Roles.NgoWorker);
        var partner = new
        {
            name = "Stowarzyszenie Pomocy Prawnej Łącznik", kind = "LegalAid", services = new[] { "LegalAdvice", "Interpreting" }, languages = new[] { "uk", "AR" },
            address = "ul. Wiejska 1, Warszawa", phone = "+48 22 100 20 30", email = "biuro@lacznik.example.org", website = "lacznik.example.org", contactPerson = "Ewa Lis",
        };
        using var created = await ngo.Client.PostAsJsonAsync("/api/v1/partners", partner, Cancel);
        var entry = await JsonAsync(created, HttpStatusCode.Created);
        var id = entry.GetProperty("id").GetGuid();
        entry.GetProperty("languages").EnumerateArray().Select(l => l.GetString()).ShouldBe(["uk", "ar"]);
        entry.GetProperty("website").GetString().ShouldBe("https://lacznik.example.org");

        // A directory entry is no migrant's data: the office's staff read the NGO's entry too.
        using var officer = await factory.SignInAsync(Roles.CaseOfficer);
        using var found = await officer.Client.GetAsync("/api/v1/partners?search=lacznik&service=Interpreting&language=uk", Cancel);
        var list = await JsonAsync(found, HttpStatusCode.OK);
        list.EnumerateArray().Select(p => p.GetProperty("id").GetGuid()).ShouldContain(id);
        list.EnumerateArray().Single(p => p.GetProperty("id").GetGuid() == id).GetProperty("editable").GetBoolean().ShouldBeFalse();
        using var otherService = await officer.Client.GetAsync("/api/v1/partners?search=lacznik&service=SocialAssistance", Cancel);
        (await JsonAsync(otherService, HttpStatusCode.OK)).GetArrayLength().ShouldBe(0);

        using var supervisor = await factory.SignInAsync(Roles.Supervisor);
        using var notTheirs = await supervisor.Client.PutAsJsonAsync($"/api/v1/partners/{id}", partner with { name = "Renamed" }, Cancel);
        notTheirs.StatusCode.ShouldBe(HttpStatusCode.NotFound, "only the organisation that recorded a partner changes it");
        using var notTheirsRemoved = await supervisor.Client.DeleteAsync($"/api/v1/partners/{id}", Cancel);
        notTheirsRemoved.StatusCode.ShouldBe(HttpStatusCode.NotFound);

        using var meeting = await ngo.Client.PostAsJsonAsync("/api/v1/partners/meetings",
            new { heldOn = "2025-03-12", title = "Legal help for families", partners = new[] { id }, minutes = "Two afternoons a week.", nextSteps = "Send the leaflet." }, Cancel);
        var meetingId = (await JsonAsync(meeting, HttpStatusCode.Created)).GetProperty("id").GetGuid();
        using var withMeetings = await ngo.Client.GetAsync($"/api/v1/partners/{id}", Cancel);
        var page = await JsonAsync(withMeetings, HttpStatusCode.OK);
        page.GetProperty("meetings").EnumerateArray().Select(m => m.GetProperty("id").GetGuid()).ShouldBe([meetingId]);
        page.GetProperty("meetings")[0].GetProperty("partners")[0].GetProperty("name").GetString().ShouldBe(partner.name);
        // The minutes are the NGO's own: the office's supervisor sees the partner, not the meeting.
        using var officeView = await supervisor.Client.GetAsync($"/api/v1/partners/{id}", Cancel);
        (await JsonAsync(officeView, HttpStatusCode.OK)).GetProperty("meetings").GetArrayLength().ShouldBe(0);
        using var officeMeeting = await supervisor.Client.GetAsync($"/api/v1/partners/meetings/{meetingId}", Cancel);
        officeMeeting.StatusCode.ShouldBe(HttpStatusCode.NotFound);

        using var kept = await ngo.Client.DeleteAsync($"/api/v1/partners/{id}", Cancel);
        kept.StatusCode.ShouldBe(HttpStatusCode.Conflict, "a partner that attended a meeting stays");
        using var renamed = await ngo.Client.PutAsJsonAsync($"/api/v1/partners/{id}", partner with { name = "Łącznik – porady prawne", website = "http://lacznik.example.org/porady" }, Cancel);
        (await JsonAsync(renamed, HttpStatusCode.OK)).GetProperty("name").GetString().ShouldBe("Łącznik – porady prawne");
        using var meetingRemoved = await ngo.Client.DeleteAsync($"/api/v1/partners/meetings/{meetingId}", Cancel);
        meetingRemoved.StatusCode.ShouldBe(HttpStatusCode.NoContent);
        using var removed = await ngo.Client.DeleteAsync($"/api/v1/partners/{id}", Cancel);
        removed.StatusCode.ShouldBe(HttpStatusCode.NoContent);
        (await factory.CountAsync<Partner>(p => p.Id == id)).ShouldBe(0);
    }

    [Fact]
    public async Task BadPartnersAndMeetings_AreNamedFieldByField_AndNothingIsSaved()
    {
        var factory = await FactoryAsync();
        using var ngo = await factory.SignInAsync(Roles.NgoWorker);
        var partners = await factory.CountAsync<Partner>();
        var meetings = await factory.CountAsync<PartnerMeeting>();

        using var bad = await ngo.Client.PostAsJsonAsync("/api/v1/partners",
            new { name = " ", languages = new[] { "xx" }, phone = "call us", email = "biuro at example.org", website = "ftp://example.org", notes = new string('n', 2001) }, Cancel);
        var errors = (await JsonAsync(bad, HttpStatusCode.BadRequest)).GetProperty("errors");
        errors.EnumerateObject().Select(e => e.Name).Order(StringComparer.Ordinal).ShouldBe(["email", "kind", "languages", "name", "notes", "phone", "website"]);
        errors.GetProperty("notes")[0].GetString().ShouldBe(ProblemDetails.Translation("Write at most {0} characters.", "pl", 2000));
        using var wrongKind = await ngo.Client.PostAsJsonAsync("/api/v1/partners", new { name = "X", kind = "Circus" }, Cancel);
        (await JsonAsync(wrongKind, HttpStatusCode.BadRequest)).GetProperty("errors").TryGetProperty("kind", out _).ShouldBeTrue();

        using var badMeeting = await ngo.Client.PostAsJsonAsync("/api/v1/partners/meetings", new { title = "", partners = new[] { Guid.NewGuid() } }, Cancel);
        (await JsonAsync(badMeeting, HttpStatusCode.BadRequest)).GetProperty("errors").EnumerateObject().Select(e => e.Name).Order(StringComparer.Ordinal)
            .ShouldBe(["heldOn", "partners", "title"]);
        using var noPartners = await ngo.Client.PostAsJsonAsync("/api/v1/partners/meetings", new { heldOn = "2025-01-02", title = "Alone", place = new string('p', 201) }, Cancel);
        (await JsonAsync(noPartners, HttpStatusCode.BadRequest)).GetProperty("errors").EnumerateObject().Select(e => e.Name).Order(StringComparer.Ordinal)
            .ShouldBe(["partners", "place"]);
        using var badDay = await ngo.Client.PostAsJsonAsync("/api/v1/partners/meetings", new { heldOn = "12.03.2025", title = "T" }, Cancel);
        badDay.StatusCode.ShouldBe(HttpStatusCode.BadRequest);

        (await factory.CountAsync<Partner>()).ShouldBe(partners);
        (await factory.CountAsync<PartnerMeeting>()).ShouldBe(meetings);
    }
}

public sealed class SqliteKnowledgeHttpTests(SqliteFactoryFixture fixture) : KnowledgeHttpTests, IClassFixture<SqliteFactoryFixture>
{
    protected override Task<PathwayFactory> FactoryAsync() => Task.FromResult(fixture.Factory);
}

public sealed class PostgresKnowledgeHttpTests(PostgresServer server, PostgresFactoryFixture fixture) : KnowledgeHttpTests, IClassFixture<PostgresFactoryFixture>
{
    protected override Task<PathwayFactory> FactoryAsync() => Task.FromResult(fixture.GetAsync(server)).Unwrap();
}
