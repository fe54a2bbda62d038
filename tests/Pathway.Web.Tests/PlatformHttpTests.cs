using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Resources;
using System.Text;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Pathway.People.Registry;
using Pathway.Platform.Audit;
using Pathway.Platform.Demo;
using Pathway.Platform.Identity;
using Pathway.Platform.Localization;
using Pathway.Platform.Outbox;
using Pathway.Platform.Persistence;
using Pathway.Platform.Tenancy;
using Pathway.Testing;

namespace Pathway.Web.Tests;

/// <summary>The platform over HTTP; run once on SQLite and once on PostgreSQL.</summary>
public abstract class PlatformHttpTests
{
    protected abstract Task<PathwayFactory> FactoryAsync();

    [Fact]
    public async Task HealthReady_WithMigratedDatabase_ReportsHealthy()
    {
        var factory = await FactoryAsync();
        using var client = factory.CreateClient();
        (await client.GetStringAsync("/health/ready")).ShouldBe("Healthy");
        (await client.GetStringAsync("/health/live")).ShouldBe("Healthy");
    }

    [Fact]
    public async Task ACommitCancelledByAStoppingNode_IsAWarningInTheLog_NotAnError()
    {
        var factory = await FactoryAsync();
        using var stopping = new CancellationTokenSource();
        await factory.WithDbAsync(async db =>
        {
            await using var transaction = await db.Database.BeginTransactionAsync(TestContext.Current.CancellationToken);
            await stopping.CancelAsync();
            await Should.ThrowAsync<OperationCanceledException>(() => transaction.CommitAsync(stopping.Token));
        });

        // An error would fail this test in the server's log check after it.
        factory.Logs.Entries.ShouldContain(e => e.Category == "Microsoft.EntityFrameworkCore.Database.Transaction" && e.Level == Microsoft.Extensions.Logging.LogLevel.Warning);
    }

    [Fact]
    public async Task Schema_AfterMigrations_MatchesTheModel()
    {
        var factory = await FactoryAsync();
        await factory.WithDbAsync(async db =>
        {
            var expected = DatabaseSchema.Expected(db, factory.Provider);
            // Quartz.NET's job store is its own schema, read and written with its own SQL (analytics migration 0007), not the model's.
            var actual = (await DatabaseSchema.ActualAsync(db, factory.Provider))
                .Where(c => c.Table != DatabaseMigrator.HistoryTable && !c.Table.StartsWith(Pathway.Analytics.Reports.ReportScheduling.QuartzTablePrefix, StringComparison.Ordinal)).ToList();
            actual.Except(expected).ShouldBeEmpty("columns the migrations made that the model does not have (or has differently)");
            expected.Except(actual).ShouldBeEmpty("columns the model has that the migrations did not make (or made differently)");
            var indexes = await DatabaseSchema.ActualIndexesAsync(db, factory.Provider);
            DatabaseSchema.ExpectedIndexes(db).Except(indexes).ShouldBeEmpty("indexes missing from the migrated database");
        });
    }

    [Fact]
    public async Task Migrate_SecondRun_AppliesNothing()
    {
        var factory = await FactoryAsync();
        await using var scope = factory.Services.CreateAsyncScope();
        var migrator = scope.ServiceProvider.GetRequiredService<DatabaseMigrator>();
        (await migrator.MigrateAsync(cancellationToken: TestContext.Current.CancellationToken)).ShouldBeEmpty();
        (await migrator.PendingAsync(TestContext.Current.CancellationToken)).ShouldBeEmpty();
    }

    [Fact]
    public async Task SearchPersons_AsCaseOfficer_FindsByNameDocumentAndBirthDate()
    {
        var factory = await FactoryAsync();
        var person = await DemoRecords.PersonOfAsync(factory, OrganisationKind.OfficeUnit);
        using var session = factory.Session();
        await session.SignInAsync(DemoAccounts.EmailOf(Roles.CaseOfficer));

        var byName = await session.Client.GetFromJsonAsync<PersonSearchResult>($"/api/v1/persons?name={Uri.EscapeDataString(person.Surname[..3].ToLowerInvariant() + " " + person.GivenNames.Split(' ')[0])}&limit=200", TestContext.Current.CancellationToken);
        byName!.Persons.Select(p => p.Id).ShouldContain(person.Id);

        var byDocument = await session.Client.GetFromJsonAsync<PersonSearchResult>($"/api/v1/persons?document={person.Documents[0].Number.ToLowerInvariant()}", TestContext.Current.CancellationToken);
        byDocument!.Persons.Select(p => p.Id).ShouldContain(person.Id);

        var byBirth = await session.Client.GetFromJsonAsync<PersonSearchResult>(string.Create(CultureInfo.InvariantCulture, $"/api/v1/persons?birthDate={person.BirthDate:yyyy-MM-dd}&limit=200"), TestContext.Current.CancellationToken);
        byBirth!.Persons.ShouldAllBe(p => p.BirthDate == person.BirthDate);
        byBirth.Persons.Select(p => p.Id).ShouldContain(person.Id);
    }

    [Fact]
    public async Task SearchPersons_NativeScriptName_FindsThePerson()
    {
        var factory = await FactoryAsync();
        Person? native = null;
        await factory.WithDbAsync(async db =>
        {
            var offices = await db.Organisations.Where(o => o.Kind == OrganisationKind.OfficeUnit).Select(o => o.Id).ToListAsync();
            native = await db.Set<Person>().Where(p => p.NativeScript == "Cyrl" && offices.Contains(p.OrganisationId)).OrderBy(p => p.Id).FirstAsync();
        });
        using var session = factory.Session();
        await session.SignInAsync(DemoAccounts.EmailOf(Roles.Supervisor));
        var result = await session.Client.GetFromJsonAsync<PersonSearchResult>($"/api/v1/persons?name={Uri.EscapeDataString(native!.NativeSurname!)}&limit=200", TestContext.Current.CancellationToken);
        result!.Persons.Select(p => p.Id).ShouldContain(native.Id);
    }

    [Fact]
    public async Task Persons_AsNgoWorker_SeesOnlyOwnOrganisationsRecords()
    {
        var factory = await FactoryAsync();
        var office = await DemoRecords.PersonOfAsync(factory, OrganisationKind.OfficeUnit);
        var ngo = await DemoRecords.PersonOfAsync(factory, OrganisationKind.PartnerNgo);
        using var session = factory.Session();
        await session.SignInAsync(DemoAccounts.EmailOf(Roles.NgoWorker));

        var officeSearch = await session.Client.GetFromJsonAsync<PersonSearchResult>($"/api/v1/persons?document={office.Documents[0].Number}", TestContext.Current.CancellationToken);
        officeSearch!.Persons.ShouldBeEmpty();
        var ngoSearch = await session.Client.GetFromJsonAsync<PersonSearchResult>($"/api/v1/persons?document={ngo.Documents[0].Number}", TestContext.Current.CancellationToken);
        ngoSearch!.Persons.Select(p => p.Id).ShouldContain(ngo.Id);
        (await session.Client.GetAsync($"/api/v1/persons/{office.Id}", TestContext.Current.CancellationToken)).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await session.Client.GetAsync($"/api/v1/persons/{ngo.Id}", TestContext.Current.CancellationToken)).StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    [Fact]
    public async Task GetPerson_AsCaseOfficer_IsWrittenToTheAuditChain()
    {
        var factory = await FactoryAsync();
        var person = await DemoRecords.PersonOfAsync(factory, OrganisationKind.OfficeUnit);
        using var session = factory.Session();
        await session.SignInAsync(DemoAccounts.EmailOf(Roles.CaseOfficer));
        (await session.Client.GetAsync($"/api/v1/persons/{person.Id}?reason=appointment", TestContext.Current.CancellationToken)).StatusCode.ShouldBe(HttpStatusCode.OK);

        await factory.WithDbAsync(async db =>
        {
            var read = await db.AuditEntries.Where(e => e.Action == AuditAction.Read && e.EntityId == person.Id.ToString()).OrderByDescending(e => e.Sequence).FirstAsync();
            read.ActorName.ShouldBe(DemoAccounts.EmailOf(Roles.CaseOfficer));
            read.Reason.ShouldBe("appointment");
            (await db.AuditEntries.AnyAsync(e => e.Action == AuditAction.SignIn && e.ActorName == DemoAccounts.EmailOf(Roles.CaseOfficer))).ShouldBeTrue();
            (await AuditChain.VerifyAsync(db.AuditEntries.AsNoTracking().OrderBy(e => e.Sequence).AsAsyncEnumerable())).ShouldBeNull();
        });
    }

    [Fact]
    public async Task AuditEntries_UpdateOrDelete_IsRefusedByTheDatabase()
    {
        var factory = await FactoryAsync();
        // The refused commands are logged as failed by the database layer: that refusal is what this test asks for.
        factory.Logs.Expect("UPDATE \"AuditEntries\"");
        factory.Logs.Expect("DELETE FROM \"AuditEntries\"");
        await factory.WithDbAsync(async db =>
        {
            await Should.ThrowAsync<Exception>(() => db.Database.ExecuteSqlRawAsync("UPDATE \"AuditEntries\" SET \"Details\" = 'changed'"));
            await Should.ThrowAsync<Exception>(() => db.Database.ExecuteSqlRawAsync("DELETE FROM \"AuditEntries\""));
            (await db.AuditEntries.CountAsync()).ShouldBeGreaterThan(0);
        });
    }

    [Fact]
    public async Task RegisterPerson_Valid_StoresPersonAndOutboxEventTogether()
    {
        var factory = await FactoryAsync();
        using var session = factory.Session();
        await session.SignInAsync(DemoAccounts.EmailOf(Roles.CaseOfficer));
        var response = await session.Client.PostAsJsonAsync("/api/v1/persons", new
        {
            surname = "Hrytsenko",
            givenNames = "Olena",
            nativeSurname = "Гриценко",
            nativeGivenNames = "Олена",
            nativeScript = "Cyrl",
            sex = "F",
            birthDate = "1990-04-12",
            citizenship = "ukr",
            documents = new[] { new { kind = "Passport", number = "FA 123 456", issuingState = "UKR", issuedOn = "2019-01-10", expiresOn = "2029-01-09" } },
        }, TestContext.Current.CancellationToken);
        response.StatusCode.ShouldBe(HttpStatusCode.Created);
        var created = await response.Content.ReadFromJsonAsync<PersonView>(TestContext.Current.CancellationToken);
        created!.Citizenship.ShouldBe("UKR");
        created.Documents.Single().Number.ShouldBe("FA123456");

        await factory.WithDbAsync(async db =>
        {
            var message = await db.OutboxMessages.SingleAsync(m => m.Type == OutboxEventNames.Of<PersonRegistered>() && m.Payload.Contains(created.Id.ToString()));
            JsonDocument.Parse(message.Payload).RootElement.GetProperty("Citizenship").GetString().ShouldBe("UKR");
            (await db.AuditEntries.AnyAsync(e => e.Action == AuditAction.Create && e.EntityId == created.Id.ToString())).ShouldBeTrue();
        });
    }

    [Fact]
    public async Task RegisterPerson_InvalidFields_Returns400ListingEachFieldInTheCallersLanguage()
    {
        var factory = await FactoryAsync();
        using var session = factory.Session();
        await session.SignInAsync(DemoAccounts.EmailOf(Roles.CaseOfficer));
        var before = await factory.CountAsync<Person>();
        foreach (var language in new[] { "pl", "ar" })
        {
            using var request = new HttpRequestMessage(HttpMethod.Post, "/api/v1/persons")
            {
                Content = new StringContent("""{"surname":" ","birthDate":"31.02.2020","sex":"Q","citizenship":"Ukraine","documents":[{"kind":"Card","number":"1","issuingState":"UA"}]}""", Encoding.UTF8, "application/json"),
            };
            request.Headers.AcceptLanguage.ParseAdd(language);
            using var response = await session.Client.SendAsync(request, TestContext.Current.CancellationToken);
            response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
            response.Content.Headers.ContentType!.MediaType.ShouldBe("application/problem+json");
            var errors = JsonDocument.Parse(await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken)).RootElement.GetProperty("errors");
            var fields = errors.EnumerateObject().Select(p => p.Name).ToList();
            fields.ShouldBe(["surname", "givenNames", "sex", "birthDate", "citizenship", "documents[0].kind", "documents[0].number", "documents[0].issuingState"], ignoreOrder: true);
            var required = UiTexts.GetString("This field is required.", CultureInfo.GetCultureInfo(language));
            required.ShouldNotBeNull();
            required.ShouldNotBe("This field is required.");
            errors.GetProperty("surname")[0].GetString().ShouldBe(required);
        }

        (await factory.CountAsync<Person>()).ShouldBe(before);
    }

    [Theory]
    [InlineData("""{"surname":""", "application/json")]
    [InlineData("""{"documents":"not a list"}""", "application/json")]
    [InlineData("surname=x", "text/plain")]
    public async Task RegisterPerson_MalformedBody_Returns400ProblemAndSavesNothing(string body, string contentType)
    {
        var factory = await FactoryAsync();
        using var session = factory.Session();
        await session.SignInAsync(DemoAccounts.EmailOf(Roles.CaseOfficer));
        var before = await factory.CountAsync<Person>();
        using var response = await session.Client.PostAsync("/api/v1/persons", new StringContent(body, Encoding.UTF8, contentType), TestContext.Current.CancellationToken);
        ((int)response.StatusCode).ShouldBeOneOf(400, 415);
        response.Content.Headers.ContentType!.MediaType.ShouldBe("application/problem+json");
        (await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken)).ShouldNotContain("   at ");
        (await factory.CountAsync<Person>()).ShouldBe(before);
    }

    [Fact]
    public async Task SearchPersons_BadCriteria_Returns400WithFieldErrors()
    {
        var factory = await FactoryAsync();
        using var session = factory.Session();
        await session.SignInAsync(DemoAccounts.EmailOf(Roles.CaseOfficer));
        using var noCriteria = await session.Client.GetAsync("/api/v1/persons", TestContext.Current.CancellationToken);
        noCriteria.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        using var badDate = await session.Client.GetAsync("/api/v1/persons?birthDate=1990-13-45&limit=5000", TestContext.Current.CancellationToken);
        badDate.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        var errors = JsonDocument.Parse(await badDate.Content.ReadAsStringAsync(TestContext.Current.CancellationToken)).RootElement.GetProperty("errors");
        errors.EnumerateObject().Select(p => p.Name).ShouldBe(["birthDate", "limit"], ignoreOrder: true);
    }

    [Fact]
    public async Task UnknownRoutes_Return404_ProblemForApiAndPageForPeople()
    {
        var factory = await FactoryAsync();
        using var client = factory.CreateClient();
        using var api = await client.GetAsync("/api/v1/nothing-here", TestContext.Current.CancellationToken);
        api.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        api.Content.Headers.ContentType!.MediaType.ShouldBe("application/problem+json");
        using var page = await client.GetAsync("/pl/nothing-here", TestContext.Current.CancellationToken);
        page.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        var html = await page.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        html.ShouldContain(UiTexts.GetString("Page not found", CultureInfo.GetCultureInfo("pl"))!);
    }

    [Fact]
    public async Task Forbidden_ApiCallOfAnotherRole_Returns403()
    {
        var factory = await FactoryAsync();
        using var session = factory.Session();
        await session.SignInAsync(DemoAccounts.EmailOf(Roles.Analyst));
        (await session.Client.GetAsync("/api/v1/persons?name=a", TestContext.Current.CancellationToken)).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        using var anonymous = factory.CreateClient();
        (await anonymous.GetAsync("/api/v1/persons?name=a", TestContext.Current.CancellationToken)).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task ApiKey_CreatedByAdmin_WorksWithinScopeUntilRevoked()
    {
        var factory = await FactoryAsync();
        using var admin = factory.Session();
        await admin.SignInAsync(DemoAccounts.EmailOf(Roles.Admin));
        Guid office = Guid.Empty;
        await factory.WithDbAsync(async db => office = await db.Organisations.Where(o => o.Kind == OrganisationKind.OfficeUnit).Select(o => o.Id).FirstAsync());

        using var bad = await admin.Client.PostAsJsonAsync("/api/v1/admin/api-keys", new { name = "", scopes = new[] { "persons.fly" }, organisationId = Guid.NewGuid(), validDays = 999 }, TestContext.Current.CancellationToken);
        bad.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        JsonDocument.Parse(await bad.Content.ReadAsStringAsync(TestContext.Current.CancellationToken)).RootElement.GetProperty("errors").EnumerateObject().Count().ShouldBe(4);

        using var created = await admin.Client.PostAsJsonAsync("/api/v1/admin/api-keys", new { name = "RFID reader, room 12", scopes = new[] { Pathway.People.PeoplePermissions.PersonsRead }, organisationId = office, validDays = 30 }, TestContext.Current.CancellationToken);
        created.StatusCode.ShouldBe(HttpStatusCode.Created);
        var body = JsonDocument.Parse(await created.Content.ReadAsStringAsync(TestContext.Current.CancellationToken)).RootElement;
        var secret = body.GetProperty("secret").GetString()!;
        var id = body.GetProperty("key").GetProperty("id").GetGuid();

        using var machine = factory.CreateClient();
        machine.DefaultRequestHeaders.Add("X-Api-Key", secret);
        (await machine.GetAsync("/api/v1/persons?name=a", TestContext.Current.CancellationToken)).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await machine.PostAsJsonAsync("/api/v1/persons", new { }, TestContext.Current.CancellationToken)).StatusCode.ShouldBe(HttpStatusCode.Forbidden);

        using var wrong = factory.CreateClient();
        wrong.DefaultRequestHeaders.Add("X-Api-Key", secret[..^2] + "xx");
        (await wrong.GetAsync("/api/v1/persons?name=a", TestContext.Current.CancellationToken)).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);

        (await admin.Client.DeleteAsync($"/api/v1/admin/api-keys/{id}", TestContext.Current.CancellationToken)).StatusCode.ShouldBe(HttpStatusCode.NoContent);
        (await machine.GetAsync("/api/v1/persons?name=a", TestContext.Current.CancellationToken)).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        await factory.WithDbAsync(async db => (await db.ApiKeys.SingleAsync(k => k.Id == id)).SecretHash.ShouldNotContain(secret));
    }

    [Fact]
    public async Task StaffWithoutTwoFactor_PasswordOnly_ReachesNoPersonalData()
    {
        var factory = await FactoryAsync();
        using var session = factory.Session();
        var email = DemoAccounts.EmailOf(Roles.Supervisor);
        if (factory.AuthenticatorKeys.ContainsKey(email))
        {
            // Already enrolled by another test of this class: a password alone now stops at the code prompt.
            var prompt = await session.PostFormAsync("/account/login", "login", new Dictionary<string, string> { ["Input.Email"] = email, ["Input.Password"] = DemoAccounts.Password });
            prompt.RequestMessage!.RequestUri!.AbsolutePath.ShouldBe("/account/login-2fa");
        }
        else
        {
            var enrol = await session.PostFormAsync("/account/login", "login", new Dictionary<string, string> { ["Input.Email"] = email, ["Input.Password"] = DemoAccounts.Password });
            enrol.RequestMessage!.RequestUri!.AbsolutePath.ShouldBe("/account/enrol-2fa");
        }

        (await session.Client.GetAsync("/api/v1/persons?name=a", TestContext.Current.CancellationToken)).StatusCode.ShouldBeOneOf(HttpStatusCode.Forbidden, HttpStatusCode.Unauthorized);
    }
}

public sealed class SqlitePlatformHttpTests(SqliteFactoryFixture fixture) : PlatformHttpTests, IClassFixture<SqliteFactoryFixture>
{
    protected override Task<PathwayFactory> FactoryAsync() => Task.FromResult(fixture.Factory);
}

public sealed class PostgresPlatformHttpTests(PostgresServer server, PostgresFactoryFixture fixture) : PlatformHttpTests, IClassFixture<PostgresFactoryFixture>
{
    protected override Task<PathwayFactory> FactoryAsync() => fixture.GetAsync(server);
}
