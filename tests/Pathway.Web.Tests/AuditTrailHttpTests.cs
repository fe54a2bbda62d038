using System.Data.Common;
using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using Pathway.Platform.Audit;
using Pathway.Platform.Demo;
using Pathway.Platform.Identity;
using Pathway.Platform.Persistence;
using Pathway.Platform.Tenancy;
using Pathway.Testing;
using Pathway.Web.Api;

namespace Pathway.Web.Tests;

/// <summary>Reading, exporting and verifying the audit trail over HTTP and on its page, on SQLite and PostgreSQL.</summary>
public abstract class AuditTrailHttpTests
{
    private static readonly TimeZoneInfo Warsaw = TimeZoneInfo.FindSystemTimeZoneById("Europe/Warsaw");

    protected abstract Task<PathwayFactory> FactoryAsync();

    /// <summary>A platform of its own, for a test that breaks the chain.</summary>
    protected abstract Task<PathwayFactory> FreshFactoryAsync();

    protected abstract Task TamperAsync(PathwayDbContext db, long sequence);

    protected static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public async Task List_FilteredByPersonUserActionAndDates_ReturnsOnlyMatchingEntriesNewestFirst()
    {
        var factory = await FactoryAsync();
        var person = await DemoRecords.PersonOfAsync(factory, OrganisationKind.OfficeUnit);
        using var supervisor = await factory.SignInAsync(Roles.Supervisor);
        using var officer = await factory.SignInAsync(Roles.CaseOfficer);
        (await officer.Client.GetAsync($"/api/v1/persons/{person.Id}?reason=officer-check", Cancel)).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await supervisor.Client.GetAsync($"/api/v1/persons/{person.Id}?reason=supervisor-check", Cancel)).StatusCode.ShouldBe(HttpStatusCode.OK);
        var officerId = await factory.UserIdAsync(DemoAccounts.EmailOf(Roles.CaseOfficer));

        var forPerson = await ListAsync(supervisor, $"person={person.Id}");
        forPerson.Entries.Select(e => e.Reason).ShouldContain("officer-check");
        forPerson.Entries.Select(e => e.Reason).ShouldContain("supervisor-check");
        forPerson.Entries.ShouldAllBe(e => e.EntityType == "Person" && e.EntityId.Contains(person.Id.ToString()));
        forPerson.Entries.Select(e => e.Sequence).ShouldBeInOrder(SortDirection.Descending);
        // Newest first: the supervisor read the record after the officer did.
        forPerson.Entries.First(e => e.Reason is not null).Reason.ShouldBe("supervisor-check");

        var byOfficer = await ListAsync(supervisor, $"person={person.Id}&user={officerId}&action=read");
        byOfficer.Entries.ShouldNotBeEmpty();
        byOfficer.Entries.ShouldAllBe(e => e.ActorId == officerId && e.Action == AuditAction.Read);
        byOfficer.Entries.Select(e => e.Reason).ShouldNotContain("supervisor-check");

        // Days are the office's own: today in Warsaw holds the reads, tomorrow holds nothing.
        var today = DateOnly.FromDateTime(TimeZoneInfo.ConvertTimeFromUtc(DateTime.UtcNow, Warsaw));
        var sameDay = await ListAsync(supervisor, string.Create(CultureInfo.InvariantCulture, $"person={person.Id}&from={today:yyyy-MM-dd}&to={today:yyyy-MM-dd}"));
        sameDay.Entries.Select(e => e.Reason).ShouldContain("officer-check");
        (await ListAsync(supervisor, string.Create(CultureInfo.InvariantCulture, $"person={person.Id}&from={today.AddDays(1):yyyy-MM-dd}"))).Entries.ShouldBeEmpty();
        (await ListAsync(supervisor, string.Create(CultureInfo.InvariantCulture, $"person={person.Id}&to={today.AddDays(-1):yyyy-MM-dd}"))).Entries.ShouldBeEmpty();
    }

    [Fact]
    public async Task List_FollowingTheCursor_WalksOlderPagesWithoutOverlap()
    {
        var factory = await FactoryAsync();
        using var supervisor = await factory.SignInAsync(Roles.Supervisor);
        // Every read of the trail is an entry of its own: twelve reads make sure four full pages exist
        // whichever tests of this class ran before on this database.
        for (var i = 0; i < 12; i++)
        {
            await ListAsync(supervisor, "limit=1");
        }

        var seen = new List<long>();
        string cursor = "";
        for (var pages = 0; pages < 4; pages++)
        {
            var page = await ListAsync(supervisor, $"limit=3{cursor}");
            page.Entries.Count.ShouldBe(3);
            page.Before.ShouldBe(page.Entries[^1].Sequence);
            seen.AddRange(page.Entries.Select(e => e.Sequence));
            cursor = string.Create(CultureInfo.InvariantCulture, $"&before={page.Before}");
        }

        seen.ShouldBeInOrder(SortDirection.Descending);
        seen.Distinct().Count().ShouldBe(seen.Count);
    }

    [Fact]
    public async Task List_BadFilters_AnswersFieldErrorsInTheCallersLanguage()
    {
        var factory = await FactoryAsync();
        using var supervisor = await factory.SignInAsync(Roles.Supervisor);
        using var request = new HttpRequestMessage(HttpMethod.Get, "/api/v1/audit?person=abc&from=2026-13-01&to=x&limit=0&before=-3");
        request.Headers.AcceptLanguage.ParseAdd("pl");
        using var response = await supervisor.Client.SendAsync(request, Cancel);
        var errors = await ProblemDetails.ErrorsAsync(response);
        errors.Keys.ShouldBe(["person", "from", "to", "before", "limit"], ignoreOrder: true);
        errors["from"].ShouldBe([ProblemDetails.Translation("Enter the date as YYYY-MM-DD.", "pl")]);
        errors["limit"].ShouldBe([ProblemDetails.Translation("Enter a number from {0} to {1}.", "pl", 1, 500)]);

        var reversed = await supervisor.Client.GetAsync("/api/v1/audit?from=2026-05-02&to=2026-05-01", Cancel);
        (await ProblemDetails.ErrorsAsync(reversed)).Keys.ShouldBe(["to"]);
    }

    [Fact]
    public async Task Csv_FilteredExport_QuotesAsRfc4180AndHoldsOnlyTheFilteredEntries()
    {
        var factory = await FactoryAsync();
        var person = await DemoRecords.PersonOfAsync(factory, OrganisationKind.OfficeUnit);
        using var supervisor = await factory.SignInAsync(Roles.Supervisor);
        var reason = "complaint, see \"file 12\"";
        (await supervisor.Client.GetAsync($"/api/v1/persons/{person.Id}?reason={Uri.EscapeDataString(reason)}", Cancel)).StatusCode.ShouldBe(HttpStatusCode.OK);

        using var response = await supervisor.Client.GetAsync($"/api/v1/audit.csv?person={person.Id}", Cancel);
        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        response.Content.Headers.ContentType!.MediaType.ShouldBe("text/csv");
        response.Content.Headers.ContentDisposition!.FileName!.Trim('"').ShouldBe("audit-trail.csv");
        var text = await response.Content.ReadAsStringAsync(Cancel);
        var lines = text.Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        lines[0].ShouldBe(AuditCsv.Header);
        lines.Length.ShouldBeGreaterThan(1);
        lines.Skip(1).ShouldAllBe(line => line.Contains(person.Id.ToString()));
        text.ShouldContain("\"complaint, see \"\"file 12\"\"\"");
    }

    [Fact]
    public async Task Reading_TheTrail_IsWrittenToTheTrail()
    {
        var factory = await FactoryAsync();
        using var supervisor = await factory.SignInAsync(Roles.Supervisor);
        var supervisorId = await factory.UserIdAsync(DemoAccounts.EmailOf(Roles.Supervisor));
        await ListAsync(supervisor, "action=sign-in");
        (await supervisor.Client.GetAsync("/api/v1/audit.csv?action=sign-in", Cancel)).StatusCode.ShouldBe(HttpStatusCode.OK);

        await factory.WithDbAsync(async db =>
        {
            var reads = await db.AuditEntries.Where(e => e.EntityType == AuditTrail.EntityType && e.ActorId == supervisorId && e.Action == AuditAction.Read).ToListAsync(Cancel);
            reads.ShouldContain(e => e.Details == "action=sign-in");
            reads.ShouldContain(e => e.Details == "export; action=sign-in");
        });
    }

    [Fact]
    public async Task Page_Filtered_ListsEntriesAndShowsBadFiltersAsErrors()
    {
        var factory = await FactoryAsync();
        var person = await DemoRecords.PersonOfAsync(factory, OrganisationKind.OfficeUnit);
        using var supervisor = await factory.SignInAsync(Roles.Supervisor);

        var personPage = await supervisor.GetPageAsync($"/staff/persons/{person.Id}?reason=page-check");
        var link = personPage.QuerySelector($"a[href='staff/audit?person={person.Id}']");
        link.ShouldNotBeNull();

        var page = await supervisor.GetPageAsync($"/staff/audit?person={person.Id}");
        page.QuerySelectorAll("table.audit tbody tr").Length.ShouldBeGreaterThan(0);
        page.QuerySelector("a[href^='api/v1/audit.csv?person=']").ShouldNotBeNull();
        page.QuerySelector("nav.side a[href='staff/audit']").ShouldNotBeNull();

        var bad = await supervisor.GetPageAsync("/en/staff/audit?from=yesterday");
        bad.QuerySelector(".errors")!.TextContent.ShouldContain("Enter the date as YYYY-MM-DD.");
        bad.QuerySelector("table.audit").ShouldBeNull();

        using var officer = await factory.SignInAsync(Roles.CaseOfficer);
        var officerView = await officer.GetPageAsync($"/staff/persons/{person.Id}");
        officerView.QuerySelector("a[href^='staff/audit']").ShouldBeNull();
    }

    [Fact]
    public async Task Verify_IntactChain_ReportsEntriesAndTheLastOnTheApiAndThePage()
    {
        var factory = await FactoryAsync();
        using var supervisor = await factory.SignInAsync(Roles.Supervisor);
        using var response = await supervisor.Client.PostAsync("/api/v1/audit/verify", null, Cancel);
        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        var result = (await response.Content.ReadFromJsonAsync<AuditVerificationResponse>(Cancel))!;
        result.Intact.ShouldBeTrue();
        result.BrokenAt.ShouldBeNull();
        long count = 0;
        await factory.WithDbAsync(async db => count = await db.AuditEntries.LongCountAsync(Cancel));
        result.Entries.ShouldBeGreaterThan(3);
        result.Entries.ShouldBeLessThanOrEqualTo(count);
        result.LastAt.ShouldNotBeNull();

        using var posted = await supervisor.PostFormAsync("/en/staff/audit", "verify", new Dictionary<string, string>());
        posted.StatusCode.ShouldBe(HttpStatusCode.OK);
        var html = await posted.Content.ReadAsStringAsync(Cancel);
        html.ShouldContain("The chain is intact:");
    }

    [Fact]
    public async Task Verify_AfterSomeoneAltersAnEntryBehindTheTriggers_ReportsThatEntryOnTheApiAndThePage()
    {
        var factory = await FreshFactoryAsync();
        using var supervisor = await factory.SignInAsync(Roles.Supervisor);
        await factory.WithDbAsync(db => TamperAsync(db, 3));

        using var response = await supervisor.Client.PostAsync("/api/v1/audit/verify", null, Cancel);
        var result = (await response.Content.ReadFromJsonAsync<AuditVerificationResponse>(Cancel))!;
        result.Intact.ShouldBeFalse();
        result.BrokenAt.ShouldBe(3);
        result.Problem.ShouldBe(ProblemDetails.Translation("Its content does not match its hash: the entry was altered.", "pl"));

        using var posted = await supervisor.PostFormAsync("/en/staff/audit", "verify", new Dictionary<string, string>());
        var html = await posted.Content.ReadAsStringAsync(Cancel);
        html.ShouldContain("The chain is broken at entry 3.");
        html.ShouldContain("the entry was altered");
    }

    [Fact]
    public async Task ApiKey_WithTheAuditScope_ReadsOnlyItsOwnOfficesTrail()
    {
        var factory = await FactoryAsync();
        using var admin = await factory.SignInAsync(Roles.Admin);
        var organisation = Guid.Empty;
        var tenant = Guid.Empty;
        await factory.WithDbAsync(async db =>
        {
            var office = await db.Organisations.Where(o => o.Kind == OrganisationKind.OfficeUnit).FirstAsync(Cancel);
            (organisation, tenant) = (office.Id, office.TenantId);
        });
        using var created = await admin.Client.PostAsJsonAsync("/api/v1/admin/api-keys", new { name = "Audit archive", scopes = new[] { Permissions.AuditRead }, organisationId = organisation, validDays = 30 }, Cancel);
        created.StatusCode.ShouldBe(HttpStatusCode.Created);
        var secret = System.Text.Json.JsonDocument.Parse(await created.Content.ReadAsStringAsync(Cancel)).RootElement.GetProperty("secret").GetString()!;

        using var machine = factory.CreateClient();
        machine.DefaultRequestHeaders.Add("X-Api-Key", secret);
        var page = (await machine.GetFromJsonAsync<AuditPageResponse>("/api/v1/audit?limit=100", Cancel))!;
        page.Entries.ShouldNotBeEmpty();
        await factory.WithDbAsync(async db =>
        {
            var sequences = page.Entries.Select(e => e.Sequence).ToList();
            (await db.AuditEntries.Where(e => sequences.Contains(e.Sequence)).AllAsync(e => e.TenantId == tenant, Cancel)).ShouldBeTrue();
        });
        (await machine.PostAsync("/api/v1/audit/verify", null, Cancel)).StatusCode.ShouldBe(HttpStatusCode.OK);
        // The key reads the trail, nothing else.
        (await machine.GetAsync("/api/v1/persons?name=a", Cancel)).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
    }

    private static async Task<AuditPageResponse> ListAsync(WebSession session, string query)
    {
        using var response = await session.Client.GetAsync($"/api/v1/audit?{query}", Cancel);
        var text = await response.Content.ReadAsStringAsync(Cancel);
        response.StatusCode.ShouldBe(HttpStatusCode.OK, text);
        return System.Text.Json.JsonSerializer.Deserialize<AuditPageResponse>(text, System.Text.Json.JsonSerializerOptions.Web)!;
    }
}

public sealed class SqliteAuditTrailHttpTests(SqliteFactoryFixture fixture) : AuditTrailHttpTests, IClassFixture<SqliteFactoryFixture>, IDisposable
{
    private readonly List<PathwayFactory> fresh = [];

    protected override Task<PathwayFactory> FactoryAsync() => Task.FromResult(fixture.Factory);

    protected override Task<PathwayFactory> FreshFactoryAsync()
    {
        var factory = PathwayFactory.Sqlite();
        fresh.Add(factory);
        return Task.FromResult(factory);
    }

    protected override async Task TamperAsync(PathwayDbContext db, long sequence)
    {
        // Someone with database access removes the guard and rewrites history.
        await db.Database.ExecuteSqlRawAsync("DROP TRIGGER \"AuditEntries_no_update\"");
        await db.Database.ExecuteSqlAsync($"UPDATE \"AuditEntries\" SET \"ActorName\" = 'someone else' WHERE \"Sequence\" = {sequence}");
    }

    [Fact]
    public async Task Filters_OnSqlite_ReadThroughAnIndexNotTheWholeTable()
    {
        var factory = fixture.Factory;
        var tenant = Guid.Empty;
        await factory.WithDbAsync(async db => tenant = await db.Tenants.Select(t => t.Id).FirstAsync(TestContext.Current.CancellationToken));
        var queries = new Dictionary<string, AuditQuery>
        {
            ["newest"] = new(tenant),
            ["older page"] = new(tenant, Before: 1000),
            ["action"] = new(tenant, Action: AuditAction.Read),
            ["user"] = new(tenant, ActorId: Guid.NewGuid()),
            ["person"] = new(tenant, PersonId: Guid.NewGuid()),
            ["dates"] = new(tenant, Since: DateTime.UtcNow.AddDays(-7), Until: DateTime.UtcNow),
        };

        var scans = new List<string>();
        var plans = new Dictionary<string, List<string>>();
        await using var scope = factory.Services.CreateAsyncScope();
        // The trail reads through a context that remembers the queries it sends, so the plan asked for is that of the page's own query.
        var recorder = new QueryRecorder();
        var options = new DbContextOptionsBuilder<PathwayDbContext>(scope.ServiceProvider.GetRequiredService<DbContextOptions<PathwayDbContext>>()).AddInterceptors(recorder).Options;
        await using var db = ActivatorUtilities.CreateInstance<PathwayDbContext>(scope.ServiceProvider, options);
        var trail = new AuditTrail(db);
        foreach (var (name, query) in queries)
        {
            await trail.PageAsync(query, TestContext.Current.CancellationToken);
            var (text, parameters) = recorder.Queries[^1];
            text.ShouldContain("FROM \"AuditEntries\"");
            await using var command = db.Database.GetDbConnection().CreateCommand();
            command.CommandText = "EXPLAIN QUERY PLAN " + text;
            foreach (var (parameterName, value) in parameters)
            {
                var parameter = command.CreateParameter();
                parameter.ParameterName = parameterName;
                parameter.Value = value;
                command.Parameters.Add(parameter);
            }

            await db.Database.OpenConnectionAsync(TestContext.Current.CancellationToken);
            await using var reader = await command.ExecuteReaderAsync(TestContext.Current.CancellationToken);
            while (await reader.ReadAsync(TestContext.Current.CancellationToken))
            {
                var step = reader.GetString(3);
                plans.TryAdd(name, []);
                plans[name].Add(step);
                if (step.StartsWith("SCAN AuditEntries", StringComparison.Ordinal) && !step.Contains("INDEX", StringComparison.Ordinal))
                {
                    scans.Add($"{name}: {step}");
                }
            }
        }

        scans.ShouldBeEmpty();
        plans.Keys.ShouldBe(queries.Keys, ignoreOrder: true);
        // The plain newest-first page walks the office's own index backwards: no sort of the whole trail.
        plans["newest"].ShouldContain(step => step.Contains("IX_AuditEntries_TenantId_Sequence", StringComparison.Ordinal));
        plans["newest"].ShouldNotContain(step => step.Contains("TEMP B-TREE", StringComparison.Ordinal));
    }

    public void Dispose() => fresh.ForEach(f => f.Dispose());

    /// <summary>The queries a context sent, oldest first, with their parameters.</summary>
    private sealed class QueryRecorder : DbCommandInterceptor
    {
        public List<(string Text, List<(string Name, object Value)> Parameters)> Queries { get; } = [];

        public override ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(
            DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result, CancellationToken cancellationToken = default)
        {
            Queries.Add((command.CommandText, command.Parameters.Cast<DbParameter>().Select(p => (p.ParameterName, p.Value ?? DBNull.Value)).ToList()));
            return base.ReaderExecutingAsync(command, eventData, result, cancellationToken);
        }
    }
}

public sealed class PostgresAuditTrailHttpTests(PostgresServer server, PostgresFactoryFixture fixture) : AuditTrailHttpTests, IClassFixture<PostgresFactoryFixture>, IDisposable
{
    private readonly List<PathwayFactory> fresh = [];

    protected override Task<PathwayFactory> FactoryAsync() => fixture.GetAsync(server);

    protected override async Task<PathwayFactory> FreshFactoryAsync()
    {
        var factory = await PathwayFactory.PostgresAsync(server);
        fresh.Add(factory);
        return factory;
    }

    protected override async Task TamperAsync(PathwayDbContext db, long sequence)
    {
        await db.Database.ExecuteSqlRawAsync("ALTER TABLE \"AuditEntries\" DISABLE TRIGGER \"AuditEntries_append_only\"");
        await db.Database.ExecuteSqlAsync($"UPDATE \"AuditEntries\" SET \"ActorName\" = 'someone else' WHERE \"Sequence\" = {sequence}");
    }

    [Fact]
    public async Task ConcurrentWriters_EachInItsOwnTransaction_LeaveOneUnbrokenChain()
    {
        // Each save writes its own rows before it takes the chain's lock: the chain must still come out whole.
        var factory = await FreshFactoryAsync();
        var tenant = Guid.Empty;
        await factory.WithDbAsync(async db => tenant = (await db.Tenants.FirstAsync(Cancel)).Id);
        await Task.WhenAll(Enumerable.Range(0, 24).Select(i => factory.WithDbAsync(async db =>
        {
            db.Organisations.Add(new Organisation { Id = Guid.NewGuid(), TenantId = tenant, Name = string.Create(CultureInfo.InvariantCulture, $"Parallel desk {i}") });
            await db.SaveChangesAsync(Cancel);
        })));

        await factory.WithDbAsync(async db =>
        {
            (await db.Organisations.CountAsync(o => o.Name.StartsWith("Parallel desk "), Cancel)).ShouldBe(24);
            (await db.AuditEntries.CountAsync(e => e.EntityType == nameof(Organisation) && e.Action == AuditAction.Create, Cancel)).ShouldBeGreaterThanOrEqualTo(24);
            (await AuditChain.VerifyAsync(db.AuditEntries.AsNoTracking().OrderBy(e => e.Sequence).AsAsyncEnumerable(), cancellationToken: Cancel)).ShouldBeNull();
        });
    }

    public void Dispose() => fresh.ForEach(f => f.Dispose());
}
