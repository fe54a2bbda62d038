using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Pathway.People.Duplicates;
using Pathway.People.LostStolen;
using Pathway.People.Registry;
using Pathway.Platform.Audit;
using Pathway.Platform.Demo;
using Pathway.Platform.Identity;
using Pathway.Platform.Tenancy;
using Pathway.Testing;

namespace Pathway.Web.Tests;

/// <summary>The supervisors' review queue over HTTP, on SQLite and PostgreSQL.</summary>
public abstract class DuplicateReviewTests
{
    protected abstract Task<PathwayFactory> FactoryAsync();

    [Fact]
    public async Task Merge_ThenUndo_KeepsBothRecordsAndRestoresTheQueue()
    {
        var factory = await FactoryAsync();
        var (a, b) = await TwoOfficePersonsAsync(factory);
        var suspicion = await RaiseAsync(factory, a, b);
        using var supervisor = factory.Session();
        await supervisor.SignInAsync(DemoAccounts.EmailOf(Roles.Supervisor));

        var queue = await supervisor.Client.GetFromJsonAsync<List<SuspicionView>>("/api/v1/duplicates", TestContext.Current.CancellationToken);
        queue!.ShouldContain(s => s.Id == suspicion && s.Other != null);

        (await supervisor.Client.PostAsJsonAsync($"/api/v1/duplicates/{suspicion}/decision", new { decision = "merge" }, TestContext.Current.CancellationToken))
            .StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await supervisor.Client.PostAsJsonAsync($"/api/v1/duplicates/{suspicion}/decision", new { decision = "merge", survivorId = a.Id, note = "same passport photo" }, TestContext.Current.CancellationToken))
            .StatusCode.ShouldBe(HttpStatusCode.NoContent);
        (await supervisor.Client.PostAsJsonAsync($"/api/v1/duplicates/{suspicion}/decision", new { decision = "reject" }, TestContext.Current.CancellationToken))
            .StatusCode.ShouldBe(HttpStatusCode.Conflict);

        // The merged record is kept and readable, but no longer found on its own.
        (await supervisor.Client.GetAsync($"/api/v1/persons/{b.Id}", TestContext.Current.CancellationToken)).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await SearchIdsAsync(supervisor, b)).ShouldNotContain(b.Id);

        var merges = await supervisor.Client.GetFromJsonAsync<List<MergeView>>("/api/v1/duplicates/merges", TestContext.Current.CancellationToken);
        var merge = merges!.First(m => m.Merged.Id == b.Id && m.UndoneAt == null);
        merge.Survivor.Id.ShouldBe(a.Id);
        (await supervisor.Client.PostAsync($"/api/v1/duplicates/merges/{merge.Id}/undo", null, TestContext.Current.CancellationToken)).StatusCode.ShouldBe(HttpStatusCode.NoContent);
        (await supervisor.Client.PostAsync($"/api/v1/duplicates/merges/{merge.Id}/undo", null, TestContext.Current.CancellationToken)).StatusCode.ShouldBe(HttpStatusCode.Conflict);
        (await SearchIdsAsync(supervisor, b)).ShouldContain(b.Id);
        (await supervisor.Client.GetFromJsonAsync<List<SuspicionView>>("/api/v1/duplicates", TestContext.Current.CancellationToken))!.ShouldContain(s => s.Id == suspicion);

        await factory.WithDbAsync(async db =>
        {
            (await db.AuditEntries.AnyAsync(e => e.Action == "merge" && e.EntityId == $"{a.Id},{b.Id}" && e.Reason == "same passport photo")).ShouldBeTrue();
            (await db.AuditEntries.AnyAsync(e => e.Action == "undo-merge" && e.EntityId == $"{a.Id},{b.Id}")).ShouldBeTrue();
        });
    }

    [Fact]
    public async Task Merge_SettlesTheOtherEntriesOfThePairAndMovesTheMergedRecordsEntries_AndUndoPutsThemBack()
    {
        var factory = await FactoryAsync();
        var (a, b, c) = await ThreeOfficePersonsAsync(factory);
        var samePair = await RaiseAsync(factory, a, b, SuspicionKind.LikelySamePerson);
        var sharedNumber = await RaiseAsync(factory, a, b, SuspicionKind.SharedDocumentNumber, """{"document":"X"}""");
        var bAndC = await RaiseAsync(factory, b, c, SuspicionKind.LikelySamePerson);
        var aAndC = await RaiseAsync(factory, a, c, SuspicionKind.LikelySamePerson);
        var bAndCNumber = await RaiseAsync(factory, b, c, SuspicionKind.SharedDocumentNumber, """{"document":"Y"}""");
        var listed = await RaiseAsync(factory, b, null, SuspicionKind.LostOrStolenDocument, """{"document":"Z","issuingState":"UKR","source":"test"}""");
        using var supervisor = factory.Session();
        await supervisor.SignInAsync(DemoAccounts.EmailOf(Roles.Supervisor));

        (await supervisor.Client.PostAsJsonAsync($"/api/v1/duplicates/{sharedNumber}/decision", new { decision = "merge", survivorId = a.Id }, TestContext.Current.CancellationToken))
            .StatusCode.ShouldBe(HttpStatusCode.NoContent);

        var queue = (await supervisor.Client.GetFromJsonAsync<List<SuspicionView>>("/api/v1/duplicates", TestContext.Current.CancellationToken))!;
        queue.ShouldNotContain(s => s.Person.Id == b.Id || (s.Other != null && s.Other.Id == b.Id), "nothing open may name the merged record");
        queue.ShouldNotContain(s => s.Id == samePair);
        queue.ShouldNotContain(s => s.Id == bAndC, "it would repeat the entry for a and c");
        queue.ShouldContain(s => s.Id == aAndC);
        queue.ShouldContain(s => s.Id == bAndCNumber && s.Kind == SuspicionKind.SharedDocumentNumber && new[] { s.Person.Id, s.Other!.Id }.Order().SequenceEqual(new[] { a.Id, c.Id }.Order()));
        queue.ShouldContain(s => s.Id == listed && s.Person.Id == a.Id);
        await factory.WithDbAsync(async db =>
            (await db.Set<DuplicateSuspicion>().Where(s => s.Id == samePair || s.Id == bAndC).Select(s => s.Status).ToListAsync()).ShouldAllBe(st => st == SuspicionStatus.Merged));

        var merge = (await supervisor.Client.GetFromJsonAsync<List<MergeView>>("/api/v1/duplicates/merges", TestContext.Current.CancellationToken))!
            .First(m => m.Merged.Id == b.Id && m.UndoneAt == null);
        (await supervisor.Client.PostAsync($"/api/v1/duplicates/merges/{merge.Id}/undo", null, TestContext.Current.CancellationToken)).StatusCode.ShouldBe(HttpStatusCode.NoContent);
        await factory.WithDbAsync(async db =>
        {
            var entries = await db.Set<DuplicateSuspicion>().Where(s => new[] { samePair, sharedNumber, bAndC, aAndC, bAndCNumber, listed }.Contains(s.Id)).ToListAsync();
            entries.ShouldAllBe(s => s.Status == SuspicionStatus.Open);
            entries.Single(s => s.Id == bAndCNumber).ShouldSatisfyAllConditions(s => new[] { s.PersonId, s.OtherPersonId!.Value }.Order().SequenceEqual(new[] { b.Id, c.Id }.Order()).ShouldBeTrue());
            entries.Single(s => s.Id == listed).PersonId.ShouldBe(b.Id);
        });
    }

    [Fact]
    public async Task DuplicatesPage_DecisionNotPossible_IsShownAsAnErrorNotAsSuccess()
    {
        var factory = await FactoryAsync();
        var (a, _, _) = await ThreeOfficePersonsAsync(factory);
        var listed = await RaiseAsync(factory, a, null, SuspicionKind.LostOrStolenDocument, $$"""{"document":"P{{Guid.NewGuid():N}}","issuingState":"UKR","source":"test"}""");
        using var supervisor = factory.Session();
        await supervisor.SignInAsync(DemoAccounts.EmailOf(Roles.Supervisor));
        var page = await supervisor.GetPageAsync("/staff/duplicates");
        page.QuerySelectorAll($"button[value='reject:{listed}']").ShouldHaveSingleItem().TextContent.ShouldBe(ProblemDetails.Translation("Not a concern", "pl"), "the office works in Polish");

        // A merge of an entry with one record is not possible: a crafted (or stale) button says so as an error.
        using var response = await supervisor.PostFormAsync("/staff/duplicates", "decide", new Dictionary<string, string> { ["Action"] = $"merge:{listed}:{a.Id}" });
        var answer = new AngleSharp.Html.Parser.HtmlParser().ParseDocument(await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
        var refusal = ProblemDetails.Translation("This decision is not possible for this entry.", "pl");
        answer.QuerySelector("p.warning[role=alert]")!.TextContent.ShouldBe(refusal);
        (answer.QuerySelector(".notice")?.TextContent ?? "").ShouldNotContain(refusal);
    }

    [Fact]
    public async Task LostStolenImport_SameListTwice_QueuesNothingNewAndKeepsEachRowsSource()
    {
        var factory = await FactoryAsync();
        var (a, b, _) = await ThreeOfficePersonsAsync(factory);
        var (first, second) = (a.Documents[0], b.Documents[0]);
        using var supervisor = factory.Session();
        await supervisor.SignInAsync(DemoAccounts.EmailOf(Roles.Supervisor));
        var csv = $"number,issuing_state,reported_on,source\n{first.Number},{first.IssuingState},2026-10-01,SLTD\n{second.Number},{second.IssuingState},,\n";

        var once = await ImportAsync(supervisor, csv, "national list");
        once.ShouldBe(new LostStolenImportResult(2, 2, 0));
        var queued = await ListedEntriesAsync(factory, a, b);
        queued.Count.ShouldBe(2);
        queued.ShouldContain(s => s.PersonId == a.Id && s.Explanation.Contains("SLTD"));
        queued.ShouldContain(s => s.PersonId == b.Id && s.Explanation.Contains("national list"));

        var again = await ImportAsync(supervisor, csv, "again");
        again.ShouldBe(new LostStolenImportResult(0, 0, 2));
        (await ListedEntriesAsync(factory, a, b)).Count.ShouldBe(2);
        await factory.WithDbAsync(async db =>
        {
            (await db.Set<LostStolenDocument>().SingleAsync(l => l.Number == first.Number)).Source.ShouldBe("SLTD");
            (await db.Set<LostStolenDocument>().SingleAsync(l => l.Number == second.Number)).Source.ShouldBe("national list");
        });
    }

    [Fact]
    public async Task Queue_ForCaseOfficer_IsForbidden()
    {
        var factory = await FactoryAsync();
        using var officer = factory.Session();
        await officer.SignInAsync(DemoAccounts.EmailOf(Roles.CaseOfficer));
        (await officer.Client.GetAsync("/api/v1/duplicates", TestContext.Current.CancellationToken)).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task LostStolenImport_ListWithARegistryDocument_RaisesASuspicion()
    {
        var factory = await FactoryAsync();
        var (a, _) = await TwoOfficePersonsAsync(factory);
        var document = a.Documents[0];
        using var supervisor = factory.Session();
        await supervisor.SignInAsync(DemoAccounts.EmailOf(Roles.Supervisor));
        var csv = $"number,issuing_state,reported_on,source\n{document.Number.ToLowerInvariant()},{document.IssuingState},2026-10-01,SLTD\nZZ0000001,UKR,,\n";
        using var response = await supervisor.Client.PostAsync("/api/v1/lost-stolen?source=test", new StringContent(csv, Encoding.UTF8, "text/csv"), TestContext.Current.CancellationToken);
        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        var result = await response.Content.ReadFromJsonAsync<LostStolenImportResult>(TestContext.Current.CancellationToken);
        result!.Imported.ShouldBe(2);
        result.DocumentsFound.ShouldBeGreaterThanOrEqualTo(1);
        var queue = await supervisor.Client.GetFromJsonAsync<List<SuspicionView>>("/api/v1/duplicates", TestContext.Current.CancellationToken);
        queue!.ShouldContain(s => s.Kind == SuspicionKind.LostOrStolenDocument && s.Person.Id == a.Id && s.Evidence.Facts.Any(f => f.Name == "document" && f.Value == document.Number) && s.Evidence.Facts.Any(f => f.Name == "source" && f.Value == "SLTD"));
    }

    [Theory]
    [InlineData("number,issuing_state\nAB123456,UKR\nAB1234567,UKR,extra\n", "line 3")]
    [InlineData("number,issuing_state,reported_on\nAB123456,UKR,01.10.2026\n", "line 2")]
    [InlineData("passport,country\nAB123456,UKR\n", "line 1")]
    [InlineData("number,issuing_state\nAB123456,Ukraine\n", "line 2")]
    public async Task LostStolenImport_BadLine_Returns400NamingTheLineAndImportsNothing(string csv, string line)
    {
        var factory = await FactoryAsync();
        using var supervisor = factory.Session();
        await supervisor.SignInAsync(DemoAccounts.EmailOf(Roles.Supervisor));
        var before = await factory.CountAsync<LostStolenDocument>();
        using var response = await supervisor.Client.PostAsync("/api/v1/lost-stolen", new StringContent(csv, Encoding.UTF8, "text/csv"), TestContext.Current.CancellationToken);
        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        var errors = JsonDocument.Parse(await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken)).RootElement.GetProperty("errors");
        errors.EnumerateObject().Select(p => p.Name).ShouldContain(line);
        (await factory.CountAsync<LostStolenDocument>()).ShouldBe(before);
    }

    [Fact]
    public async Task LostStolenImport_NotUtf8_Returns400()
    {
        var factory = await FactoryAsync();
        using var supervisor = factory.Session();
        await supervisor.SignInAsync(DemoAccounts.EmailOf(Roles.Supervisor));
        var bytes = Encoding.UTF8.GetBytes("number,issuing_state\nAB123456,UKR\n").Concat(new byte[] { 0xC3, 0x28, 0x0A }).ToArray();
        using var response = await supervisor.Client.PostAsync("/api/v1/lost-stolen", new ByteArrayContent(bytes), TestContext.Current.CancellationToken);
        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken)).ShouldContain("line 3");
    }

    private static async Task<LostStolenImportResult> ImportAsync(WebSession session, string csv, string source)
    {
        using var response = await session.Client.PostAsync($"/api/v1/lost-stolen?source={Uri.EscapeDataString(source)}", new StringContent(csv, Encoding.UTF8, "text/csv"), TestContext.Current.CancellationToken);
        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        return (await response.Content.ReadFromJsonAsync<LostStolenImportResult>(TestContext.Current.CancellationToken))!;
    }

    private static async Task<List<DuplicateSuspicion>> ListedEntriesAsync(PathwayFactory factory, Person a, Person b)
    {
        List<DuplicateSuspicion> found = [];
        await factory.WithDbAsync(async db => found = await db.Set<DuplicateSuspicion>()
            .Where(s => s.Kind == SuspicionKind.LostOrStolenDocument && (s.PersonId == a.Id || s.PersonId == b.Id)).ToListAsync());
        return found;
    }

    /// <summary>Three persons of the office from a stretch of the registry the other tests here do not draw from.</summary>
    private static async Task<(Person A, Person B, Person C)> ThreeOfficePersonsAsync(PathwayFactory factory)
    {
        var persons = await DemoRecords.PersonsOfAsync(factory, OrganisationKind.OfficeUnit, 3, skip: 205 + (3 * Interlocked.Increment(ref drawn)));
        return (persons[0], persons[1], persons[2]);
    }

    private static int drawn;

    private static async Task<List<Guid>> SearchIdsAsync(WebSession session, Person person)
    {
        var result = await session.Client.GetFromJsonAsync<PersonSearchResult>($"/api/v1/persons?document={person.Documents[0].Number}", TestContext.Current.CancellationToken);
        return result!.Persons.Select(p => p.Id).ToList();
    }

    private static async Task<(Person A, Person B)> TwoOfficePersonsAsync(PathwayFactory factory)
    {
        // Persons nobody else's test touches: a random pair from the middle of the registry.
        var persons = await DemoRecords.PersonsOfAsync(factory, OrganisationKind.OfficeUnit, 2, skip: Random.Shared.Next(20, 200));
        return (persons[0], persons[1]);
    }

    private static Task<Guid> RaiseAsync(PathwayFactory factory, Person a, Person b) => RaiseAsync(factory, a, b, SuspicionKind.LikelySamePerson);

    /// <summary>Puts an entry in the queue as a scan would, written straight to the module's table.</summary>
    private static async Task<Guid> RaiseAsync(PathwayFactory factory, Person a, Person? b, SuspicionKind kind, string explanation = """{"weights":[{"field":"surname","level":"exact","weight":6.5}]}""")
    {
        var suspicion = DuplicateSuspicion.Raise(a.TenantId, a.OrganisationId, a.Id, b?.Id, kind, SuspicionSource.Scan, 0.97, explanation, DateTime.UtcNow);
        await factory.WithDbAsync(async db =>
        {
            // The queue holds no such entry yet: the records drawn here are the test's own.
            (await db.Set<DuplicateSuspicion>().AnyAsync(s => s.TenantId == suspicion.TenantId && s.PersonId == suspicion.PersonId && s.OtherPersonId == suspicion.OtherPersonId
                && s.Kind == suspicion.Kind && (s.Kind != SuspicionKind.LostOrStolenDocument || s.Explanation == suspicion.Explanation), TestContext.Current.CancellationToken)).ShouldBeFalse();
            db.Add(suspicion);
            await db.SaveChangesAsync(TestContext.Current.CancellationToken);
        });
        return suspicion.Id;
    }
}

public sealed class SqliteDuplicateReviewTests(SqliteFactoryFixture fixture) : DuplicateReviewTests, IClassFixture<SqliteFactoryFixture>
{
    protected override Task<PathwayFactory> FactoryAsync() => Task.FromResult(fixture.Factory);
}

public sealed class PostgresDuplicateReviewTests(PostgresServer server, PostgresFactoryFixture fixture) : DuplicateReviewTests, IClassFixture<PostgresFactoryFixture>
{
    protected override Task<PathwayFactory> FactoryAsync() => fixture.GetAsync(server);
}
