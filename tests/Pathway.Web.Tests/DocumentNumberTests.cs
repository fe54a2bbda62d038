using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Pathway.People.Duplicates;
using Pathway.People.Registry;
using Pathway.Platform.Demo;
using Pathway.Platform.Identity;
using Pathway.Platform.Persistence;
using Pathway.Platform.Tenancy;
using Pathway.Testing;
using static Pathway.Web.Tests.ProblemDetails;

namespace Pathway.Web.Tests;

/// <summary>One document number of a kind and issuing state, one person; numbers in the MRZ alphabet; expired documents.</summary>
public abstract class DocumentNumberTests
{
    protected abstract Task<PathwayFactory> FactoryAsync();

    [Fact]
    public async Task Register_PassportAnotherPersonHolds_Returns409NamingTheHolderInTheCallersLanguageAndSavesNothing()
    {
        var factory = await FactoryAsync();
        var holder = await DemoRecords.PersonOfAsync(factory, OrganisationKind.OfficeUnit);
        var document = holder.Documents[0];
        using var officer = factory.Session();
        await officer.SignInAsync(DemoAccounts.EmailOf(Roles.CaseOfficer));
        var surname = $"Held{Guid.NewGuid():N}"[..20];
        using var response = await officer.Client.SendAsync(Json("/api/v1/persons", new
        {
            surname, givenNames = "Petra", sex = "F", birthDate = "1979-03-03", citizenship = "CZE",
            documents = new[] { new { kind = document.Kind.ToString(), number = document.Number.ToLowerInvariant(), issuingState = document.IssuingState } },
        }, "pl"), TestContext.Current.CancellationToken);

        var body = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        response.StatusCode.ShouldBe(HttpStatusCode.Conflict, body);
        var problem = JsonDocument.Parse(body).RootElement;
        problem.GetProperty("title").GetString().ShouldBe(Translation(
            "Document {0} ({1}, {2}) is already registered to {3}. A document number of one kind and issuing state belongs to one person.", "pl",
            document.Number, Translation(document.Kind.ToString(), "pl"), document.IssuingState, $"{holder.Surname} {holder.GivenNames}"));
        problem.GetProperty("holderId").GetGuid().ShouldBe(holder.Id);
        await factory.WithDbAsync(async db => (await db.Set<Person>().AnyAsync(p => p.Surname == surname)).ShouldBeFalse());
    }

    [Fact]
    public async Task AddDocument_NumberAnotherPersonHolds_Returns409_ButTheSameNumberFromAnotherStateIsAdded()
    {
        var factory = await FactoryAsync();
        var holder = await DemoRecords.PersonOfAsync(factory, OrganisationKind.OfficeUnit);
        var other = await OtherPersonAsync(factory, holder);
        var document = holder.Documents[0];
        using var officer = factory.Session();
        await officer.SignInAsync(DemoAccounts.EmailOf(Roles.CaseOfficer));

        using var refused = await officer.Client.PostAsJsonAsync($"/api/v1/persons/{other.Id}/documents",
            new { kind = document.Kind.ToString(), number = document.Number, issuingState = document.IssuingState }, TestContext.Current.CancellationToken);
        refused.StatusCode.ShouldBe(HttpStatusCode.Conflict);
        JsonDocument.Parse(await refused.Content.ReadAsStringAsync(TestContext.Current.CancellationToken)).RootElement.GetProperty("holderId").GetGuid().ShouldBe(holder.Id);

        var elsewhere = document.IssuingState == "ZZZ" ? "XXA" : "ZZZ";
        using var added = await officer.Client.PostAsJsonAsync($"/api/v1/persons/{other.Id}/documents",
            new { kind = document.Kind.ToString(), number = document.Number, issuingState = elsewhere }, TestContext.Current.CancellationToken);
        added.StatusCode.ShouldBe(HttpStatusCode.OK);
        await factory.WithDbAsync(async db =>
            // Only the holder's: a supervisor's recorded exception (another test of this class) carries a reason.
            (await db.Set<IdentityDocument>().CountAsync(d => d.Number == document.Number && d.Kind == document.Kind && d.IssuingState == document.IssuingState && d.SharedNumberReason == null)).ShouldBe(1));
    }

    [Fact]
    public async Task AddDocument_ExceptionWithAReason_OnlyForASupervisor_AndAudited()
    {
        var factory = await FactoryAsync();
        var holder = await DemoRecords.PersonOfAsync(factory, OrganisationKind.OfficeUnit);
        var other = await OtherPersonAsync(factory, holder);
        var document = holder.Documents[0];
        var request = new { kind = document.Kind.ToString(), number = document.Number, issuingState = document.IssuingState, sharedNumberReason = "consulate issued one number twice" };

        using var officer = factory.Session();
        await officer.SignInAsync(DemoAccounts.EmailOf(Roles.CaseOfficer));
        (await officer.Client.PostAsJsonAsync($"/api/v1/persons/{other.Id}/documents", request, TestContext.Current.CancellationToken)).StatusCode.ShouldBe(HttpStatusCode.Forbidden);

        using var supervisor = factory.Session();
        await supervisor.SignInAsync(DemoAccounts.EmailOf(Roles.Supervisor));
        (await supervisor.Client.PostAsJsonAsync($"/api/v1/persons/{other.Id}/documents", request, TestContext.Current.CancellationToken)).StatusCode.ShouldBe(HttpStatusCode.OK);
        await factory.WithDbAsync(async db =>
        {
            // The class's tests share one platform, and another may have given the same person this number already.
            (await db.Set<IdentityDocument>().Where(d => d.PersonId == other.Id && d.Number == document.Number).Select(d => d.SharedNumberReason).ToListAsync())
                .ShouldContain("consulate issued one number twice");
            (await db.AuditEntries.AnyAsync(e => e.Action == "shared-number-exception" && e.EntityId == other.Id.ToString() && e.Reason == "consulate issued one number twice")).ShouldBeTrue();
        });
    }

    [Fact]
    public async Task AddDocument_TwoOfficersSaveOneNewNumberAtOnce_OnlyOneIsSaved()
    {
        var factory = await FactoryAsync();
        var holder = await DemoRecords.PersonOfAsync(factory, OrganisationKind.OfficeUnit);
        var other = await OtherPersonAsync(factory, holder);
        var number = string.Create(CultureInfo.InvariantCulture, $"RACE{Random.Shared.Next(10_000_000, 99_999_999)}");
        // When both pass the check at once, the unique index refuses the second save, and the database layer logs the failed insert.
        factory.Logs.Expect("INSERT INTO \"People_Documents\"");
        factory.Logs.Expect(factory.Provider == DatabaseProvider.Postgres ? "IX_People_Documents_TenantId_Kind_IssuingState_Number" : "UNIQUE constraint failed: People_Documents.TenantId");
        using var first = factory.Session();
        using var second = factory.Session();
        await first.SignInAsync(DemoAccounts.EmailOf(Roles.CaseOfficer));
        await second.SignInAsync(DemoAccounts.EmailOf(Roles.Supervisor));
        var responses = await Task.WhenAll(
            first.Client.PostAsJsonAsync($"/api/v1/persons/{holder.Id}/documents", new { kind = "Passport", number, issuingState = "UKR" }, TestContext.Current.CancellationToken),
            second.Client.PostAsJsonAsync($"/api/v1/persons/{other.Id}/documents", new { kind = "Passport", number, issuingState = "UKR" }, TestContext.Current.CancellationToken));
        responses.Select(r => r.StatusCode).OrderBy(c => c).ShouldBe([HttpStatusCode.OK, HttpStatusCode.Conflict]);
        await factory.WithDbAsync(async db => (await db.Set<IdentityDocument>().CountAsync(d => d.Number == number)).ShouldBe(1));
    }

    [Fact]
    public async Task Register_OneNewDocumentSentTwice_SavesItOnce()
    {
        var factory = await FactoryAsync();
        using var officer = factory.Session();
        await officer.SignInAsync(DemoAccounts.EmailOf(Roles.CaseOfficer));
        var number = string.Create(CultureInfo.InvariantCulture, $"TWICE{Random.Shared.Next(10_000_000, 99_999_999)}");
        using var response = await officer.Client.PostAsJsonAsync("/api/v1/persons", new
        {
            surname = "Dvoretska", givenNames = "Iryna", sex = "F", birthDate = "1988-02-02", citizenship = "UKR",
            documents = new[] { new { kind = "Passport", number, issuingState = "UKR" }, new { kind = "Passport", number = number.ToLowerInvariant(), issuingState = "ukr" } },
        }, TestContext.Current.CancellationToken);
        response.StatusCode.ShouldBe(HttpStatusCode.Created);
        (await response.Content.ReadFromJsonAsync<PersonView>(TestContext.Current.CancellationToken))!.Documents.ShouldHaveSingleItem().Number.ShouldBe(number);
    }

    [Theory]
    [InlineData("<svg/onload=alert(3)>", "</=()>")]
    [InlineData("AB12345Ж", "Ж")]
    public async Task AddDocument_NumberOutsideTheMrzAlphabet_Returns400NamingTheCharacters(string number, string disallowed)
    {
        var factory = await FactoryAsync();
        var person = await DemoRecords.PersonOfAsync(factory, OrganisationKind.OfficeUnit);
        using var officer = factory.Session();
        await officer.SignInAsync(DemoAccounts.EmailOf(Roles.CaseOfficer));
        using var response = await officer.Client.SendAsync(Json($"/api/v1/persons/{person.Id}/documents", new { kind = "Passport", number, issuingState = "UKR" }, "uk"), TestContext.Current.CancellationToken);
        var errors = await ErrorsAsync(response);
        errors["number"].ShouldBe([Translation("A document number has only the letters A to Z and the digits 0 to 9 (spaces and dashes are left out); not allowed: {0}", "uk", disallowed)]);
        await factory.WithDbAsync(async db => (await db.Set<IdentityDocument>().AnyAsync(d => d.Number == "SVGONLOADALERT3")).ShouldBeFalse());
    }

    [Fact]
    public async Task AddDocument_NumberWithSpacesDashesAndLowerCase_IsNormalised()
    {
        var factory = await FactoryAsync();
        var person = await DemoRecords.PersonOfAsync(factory, OrganisationKind.OfficeUnit);
        using var officer = factory.Session();
        await officer.SignInAsync(DemoAccounts.EmailOf(Roles.CaseOfficer));
        var digits = Random.Shared.Next(1_000_000, 9_999_999).ToString(CultureInfo.InvariantCulture);
        using var response = await officer.Client.PostAsJsonAsync($"/api/v1/persons/{person.Id}/documents", new { kind = "Visa", number = $"ab-{digits[..3]} {digits[3..]}", issuingState = "POL" }, TestContext.Current.CancellationToken);
        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await response.Content.ReadFromJsonAsync<PersonView>(TestContext.Current.CancellationToken))!.Documents.ShouldContain(d => d.Number == $"AB{digits}");
    }

    [Fact]
    public async Task Check_ExpiredDocument_SaysWhenItExpired()
    {
        var factory = await FactoryAsync();
        using var officer = factory.Session();
        await officer.SignInAsync(DemoAccounts.EmailOf(Roles.CaseOfficer));
        var result = await (await officer.Client.PostAsJsonAsync("/api/v1/persons/check", new
        {
            surname = "Quetzalcoatl", givenNames = "Xochitl", sex = "F", birthDate = "1931-07-07", citizenship = "MEX",
            documents = new[] { new { kind = "Passport", number = "OLD1999", issuingState = "MEX", expiresOn = "1999-05-31" } },
        }, TestContext.Current.CancellationToken)).Content.ReadFromJsonAsync<RegistryCheckResult>(TestContext.Current.CancellationToken);
        result!.Expired.ShouldHaveSingleItem().ShouldBe(new ExpiredDocument("OLD1999", new DateOnly(1999, 5, 31)));
    }

    private static async Task<Person> OtherPersonAsync(PathwayFactory factory, Person holder)
    {
        Person? other = null;
        var skip = Random.Shared.Next(0, 100);
        await factory.WithDbAsync(async db => other = await db.Set<Person>()
            .Where(p => p.Id != holder.Id && p.OrganisationId == holder.OrganisationId && p.MergedIntoId == null)
            .OrderByDescending(p => p.Id).Skip(skip).FirstAsync());
        return other!;
    }
}

public sealed class SqliteDocumentNumberTests(SqliteFactoryFixture fixture) : DocumentNumberTests, IClassFixture<SqliteFactoryFixture>
{
    protected override Task<PathwayFactory> FactoryAsync() => Task.FromResult(fixture.Factory);
}

public sealed class PostgresDocumentNumberTests(PostgresServer server, PostgresFactoryFixture fixture) : DocumentNumberTests, IClassFixture<PostgresFactoryFixture>
{
    protected override Task<PathwayFactory> FactoryAsync() => fixture.GetAsync(server);
}
