using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Pathway.Cases.Applications;
using Pathway.Cases.Workflow;
using Pathway.Documents;
using Pathway.Platform.Demo;
using Pathway.Platform.Identity;
using Pathway.Platform.Persistence;
using Pathway.Testing;
using UglyToad.PdfPig;
using static Pathway.Web.Tests.ProblemDetails;

namespace Pathway.Web.Tests;

/// <summary>A migrant's online application over HTTP, on SQLite and PostgreSQL: drafts, the MRZ, uploads, completeness, the signed submission and its receipt.</summary>
public abstract class ApplicationsHttpTests
{
    private const string Api = "/api/v1/applications";
    // The type with the fewest documents: health insurance, passport, photograph, stamp duty.
    private const string Type = "other-circumstances";
    private static readonly string[] Documents = ["health-insurance", "passport", "photo", "stamp-duty"];

    internal static readonly byte[] Png = Convert.FromBase64String("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==");
    internal static readonly byte[] Pdf = Encoding.ASCII.GetBytes("%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n");

    protected abstract Task<PathwayFactory> FactoryAsync();

    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    /// <summary>A TD3 passport zone with every check digit right, for a Ukrainian citizen.</summary>
    internal static string PassportMrz() => Mrz.Generate(new MrzFields
    {
        DocumentCode = "P", IssuingState = "UKR", DocumentNumber = "FX123456", Nationality = "UKR", BirthDate = "900115", Sex = "M",
        ExpiryDate = "340101", Surname = "SHEVCHENKO", GivenNames = "OLEKSANDR",
    }, MrzFormat.TD3).Text;

    /// <summary>A fresh migrant account for one test, signed in; the demo migrant stays as it is for the other tests.</summary>
    private static async Task<(WebSession Session, Guid UserId)> MigrantAsync(PathwayFactory factory)
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
        return (session, await factory.UserIdAsync(email));
    }

    /// <summary>Sets up the authenticator app as a person would, and gives its key.</summary>
    internal static async Task<string> EnrolAsync(WebSession session)
    {
        var page = await session.GetPageAsync("/account/enrol-2fa");
        var key = page.QuerySelector("#shared-key")!.TextContent.Replace(" ", "", StringComparison.Ordinal);
        using var enrolled = await session.PostFormAsync("/account/enrol-2fa", "enrol-2fa", new Dictionary<string, string> { ["Input.Code"] = Totp.Code(key) });
        enrolled.StatusCode.ShouldBe(HttpStatusCode.OK);
        return key;
    }

    private static async Task<JsonElement> JsonOf(HttpResponseMessage response, HttpStatusCode status)
    {
        var text = await response.Content.ReadAsStringAsync(Cancel);
        response.StatusCode.ShouldBe(status, text);
        return JsonDocument.Parse(text).RootElement;
    }

    private static async Task<JsonElement> StartAsync(WebSession session, string type = Type)
    {
        using var response = await session.Client.PostAsJsonAsync(Api, new { applicationType = type }, Cancel);
        return await JsonOf(response, HttpStatusCode.Created);
    }

    private static async Task<HttpResponseMessage> StepAsync(WebSession session, string id, string step, object body) =>
        await session.Client.PutAsJsonAsync($"{Api}/{id}/steps/{step}", body, Cancel);

    private static async Task<HttpResponseMessage> UploadAsync(WebSession session, string id, string document, byte[] content, string name, string language = "en")
    {
        using var form = new MultipartFormDataContent { { new StringContent(document), "document" } };
        var file = new ByteArrayContent(content);
        file.Headers.ContentType = new MediaTypeHeaderValue("application/octet-stream");
        form.Add(file, "file", name);
        using var request = new HttpRequestMessage(HttpMethod.Post, $"{Api}/{id}/files") { Content = form };
        request.Headers.AcceptLanguage.ParseAdd(language);
        return await session.Client.SendAsync(request, Cancel);
    }

    /// <summary>A draft with every field and a file for every required document: ready to submit.</summary>
    private static async Task<(string Id, int Version)> CompleteAsync(WebSession session)
    {
        var id = (await StartAsync(session)).GetProperty("id").GetString()!;
        using (var mrz = await session.Client.PostAsJsonAsync($"{Api}/{id}/mrz", new { version = 1, mrz = PassportMrz() }, Cancel))
        {
            await JsonOf(mrz, HttpStatusCode.OK);
        }

        using (var stay = await StepAsync(session, id, "stay", new { version = 2, purpose = "Volunteering", addressStreet = "ul. Marszałkowska 1", addressPostalCode = "00-001", addressCity = "Warszawa" }))
        {
            await JsonOf(stay, HttpStatusCode.OK);
        }

        foreach (var document in Documents)
        {
            using var uploaded = await UploadAsync(session, id, document, Png, $"{document}.png");
            await JsonOf(uploaded, HttpStatusCode.Created);
        }

        return (id, 3);
    }

    private static object Signed(int version, string code) =>
        new { version, code, feeMethod = "transfer", feeReference = "PL-2026-0001", feePaidOn = DateTime.Today.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture) };

    [Fact]
    public async Task Draft_SavedStepByStep_ResumesAndRefusesAStaleTab()
    {
        var (session, _) = await MigrantAsync(await FactoryAsync());
        using var _s = session;
        var id = (await StartAsync(session)).GetProperty("id").GetString()!;

        using var saved = await StepAsync(session, id, "personal", new { version = 1, surname = "Shevchenko", givenNames = "Oleksandr", birthDate = "1990-01-15", sex = "M", citizenship = "ukr" });
        var draft = await JsonOf(saved, HttpStatusCode.OK);
        using var stale = await StepAsync(session, id, "personal", new { version = 1, surname = "Other" });
        var list = await session.Client.GetFromJsonAsync<JsonElement>(Api, Cancel);
        var resumed = await session.Client.GetFromJsonAsync<JsonElement>($"{Api}/{id}", Cancel);

        draft.GetProperty("version").GetInt32().ShouldBe(2);
        (await TitleAsync(stale, HttpStatusCode.Conflict)).ShouldNotBeEmpty();
        list.EnumerateArray().Select(a => a.GetProperty("id").GetString()).ShouldContain(id);
        resumed.GetProperty("fields").GetProperty("surname").GetString().ShouldBe("Shevchenko");
        resumed.GetProperty("fields").GetProperty("citizenship").GetString().ShouldBe("UKR");
        resumed.GetProperty("state").GetString().ShouldBe("draft");
        resumed.GetProperty("complete").GetBoolean().ShouldBeFalse();
    }

    [Fact]
    public async Task Step_WithAWrongNipOrPostalCode_IsRefusedWithFieldErrorsInTheMigrantsLanguage()
    {
        var (session, _) = await MigrantAsync(await FactoryAsync());
        using var _s = session;
        var id = (await StartAsync(session, "temporary-work")).GetProperty("id").GetString()!;

        using var nip = await session.Client.SendAsync(Json($"{Api}/{id}/steps/employer", new { version = 1, employerName = "Firma", employerNip = "5260250275" }, "pl").WithMethod(HttpMethod.Put), Cancel);
        using var postal = await session.Client.SendAsync(Json($"{Api}/{id}/steps/stay", new { version = 1, addressPostalCode = "00001" }, "pl").WithMethod(HttpMethod.Put), Cancel);
        using var valid = await StepAsync(session, id, "employer", new { version = 1, employerName = "Firma", employerNip = "526-025-02-74" });
        using var school = await StepAsync(session, id, "school", new { version = 1, schoolName = "Uniwersytet Warszawski" });

        (await ErrorsAsync(nip))["employerNip"].ShouldBe([Translation("This is not a valid NIP: it has 10 digits and the last one is a checksum.", "pl")]);
        (await ErrorsAsync(postal))["addressPostalCode"].ShouldBe([Translation("Write the Polish postal code as 00-000.", "pl")]);
        (await JsonOf(valid, HttpStatusCode.OK)).GetProperty("fields").GetProperty("employerNip").GetString().ShouldBe("5260250274");
        (await ErrorsAsync(school)).ShouldContainKey("step");
    }

    [Fact]
    public async Task Page_PersonalStep_SavesTheDraftAndGoesOn_AndAStaleTabIsRefused()
    {
        var (session, _) = await MigrantAsync(await FactoryAsync());
        using var _s = session;
        var id = (await StartAsync(session)).GetProperty("id").GetString()!;
        var url = $"/my/applications/{id}/personal";
        var stalePage = WebSession.HiddenFields(await session.GetPageAsync(url), "personal");

        using var saved = await session.PostFormAsync(url, "personal", new Dictionary<string, string>
        {
            ["Personal.Surname"] = "Kovalenko", ["Personal.GivenNames"] = "Iryna", ["Personal.BirthDate"] = "1995-03-02", ["Personal.Sex"] = "F",
            ["Personal.Citizenship"] = "UKR", ["Personal.PassportNumber"] = "FA000111", ["Personal.PassportExpiresOn"] = "2033-05-05",
        });
        stalePage.Add(new("Personal.Surname", "Overwritten"));
        using var stale = await session.Client.PostAsync(url, new FormUrlEncodedContent(stalePage), Cancel);

        saved.RequestMessage!.RequestUri!.AbsolutePath.ShouldBe($"/my/applications/{id}/stay");
        (await stale.Content.ReadAsStringAsync(Cancel)).ShouldContain("role=\"alert\"");
        var draft = await session.Client.GetFromJsonAsync<JsonElement>($"{Api}/{id}", Cancel);
        draft.GetProperty("fields").GetProperty("surname").GetString().ShouldBe("Kovalenko");
        draft.GetProperty("version").GetInt32().ShouldBe(2);
    }

    [Fact]
    public async Task Mrz_AValidZone_FillsThePersonalData_AndABrokenOneGivesItsErrors()
    {
        var (session, _) = await MigrantAsync(await FactoryAsync());
        using var _s = session;
        var id = (await StartAsync(session)).GetProperty("id").GetString()!;
        var broken = PassportMrz().Replace("FX123456", "FX123457", StringComparison.Ordinal);

        using var refused = await session.Client.PostAsJsonAsync($"{Api}/{id}/mrz", new { version = 1, mrz = broken }, Cancel);
        using var filled = await session.Client.PostAsJsonAsync($"{Api}/{id}/mrz", new { version = 1, mrz = PassportMrz() }, Cancel);

        var errors = (await ErrorsAsync(refused))["mrz"];
        errors.Length.ShouldBeGreaterThan(1);
        errors.ShouldContain(e => e.Contains("documentNumber", StringComparison.Ordinal));
        var fields = (await JsonOf(filled, HttpStatusCode.OK)).GetProperty("fields");
        fields.GetProperty("surname").GetString().ShouldBe("SHEVCHENKO");
        fields.GetProperty("givenNames").GetString().ShouldBe("OLEKSANDR");
        fields.GetProperty("birthDate").GetString().ShouldBe("1990-01-15");
        fields.GetProperty("passportNumber").GetString().ShouldBe("FX123456");
        fields.GetProperty("passportExpiresOn").GetString().ShouldBe("2034-01-01");
        fields.GetProperty("citizenship").GetString().ShouldBe("UKR");
    }

    [Fact]
    public async Task Upload_TakesPdfAndPngByContent_AndRefusesWrongTypeCorruptAndTooLargeWithTheReason()
    {
        var factory = await FactoryAsync();
        var (session, _) = await MigrantAsync(factory);
        using var _s = session;
        var id = (await StartAsync(session)).GetProperty("id").GetString()!;
        var badHeader = Png.ToArray();
        badHeader[16] ^= 0x01;

        using var png = await UploadAsync(session, id, "photo", Png, "photo.pdf");
        using var pdf = await UploadAsync(session, id, "passport", Pdf, "passport.pdf");
        using var notPdf = await UploadAsync(session, id, "passport", Encoding.UTF8.GetBytes("just text"), "passport.pdf", "pl");
        using var corrupt = await UploadAsync(session, id, "photo", badHeader, "photo.png", "pl");
        using var cut = await UploadAsync(session, id, "passport", Pdf[..20], "cut.pdf", "pl");
        using var large = await UploadAsync(session, id, "passport", new byte[(10 * 1024 * 1024) + 1], "large.pdf", "pl");
        using var unknown = await UploadAsync(session, id, "no-such-document", Png, "x.png");

        var files = (await JsonOf(pdf, HttpStatusCode.Created)).GetProperty("files").EnumerateArray().ToList();
        (await JsonOf(png, HttpStatusCode.Created)).ShouldNotBe(default);
        files.Count.ShouldBe(2);
        files[0].GetProperty("contentType").GetString().ShouldBe("image/png");
        files[0].GetProperty("sha256").GetString().ShouldBe(Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(Png)));
        files[0].GetProperty("size").GetInt64().ShouldBe(Png.Length);
        files[1].GetProperty("contentType").GetString().ShouldBe("application/pdf");
        (await ErrorsAsync(notPdf))["file"].ShouldBe([Translation("Only PDF, JPEG and PNG files are taken; by its content this file is none of them.", "pl")]);
        (await ErrorsAsync(corrupt))["file"].ShouldBe([Translation("The file is damaged: it starts as a {0} file but is not a whole one.", "pl", "PNG")]);
        (await ErrorsAsync(cut))["file"].ShouldBe([Translation("The file is damaged: it starts as a {0} file but is not a whole one.", "pl", "PDF")]);
        (await ErrorsAsync(large))["file"].ShouldBe([Translation("The file is larger than {0} MB.", "pl", 10)]);
        (await ErrorsAsync(unknown)).ShouldContainKey("document");
        var folder = Path.Combine(Path.GetDirectoryName(factory.MailFolder)!, "applications");
        Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories).ShouldAllBe(f => !f.EndsWith(".partial", StringComparison.Ordinal));
        // {folder}/{tenant}/{application}/{file}
        var application = Guid.Parse(id).ToString("N");
        var tenantFolder = Directory.EnumerateDirectories(folder).Single(d => Directory.Exists(Path.Combine(d, application)));
        var stored = Path.Combine(tenantFolder, application, Guid.Parse(files[0].GetProperty("id").GetString()!).ToString("N"));
        File.ReadAllBytes(stored).ShouldBe(Png);

        using var removed = await session.Client.DeleteAsync($"{Api}/{id}/files/{files[0].GetProperty("id").GetString()}", Cancel);

        (await JsonOf(removed, HttpStatusCode.OK)).GetProperty("files").GetArrayLength().ShouldBe(1);
        File.Exists(stored).ShouldBeFalse();
    }

    [Fact]
    public async Task Application_OfAnotherMigrant_IsNotFound_AndStaffHaveNoAccess()
    {
        var factory = await FactoryAsync();
        var (owner, _) = await MigrantAsync(factory);
        var (other, _) = await MigrantAsync(factory);
        using var _o = owner;
        using var _t = other;
        using var officer = await factory.SignInAsync(Roles.CaseOfficer);
        var id = (await StartAsync(owner)).GetProperty("id").GetString()!;

        using var read = await other.Client.GetAsync($"{Api}/{id}", Cancel);
        using var write = await StepAsync(other, id, "stay", new { version = 1, purpose = "mine" });
        using var page = await other.Client.GetAsync($"/my/applications/{id}/stay", Cancel);
        using var staff = await officer.NoRedirect.GetAsync($"{Api}/{id}", Cancel);

        read.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        write.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        page.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        staff.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await factory.CountAsync<Pathway.Platform.Audit.AuditEntry>(e => e.EntityType == nameof(OnlineApplication) && e.EntityId == id && e.Action == "read")).ShouldBe(0);
        using var own = await owner.Client.GetAsync($"{Api}/{id}", Cancel);
        own.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await factory.CountAsync<Pathway.Platform.Audit.AuditEntry>(e => e.EntityType == nameof(OnlineApplication) && e.EntityId == id && e.Action == "read")).ShouldBe(1);
    }

    [Fact]
    public async Task Submit_IncompleteOrWithout2faOrWithAWrongCode_IsRefused_AndNothingIsRegistered()
    {
        var factory = await FactoryAsync();
        var (session, userId) = await MigrantAsync(factory);
        using var _s = session;
        var empty = (await StartAsync(session)).GetProperty("id").GetString()!;
        var (id, version) = await CompleteAsync(session);

        using var incomplete = await session.Client.PostAsJsonAsync($"{Api}/{empty}/submit", Signed(1, "123456"), Cancel);
        using var no2fa = await session.Client.PostAsJsonAsync($"{Api}/{id}/submit", Signed(version, "123456"), Cancel);
        var key = await EnrolAsync(session);
        var wrong = Totp.Code(key) == "000000" ? "111111" : "000000";
        using var wrongCode = await session.Client.PostAsJsonAsync($"{Api}/{id}/submit", Signed(version, wrong), Cancel);

        var missing = await JsonOf(incomplete, HttpStatusCode.Conflict);
        missing.GetProperty("missing").EnumerateArray().Select(m => m.GetProperty("key").GetString()).ShouldContain("passport");
        var enrol = await JsonOf(no2fa, HttpStatusCode.Conflict);
        enrol.GetProperty("enrolUrl").GetString()!.ShouldStartWith("/account/enrol-2fa?returnUrl=");
        (await ErrorsAsync(wrongCode)).ShouldContainKey("code");
        (await factory.CountAsync<ResidenceCase>(c => c.ApplicantUserId == userId)).ShouldBe(0);
    }

    [Fact]
    public async Task Submit_WithTheRightCode_RegistersOneCasePaid_EvenWhenSentTwice_AndTheReceiptNamesIt()
    {
        var factory = await FactoryAsync();
        var (session, userId) = await MigrantAsync(factory);
        using var _s = session;
        var (id, version) = await CompleteAsync(session);
        var key = await EnrolAsync(session);
        var idempotencyKey = Guid.NewGuid().ToString();
        // One code for every send: a replay must carry the same body, and the code would change at the next 30-second step.
        var code = Totp.Code(key);

        async Task<HttpResponseMessage> SubmitAsync(string idempotency)
        {
            using var request = new HttpRequestMessage(HttpMethod.Post, $"{Api}/{id}/submit") { Content = JsonContent.Create(Signed(version, code)) };
            request.Headers.Add("Idempotency-Key", idempotency);
            return await session.Client.SendAsync(request, Cancel);
        }

        using var first = await SubmitAsync(idempotencyKey);
        using var replay = await SubmitAsync(idempotencyKey);
        using var again = await SubmitAsync(Guid.NewGuid().ToString());
        using var change = await StepAsync(session, id, "stay", new { version = 5, purpose = "Changed" });

        var submitted = await JsonOf(first, HttpStatusCode.Created);
        var number = submitted.GetProperty("caseNumber").GetString()!;
        submitted.GetProperty("state").GetString().ShouldBe("submitted");
        (await JsonOf(replay, HttpStatusCode.Created)).GetProperty("caseNumber").GetString().ShouldBe(number);
        (await JsonOf(again, HttpStatusCode.OK)).GetProperty("caseNumber").GetString().ShouldBe(number);
        change.StatusCode.ShouldBe(HttpStatusCode.Conflict);
        ResidenceCase? registered = null;
        await factory.WithDbAsync(async db => registered = await db.Set<ResidenceCase>().SingleAsync(c => c.ApplicantUserId == userId, Cancel));
        registered!.Number.ShouldBe(number);
        registered.ApplicationType.ShouldBe(Type);
        registered.ApplicantSurname.ShouldBe("SHEVCHENKO");
        registered.FeePaidOn.ShouldBe(registered.SubmittedOn);

        var receipt = await session.Client.GetFromJsonAsync<JsonElement>($"{Api}/{id}/receipt", Cancel);
        receipt.GetProperty("caseNumber").GetString().ShouldBe(number);
        receipt.GetProperty("signatureMethod").GetString().ShouldBe("account-totp");
        receipt.GetProperty("files").GetArrayLength().ShouldBe(Documents.Length);
        receipt.GetProperty("statusPage").GetString().ShouldBe("/my/cases/" + Uri.EscapeDataString(number));
        using var pdf = await session.Client.GetAsync($"/my/applications/{id}/receipt.pdf", Cancel);
        pdf.Content.Headers.ContentType!.MediaType.ShouldBe("application/pdf");
        using var document = PdfDocument.Open(await pdf.Content.ReadAsByteArrayAsync(Cancel));
        var text = string.Join(' ', document.GetPages().SelectMany(p => p.GetWords()).Select(w => w.Text));
        text.ShouldContain(number);
        text.ShouldContain(Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(Png)));

        // The officer's decision checklist reads the documents and the passport expiry the application filed.
        using var officer = await factory.SignInAsync(Roles.CaseOfficer);
        var checklist = await officer.Client.GetFromJsonAsync<JsonElement>($"/api/v1/cases/{Uri.EscapeDataString(number)}/checklist", Cancel);
        var lines = checklist.GetProperty("lines").EnumerateArray().ToList();
        lines.Single(l => l.GetProperty("check").GetString() == "required-documents").GetProperty("status").GetString().ShouldBe("passed");
        lines.Single(l => l.GetProperty("check").GetString() == "passport-validity").GetProperty("status").GetString().ShouldNotBe("not-checked");
    }
}

internal static class RequestMethods
{
    public static HttpRequestMessage WithMethod(this HttpRequestMessage request, HttpMethod method)
    {
        request.Method = method;
        return request;
    }
}

public sealed class SqliteApplicationsHttpTests(SqliteFactoryFixture fixture) : ApplicationsHttpTests, IClassFixture<SqliteFactoryFixture>
{
    protected override Task<PathwayFactory> FactoryAsync() => Task.FromResult(fixture.Factory);
}

public sealed class PostgresApplicationsHttpTests(PostgresServer server, PostgresFactoryFixture fixture) : ApplicationsHttpTests, IClassFixture<PostgresFactoryFixture>
{
    protected override Task<PathwayFactory> FactoryAsync() => Task.FromResult(fixture.GetAsync(server)).Unwrap();
}
