using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using AngleSharp.Html.Parser;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Pathway.People.Duplicates;
using Pathway.People.Registry;
using Pathway.Platform.Audit;
using Pathway.Platform.Demo;
using Pathway.Platform.Identity;
using Pathway.Platform.Tenancy;
using Pathway.Testing;

namespace Pathway.Web.Tests;

/// <summary>Duplicate detection in the registry: the check before saving, registration signals, the full scan.</summary>
public abstract class RegistryCheckTests
{
    protected abstract Task<PathwayFactory> FactoryAsync();

    [Fact]
    public async Task Check_SamePersonSpelledTheSameWithSwappedDayAndMonth_FindsTheRecordWithEvidence()
    {
        var factory = await FactoryAsync();
        var person = await DemoRecords.PersonOfAsync(factory, OrganisationKind.OfficeUnit);
        using var officer = factory.Session();
        await officer.SignInAsync(DemoAccounts.EmailOf(Roles.CaseOfficer));
        var born = person.BirthDate.Day <= 12 ? new DateOnly(person.BirthDate.Year, person.BirthDate.Day, person.BirthDate.Month) : person.BirthDate;
        using var response = await officer.Client.PostAsJsonAsync("/api/v1/persons/check", new
        {
            surname = person.Surname, givenNames = person.GivenNames, sex = person.Sex == Sex.Female ? "F" : "M",
            birthDate = born.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), citizenship = person.Citizenship,
        }, TestContext.Current.CancellationToken);
        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        var result = await response.Content.ReadFromJsonAsync<RegistryCheckResult>(TestContext.Current.CancellationToken);
        var match = result!.Candidates.Where(c => c.Person.Id == person.Id).ShouldHaveSingleItem();
        match.Probability.ShouldBeGreaterThan(0.5);
        match.Evidence.ShouldContain(w => w.Role == Pathway.Matching.FieldRole.Surname && w.Weight > 0);
    }

    [Fact]
    public async Task Check_SomeoneElse_FindsNoCandidate()
    {
        var factory = await FactoryAsync();
        using var officer = factory.Session();
        await officer.SignInAsync(DemoAccounts.EmailOf(Roles.CaseOfficer));
        var result = await (await officer.Client.PostAsJsonAsync("/api/v1/persons/check", new
        {
            surname = "Quetzalcoatl", givenNames = "Xochitl", sex = "F", birthDate = "1931-07-07", citizenship = "MEX",
        }, TestContext.Current.CancellationToken)).Content.ReadFromJsonAsync<RegistryCheckResult>(TestContext.Current.CancellationToken);
        result!.Candidates.ShouldBeEmpty();
        result.Signals.ShouldBeEmpty();
    }

    [Fact]
    public async Task Register_SupervisorsExceptionForAPassportAlreadyInTheRegistry_QueuesASharedDocumentSignal()
    {
        var factory = await FactoryAsync();
        var holder = await DemoRecords.PersonOfAsync(factory, OrganisationKind.OfficeUnit);
        var number = holder.Documents[0].Number;
        using var supervisor = factory.Session();
        await supervisor.SignInAsync(DemoAccounts.EmailOf(Roles.Supervisor));
        using var created = await supervisor.Client.PostAsJsonAsync("/api/v1/persons", new
        {
            surname = "Novak", givenNames = "Petra", sex = "F", birthDate = "1979-03-03", citizenship = "CZE",
            documents = new[] { new { kind = holder.Documents[0].Kind.ToString(), number, issuingState = holder.Documents[0].IssuingState, sharedNumberReason = "twin passports issued in error" } },
        }, TestContext.Current.CancellationToken);
        created.StatusCode.ShouldBe(HttpStatusCode.Created);
        var person = await created.Content.ReadFromJsonAsync<PersonView>(TestContext.Current.CancellationToken);
        await factory.WithDbAsync(async db =>
            (await db.Set<DuplicateSuspicion>().AnyAsync(s => s.Kind == SuspicionKind.SharedDocumentNumber
                && (s.PersonId == person!.Id || s.OtherPersonId == person!.Id) && s.Explanation.Contains(number))).ShouldBeTrue());
    }

    [Fact]
    public async Task Register_ThroughTheApiAndThroughThePage_WritesOneDuplicateCheckEntryEach()
    {
        var factory = await FactoryAsync();
        using var officer = factory.Session();
        await officer.SignInAsync(DemoAccounts.EmailOf(Roles.CaseOfficer));
        var surname = $"Zabolotna{Guid.NewGuid():N}"[..16];
        var person = new { surname, givenNames = "Yaryna", sex = "F", birthDate = "1983-11-21", citizenship = "UKR" };
        using var first = await officer.Client.PostAsJsonAsync("/api/v1/persons", person, TestContext.Current.CancellationToken);
        first.StatusCode.ShouldBe(HttpStatusCode.Created);
        var original = (await first.Content.ReadFromJsonAsync<PersonView>(TestContext.Current.CancellationToken))!.Id;

        var before = await CheckEntriesAsync(factory, original);
        using var again = await officer.Client.PostAsJsonAsync("/api/v1/persons", person, TestContext.Current.CancellationToken);
        again.StatusCode.ShouldBe(HttpStatusCode.Created);
        (await CheckEntriesAsync(factory, original)).ShouldBe(before + 1, "one check, one entry, through the API");

        var form = new Dictionary<string, string>
        {
            ["Input.Step"] = "register", ["Input.Surname"] = surname, ["Input.GivenNames"] = "Yaryna", ["Input.Sex"] = "F",
            ["Input.BirthDate"] = "1983-11-21", ["Input.Citizenship"] = "UKR",
        };
        // Not confirmed: the same command refuses, saves no one, and its one check shows the matches.
        using var unconfirmed = await officer.PostFormAsync("/pl/staff/persons/new", "register-person", form);
        var refused = new HtmlParser().ParseDocument(await unconfirmed.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
        refused.QuerySelector(".errors")!.TextContent.ShouldContain(ProblemDetails.Translation("The registry has possible matches: look at them and confirm before registering.", "pl"));
        refused.QuerySelectorAll($"a[href='staff/persons/{original}']").ShouldNotBeEmpty("the check's matches are shown");
        (await CheckEntriesAsync(factory, original)).ShouldBe(before + 2, "one check, one entry, for the refused page");
        await factory.WithDbAsync(async db => (await db.Set<Person>().CountAsync(p => p.Surname == surname.ToUpperInvariant() || p.Surname == surname)).ShouldBe(2));

        form["Input.Acknowledged"] = "true";
        using var page = await officer.PostFormAsync("/staff/persons/new", "register-person", form);
        page.RequestMessage!.RequestUri!.AbsolutePath.ShouldNotEndWith("/staff/persons/new", "the page saved the person");
        (await CheckEntriesAsync(factory, original)).ShouldBe(before + 3, "one check, one entry, through the page");
    }

    /// <summary>Duplicate-check entries that name the person among their results.</summary>
    private static Task<int> CheckEntriesAsync(PathwayFactory factory, Guid person) =>
        factory.CountAsync<AuditEntry>(e => e.Reason == "duplicate check" && e.Details!.Contains(person.ToString()));

    [Fact]
    public async Task Scan_OverSeededDuplicates_QueuesThem_AndTheNightlyRunHappensOncePerDay()
    {
        var factory = await FactoryAsync();
        Guid tenant = Guid.Empty;
        await factory.WithDbAsync(async db => tenant = await db.Tenants.Select(t => t.Id).FirstAsync());
        await using (var scope = factory.Services.CreateAsyncScope())
        {
            var first = await scope.ServiceProvider.GetRequiredService<IRegistryScan>().RunAsync(tenant, "nightly", cancellationToken: TestContext.Current.CancellationToken);
            first.Skipped.ShouldBeFalse();
            first.Error.ShouldBeNull();
            first.Records.ShouldBeGreaterThan(250);
            first.LikelySame.ShouldBeGreaterThan(0, "the demo data holds about 3% second records of the same persons");
        }

        await using (var scope = factory.Services.CreateAsyncScope())
        {
            (await scope.ServiceProvider.GetRequiredService<IRegistryScan>().RunAsync(tenant, "nightly", cancellationToken: TestContext.Current.CancellationToken)).Skipped.ShouldBeTrue();
            var manual = await scope.ServiceProvider.GetRequiredService<IRegistryScan>().RunAsync(tenant, "manual", cancellationToken: TestContext.Current.CancellationToken);
            manual.Skipped.ShouldBeFalse();
            manual.LikelySame.ShouldBe(0, "a second scan finds nothing new");
        }

        using var supervisor = factory.Session();
        await supervisor.SignInAsync(DemoAccounts.EmailOf(Roles.Supervisor));
        var queue = await supervisor.Client.GetFromJsonAsync<List<SuspicionView>>("/api/v1/duplicates", TestContext.Current.CancellationToken);
        queue!.ShouldContain(s => s.Kind == SuspicionKind.LikelySamePerson && s.Source == SuspicionSource.Scan && s.Evidence.Weights.Count > 0 && s.Evidence.Weights.All(w => w.Field.Length > 0 && w.Level.Length > 0));
    }
}

public sealed class SqliteRegistryCheckTests(SqliteFactoryFixture fixture) : RegistryCheckTests, IClassFixture<SqliteFactoryFixture>
{
    protected override Task<PathwayFactory> FactoryAsync() => Task.FromResult(fixture.Factory);
}

public sealed class PostgresRegistryCheckTests(PostgresServer server, PostgresFactoryFixture fixture) : RegistryCheckTests, IClassFixture<PostgresFactoryFixture>
{
    protected override Task<PathwayFactory> FactoryAsync() => fixture.GetAsync(server);
}
