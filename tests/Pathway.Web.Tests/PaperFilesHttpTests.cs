using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Pathway.Cases.PaperFiles;
using Pathway.Platform.Demo;
using Pathway.Platform.Identity;
using Pathway.Platform.Tenancy;
using Pathway.Testing;

namespace Pathway.Web.Tests;

/// <summary>Paper files with RFID tags over HTTP: binding, EPCIS and CSV capture, custody, where a file is and shelf inventory, on SQLite and PostgreSQL.</summary>
public abstract class PaperFilesHttpTests
{
    private const string Prefix = "0614141";

    protected abstract Task<PathwayFactory> FactoryAsync();

    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Bind_ATagTwice_IsAConflictNamingTheCase()
    {
        using var officer = await (await FactoryAsync()).SignInAsync(Roles.CaseOfficer);
        var reference = NewReference();

        using var first = await officer.Client.PostAsJsonAsync("/api/v1/cases/paper-files", new { caseNumber = "WSC-T.1.2026", companyPrefix = Prefix, assetReference = reference, filter = "3" }, Cancel);
        var hex = ((TagEncoded)Giai96.Encode(Prefix, reference, 0)).Tag.Hex;
        using var again = await officer.Client.PostAsJsonAsync("/api/v1/cases/paper-files", new { caseNumber = "WSC-T.2.2026", tag = hex }, Cancel);

        first.StatusCode.ShouldBe(HttpStatusCode.Created, await first.Content.ReadAsStringAsync(Cancel));
        var bound = await first.Content.ReadFromJsonAsync<JsonElement>(Cancel);
        bound.GetProperty("epc").GetString().ShouldBe($"urn:epc:id:giai:{Prefix}.{reference}");
        bound.GetProperty("tagUri").GetString().ShouldBe($"urn:epc:tag:giai-96:3.{Prefix}.{reference}");
        again.StatusCode.ShouldBe(HttpStatusCode.Conflict);
        (await again.Content.ReadFromJsonAsync<JsonElement>(Cancel)).GetProperty("title").GetString()!.ShouldContain("WSC-T.1.2026");
    }

    [Fact]
    public async Task Bind_WithoutACaseNumberOrWithAnotherScheme_IsRefusedPerField()
    {
        using var officer = await (await FactoryAsync()).SignInAsync(Roles.CaseOfficer);

        using var noCase = await officer.Client.PostAsJsonAsync("/api/v1/cases/paper-files", new { tag = "3474257BF40000000000162E" }, Cancel);
        using var request = ProblemDetails.Json("/api/v1/cases/paper-files", new { caseNumber = "X/1", tag = "3074257BF7194E4000001A85" }, "uk");
        using var sgtin = await officer.Client.SendAsync(request, Cancel);

        (await ProblemDetails.ErrorsAsync(noCase)).Keys.ShouldBe(["caseNumber"]);
        (await ProblemDetails.ErrorsAsync(sgtin))["tag"].ShouldBe([ProblemDetails.Translation("This is not a GIAI-96 tag: its header is {0} ({1}).", "uk", "0x30", "SGTIN-96")]);
    }

    [Fact]
    public async Task Capture_AnEpcisDocument_CollapsesRepeatsKeepsAnomaliesAndIgnoresEventsSeenBefore()
    {
        var factory = await FactoryAsync();
        using var supervisor = await factory.SignInAsync(Roles.Supervisor);
        var (shelf, reference) = (await NewReaderAsync(supervisor, "ArchiveShelf"), NewReference());
        var tag = await BindAsync(supervisor, "WSC-E.1.2026", reference);
        var stranger = ((TagEncoded)Giai96.Encode(Prefix, NewReference(), 1)).Tag.Hex;
        var eventId = $"urn:uuid:{Guid.NewGuid()}";
        var document = Document(
            ObjectEvent(eventId, "2026-05-04T10:00:00.000+02:00", "+02:00", [tag.PureIdentityUri, tag.TagUri, stranger], shelf, "urn:epcglobal:cbv:bizstep:storing"),
            new { type = "TransformationEvent", eventTime = "2026-05-04T08:00:05Z", eventTimeZoneOffset = "+00:00", inputEPCList = new[] { tag.PureIdentityUri } },
            ObjectEvent(null, "2026-05-04T08:00:10Z", "+02:00", [tag.PureIdentityUri], "urn:epc:id:sgln:0614141.99999.0", "storing"));

        var counts = await CaptureAsync(supervisor, document);
        var repeated = await CaptureAsync(supervisor, Document(ObjectEvent(eventId, "2026-05-04T10:00:00.000+02:00", "+02:00", [tag.PureIdentityUri], shelf, "storing")));
        var later = await CaptureAsync(supervisor, Document(ObjectEvent(null, "2026-05-04T08:00:40Z", "+00:00", [Hex(tag)], shelf, "https://ref.gs1.org/cbv/BizStep-storing")));

        counts.ShouldBe(new Counts(1, 1, 0, 3));
        repeated.ShouldBe(new Counts(0, 0, 1, 0));
        later.ShouldBe(new Counts(0, 1, 0, 0));
        var where = await WhereAsync(supervisor, "WSC-E.1.2026");
        where.GetProperty("lastReadAt").GetString().ShouldBe("2026-05-04T10:00:00+02:00");
        where.GetProperty("lastPlace").GetProperty("readerId").GetString().ShouldBe(shelf);
        // Read with bizStep storing at an archive shelf: the file is on that shelf.
        where.GetProperty("custody").GetProperty("state").GetString().ShouldBe("checkedIn");
        where.GetProperty("custody").GetProperty("shelfReaderId").GetString().ShouldBe(shelf);
        var anomalies = (await supervisor.Client.GetFromJsonAsync<JsonElement[]>("/api/v1/cases/paper-files/anomalies?limit=50", Cancel))!;
        var strangerEpc = EpcText.PureIdentity(stranger, out _);
        anomalies.Select(a => a.GetProperty("kind").GetString()).ShouldContain("UnsupportedEventType");
        anomalies.ShouldContain(a => a.GetProperty("kind").GetString() == "UnknownTag" && a.GetProperty("epc").GetString() == strangerEpc);
        anomalies.ShouldContain(a => a.GetProperty("kind").GetString() == "UnknownReader" && a.GetProperty("raw").GetString()!.Contains("urn:epc:id:sgln:0614141.99999.0"));
    }

    [Fact]
    public async Task Capture_OfABodyThatIsNoEpcisDocument_IsRefusedWholeAndWritesNothing()
    {
        var factory = await FactoryAsync();
        using var supervisor = await factory.SignInAsync(Roles.Supervisor);
        var shelf = await NewReaderAsync(supervisor, "ArchiveShelf");
        var tag = await BindAsync(supervisor, "WSC-E.2.2026", NewReference());
        var reads = await factory.CountAsync<TagRead>();
        var anomalies = await factory.CountAsync<ReadAnomaly>();
        var wrongType = JsonSerializer.Serialize(new
        {
            type = "EPCISQueryDocument",
            schemaVersion = "2.0",
            creationDate = "2026-05-04T08:00:00Z",
            epcisBody = new { eventList = new[] { ObjectEvent(null, "2026-05-04T08:00:00Z", "+00:00", [tag.PureIdentityUri], shelf, "storing") } },
        });

        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/v1/cases/epcis/capture") { Content = new StringContent("{\"@context\": [", Encoding.UTF8, "application/ld+json") };
        request.Headers.AcceptLanguage.ParseAdd("pl");
        using var broken = await supervisor.Client.SendAsync(request, Cancel);
        using var notADocument = await PostAsync(supervisor, "/api/v1/cases/epcis/capture", wrongType, "application/json");

        (await ProblemDetails.ErrorsAsync(broken))["body"].ShouldBe([ProblemDetails.Translation("The body is not an EPCIS 2.0 document.", "pl")]);
        (await ProblemDetails.ErrorsAsync(notADocument)).Keys.ShouldBe(["body"]);
        (await factory.CountAsync<TagRead>()).ShouldBe(reads);
        (await factory.CountAsync<ReadAnomaly>()).ShouldBe(anomalies);
    }

    [Fact]
    public async Task Capture_WithAGatewayKey_IsAcceptedButTheKeyReadsNothing()
    {
        var factory = await FactoryAsync();
        using var supervisor = await factory.SignInAsync(Roles.Supervisor);
        var gate = await NewReaderAsync(supervisor, "Gate");
        var tag = await BindAsync(supervisor, "WSC-E.3.2026", NewReference());
        using var machine = factory.CreateClient();
        machine.DefaultRequestHeaders.Add("X-Api-Key", await GatewayKeyAsync(factory));

        using var response = await machine.PostAsync("/api/v1/cases/epcis/capture",
            new StringContent(Document(ObjectEvent(null, "2026-05-04T09:00:00Z", "+02:00", [tag.TagUri], gate, "departing")), Encoding.UTF8, "application/ld+json"), Cancel);

        response.StatusCode.ShouldBe(HttpStatusCode.Accepted, await response.Content.ReadAsStringAsync(Cancel));
        (await response.Content.ReadFromJsonAsync<Counts>(Cancel)).ShouldBe(new Counts(1, 0, 0, 0));
        (await machine.GetAsync("/api/v1/cases/paper-files/where?file=WSC-E.3.2026", Cancel)).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task ImportCsv_KeepsEachUnreadableLineAsAnAnomalyWithItsNumber()
    {
        var factory = await FactoryAsync();
        using var officer = await factory.SignInAsync(Roles.CaseOfficer);
        using var supervisor = await factory.SignInAsync(Roles.Supervisor);
        var room = await NewReaderAsync(supervisor, "OfficerRoom");
        var tag = await BindAsync(officer, "WSC-C.1.2026", NewReference());
        var csv = $"epc,reader,time\r\n{Hex(tag)},{room},2026-05-04T11:00:00+02:00\r\n{tag.PureIdentityUri},{room},2026-05-04T11:00:20+02:00\r\n"
            + $"{tag.PureIdentityUri},{room},yesterday\r\nnot-an-epc,{room},2026-05-04T11:05:00Z\r\n";

        using var response = await PostAsync(officer, "/api/v1/cases/paper-files/reads", csv, "text/csv");
        using var noHeader = await PostAsync(officer, "/api/v1/cases/paper-files/reads", $"{room},{Hex(tag)},2026-05-04T11:00:00Z", "text/csv");

        response.StatusCode.ShouldBe(HttpStatusCode.Accepted, await response.Content.ReadAsStringAsync(Cancel));
        (await response.Content.ReadFromJsonAsync<Counts>(Cancel)).ShouldBe(new Counts(1, 1, 0, 2));
        (await ProblemDetails.ErrorsAsync(noHeader)).Keys.ShouldBe(["body"]);
        var anomalies = (await officer.Client.GetFromJsonAsync<JsonElement[]>("/api/v1/cases/paper-files/anomalies?limit=50", Cancel))!;
        anomalies.ShouldContain(a => a.GetProperty("kind").GetString() == "MalformedRow" && a.GetProperty("line").GetInt32() == 4 && a.GetProperty("raw").GetString()!.EndsWith(",yesterday"));
        anomalies.ShouldContain(a => a.GetProperty("kind").GetString() == "MalformedEpc" && a.GetProperty("line").GetInt32() == 5);
    }

    [Fact]
    public async Task CheckOutAndIn_ChangeWhoHoldsTheFile_AndEachLookUpIsAudited()
    {
        var factory = await FactoryAsync();
        using var officer = await factory.SignInAsync(Roles.CaseOfficer);
        using var supervisor = await factory.SignInAsync(Roles.Supervisor);
        var shelf = await NewReaderAsync(supervisor, "ArchiveShelf");
        var tag = await BindAsync(officer, "WSC-K.1.2026", NewReference());
        var officerId = await factory.UserIdAsync(DemoAccounts.EmailOf(Roles.CaseOfficer));

        using var unknownShelf = await officer.Client.PostAsJsonAsync("/api/v1/cases/paper-files/check-in", new { file = tag.PureIdentityUri, shelf = "urn:epc:id:sgln:1.2.3" }, Cancel);
        using var outward = await officer.Client.PostAsJsonAsync("/api/v1/cases/paper-files/check-out", new { file = "WSC-K.1.2026", officerId }, Cancel);
        var held = await WhereAsync(officer, Hex(tag));
        using var back = await officer.Client.PostAsJsonAsync("/api/v1/cases/paper-files/check-in", new { file = tag.TagUri, shelf }, Cancel);
        var shelved = await WhereAsync(officer, "WSC-K.1.2026");

        unknownShelf.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        outward.StatusCode.ShouldBe(HttpStatusCode.NoContent);
        held.GetProperty("custody").GetProperty("state").GetString().ShouldBe("checkedOut");
        held.GetProperty("custody").GetProperty("officerId").GetGuid().ShouldBe(officerId);
        back.StatusCode.ShouldBe(HttpStatusCode.NoContent);
        shelved.GetProperty("custody").GetProperty("state").GetString().ShouldBe("checkedIn");
        shelved.GetProperty("history").EnumerateArray().Select(h => h.GetProperty("kind").GetString()).ShouldBe(["checkedIn", "checkedOut"]);
        var fileId = await FileIdAsync(factory, tag.PureIdentityUri);
        (await factory.CountAsync<Pathway.Platform.Audit.AuditEntry>(e => e.Action == "read" && e.EntityType == nameof(PaperFile) && e.EntityId == fileId.ToString())).ShouldBe(2);
    }

    [Fact]
    public async Task Inventory_OfAShelf_SaysWhatIsPresentMissingMisplacedAndUnknown()
    {
        var factory = await FactoryAsync();
        using var supervisor = await factory.SignInAsync(Roles.Supervisor);
        var (shelf, other) = (await NewReaderAsync(supervisor, "ArchiveShelf"), await NewReaderAsync(supervisor, "ArchiveShelf"));
        var present = await BindAsync(supervisor, "WSC-I.1.2026", NewReference());
        var missing = await BindAsync(supervisor, "WSC-I.2.2026", NewReference());
        var misplaced = await BindAsync(supervisor, "WSC-I.3.2026", NewReference());
        var unknown = ((TagEncoded)Giai96.Encode(Prefix, NewReference(), 0)).Tag;
        await CaptureAsync(supervisor, Document(
            ObjectEvent(null, "2026-05-01T08:00:00Z", "+02:00", [present.PureIdentityUri, missing.PureIdentityUri], shelf, "storing"),
            ObjectEvent(null, "2026-05-01T08:00:00Z", "+02:00", [misplaced.PureIdentityUri], other, "storing")));

        await CaptureAsync(supervisor, Document(ObjectEvent(null, "2026-05-04T18:00:00Z", "+02:00", [present.TagUri, misplaced.TagUri, unknown.TagUri], shelf, "inventorying")));
        var inventory = await supervisor.Client.GetFromJsonAsync<JsonElement>(
            $"/api/v1/cases/paper-files/inventory?shelf={Uri.EscapeDataString(shelf)}&from={Uri.EscapeDataString("2026-05-04T19:00:00+02:00")}&until={Uri.EscapeDataString("2026-05-04T21:00:00+02:00")}", Cancel);
        using var badRange = await supervisor.Client.GetAsync($"/api/v1/cases/paper-files/inventory?shelf={Uri.EscapeDataString(shelf)}&from=2026-05-04&until=2026-05-03", Cancel);

        Epcs(inventory, "present").ShouldBe([present.PureIdentityUri]);
        Epcs(inventory, "missing").ShouldBe([missing.PureIdentityUri]);
        Epcs(inventory, "misplaced").ShouldBe([misplaced.PureIdentityUri]);
        inventory.GetProperty("misplaced")[0].GetProperty("expectedShelf").GetString().ShouldBe(other);
        inventory.GetProperty("unknownTags").EnumerateArray().Select(t => t.GetString()).ShouldBe([unknown.PureIdentityUri]);
        (await ProblemDetails.ErrorsAsync(badRange)).Keys.ShouldBe(["from"]);
    }

    [Fact]
    public async Task PaperFilesPage_ShowsWhereAFileIs()
    {
        var factory = await FactoryAsync();
        using var officer = await factory.SignInAsync(Roles.CaseOfficer);
        var tag = await BindAsync(officer, "WSC-P.1.2026", NewReference());

        var page = await officer.GetPageAsync($"/en/cases/paper-files?file={Uri.EscapeDataString(tag.TagUri)}");

        page.QuerySelector("#where-heading").ShouldNotBeNull();
        page.QuerySelector(".where dl.facts")!.TextContent.ShouldContain("WSC-P.1.2026");
        page.QuerySelectorAll(".errors li").ShouldBeEmpty();
    }

    private static string NewReference() => Random.Shared.NextInt64(1_000_000, 1_000_000_000_000).ToString(System.Globalization.CultureInfo.InvariantCulture);

    private static string Hex(Giai96 tag) => tag.Hex;

    private static List<string?> Epcs(JsonElement inventory, string list) => inventory.GetProperty(list).EnumerateArray().Select(f => f.GetProperty("epc").GetString()).ToList();

    private static async Task<Giai96> BindAsync(WebSession session, string caseNumber, string reference)
    {
        using var response = await session.Client.PostAsJsonAsync("/api/v1/cases/paper-files", new { caseNumber, companyPrefix = Prefix, assetReference = reference, filter = "3" }, Cancel);
        response.StatusCode.ShouldBe(HttpStatusCode.Created, await response.Content.ReadAsStringAsync(Cancel));
        return ((TagEncoded)Giai96.Encode(Prefix, reference, 3)).Tag;
    }

    private static async Task<string> NewReaderAsync(WebSession supervisor, string kind)
    {
        var readerId = FormattableString.Invariant($"urn:epc:id:sgln:0614141.{Random.Shared.Next(10000, 99999)}.{Guid.NewGuid():N}");
        using var response = await supervisor.Client.PostAsJsonAsync("/api/v1/cases/paper-files/readers", new { readerId, kind, name = $"Reader {kind}" }, Cancel);
        response.StatusCode.ShouldBe(HttpStatusCode.Created, await response.Content.ReadAsStringAsync(Cancel));
        return readerId;
    }

    private static async Task<string> GatewayKeyAsync(PathwayFactory factory)
    {
        using var admin = await factory.SignInAsync(Roles.Admin);
        var office = Guid.Empty;
        await factory.WithDbAsync(async db => office = (await db.Organisations.FirstAsync(o => o.Kind == OrganisationKind.OfficeUnit, Cancel)).Id);
        using var created = await admin.Client.PostAsJsonAsync("/api/v1/admin/api-keys", new { name = "Archive gateway", scopes = new[] { "cases.files.capture" }, organisationId = office, validDays = 30 }, Cancel);
        created.StatusCode.ShouldBe(HttpStatusCode.Created, await created.Content.ReadAsStringAsync(Cancel));
        return (await created.Content.ReadFromJsonAsync<JsonElement>(Cancel)).GetProperty("secret").GetString()!;
    }

    private static async Task<Guid> FileIdAsync(PathwayFactory factory, string epc)
    {
        var id = Guid.Empty;
        await factory.WithDbAsync(async db => id = (await db.Set<PaperFile>().IgnoreQueryFilters().FirstAsync(f => f.Epc == epc, Cancel)).Id);
        return id;
    }

    private static async Task<JsonElement> WhereAsync(WebSession session, string file)
    {
        var answer = await session.Client.GetFromJsonAsync<JsonElement>($"/api/v1/cases/paper-files/where?file={Uri.EscapeDataString(file)}", Cancel);
        return answer.GetProperty("files").EnumerateArray().Single();
    }

    private static async Task<Counts> CaptureAsync(WebSession session, string document)
    {
        using var response = await PostAsync(session, "/api/v1/cases/epcis/capture", document, "application/ld+json");
        response.StatusCode.ShouldBe(HttpStatusCode.Accepted, await response.Content.ReadAsStringAsync(Cancel));
        return (await response.Content.ReadFromJsonAsync<Counts>(Cancel))!;
    }

    private static Task<HttpResponseMessage> PostAsync(WebSession session, string url, string body, string mediaType) =>
        session.Client.PostAsync(url, new StringContent(body, Encoding.UTF8, mediaType), Cancel);

    /// <summary>An EPCIS 2.0 document in the JSON-LD shape of the standard's examples.</summary>
    private static string Document(params object[] events) => JsonSerializer.Serialize(new Dictionary<string, object>
    {
        ["@context"] = new object[] { "https://ref.gs1.org/standards/epcis/2.0.0/epcis-context.jsonld" },
        ["type"] = "EPCISDocument",
        ["schemaVersion"] = "2.0",
        ["creationDate"] = "2026-05-04T08:00:00.000Z",
        ["epcisBody"] = new { eventList = events },
    });

    private static Dictionary<string, object> ObjectEvent(string? eventId, string eventTime, string offset, string[] epcs, string readPoint, string bizStep)
    {
        var item = new Dictionary<string, object>
        {
            ["type"] = "ObjectEvent",
            ["eventTime"] = eventTime,
            ["eventTimeZoneOffset"] = offset,
            ["epcList"] = epcs,
            ["action"] = "OBSERVE",
            ["bizStep"] = bizStep,
            ["disposition"] = "in_progress",
            ["readPoint"] = new { id = readPoint },
        };
        if (eventId is not null)
        {
            item["eventID"] = eventId;
        }

        return item;
    }

    private sealed record Counts(int Accepted, int Collapsed, int RepeatedEvents, int Anomalies);
}

public sealed class SqlitePaperFilesHttpTests(SqliteFactoryFixture fixture) : PaperFilesHttpTests, IClassFixture<SqliteFactoryFixture>
{
    protected override Task<PathwayFactory> FactoryAsync() => Task.FromResult(fixture.Factory);
}

public sealed class PostgresPaperFilesHttpTests(PostgresServer server, PostgresFactoryFixture fixture) : PaperFilesHttpTests, IClassFixture<PostgresFactoryFixture>
{
    protected override Task<PathwayFactory> FactoryAsync() => fixture.GetAsync(server);
}
