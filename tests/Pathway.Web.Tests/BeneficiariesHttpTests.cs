using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Pathway.Platform.Audit;
using Pathway.Platform.Identity;
using Pathway.Platform.Tenancy;
using Pathway.Support.Beneficiaries;
using Pathway.Testing;
using static Pathway.Testing.ApiAnswers;

namespace Pathway.Web.Tests;

/// <summary>
/// Support cases over HTTP, on SQLite and PostgreSQL: a person registered once (the duplicate
/// check), consents given and revoked with their receipts, need-to-know (the team and the
/// organisation's supervisors only) and every opening audited.
/// </summary>
public abstract class BeneficiariesHttpTests
{
    private const string Api = "/api/v1/beneficiaries";

    protected abstract Task<PathwayFactory> FactoryAsync();

    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    /// <summary>A case of <paramref name="organisationKind"/>'s first organisation whose team is someone else.</summary>
    private static async Task<Guid> CaseOfAnotherTeamAsync(PathwayFactory factory, OrganisationKind organisationKind, string given, string surname, DateOnly born)
    {
        var id = Guid.Empty;
        await factory.WithDbAsync(async db =>
        {
            var organisation = await db.Organisations.FirstAsync(o => o.Kind == organisationKind, Cancel);
            var beneficiary = new Beneficiary
            {
                TenantId = organisation.TenantId, OrganisationId = organisation.Id, Number = $"B-T-{Guid.NewGuid():N}"[..20], GivenNames = given, Surname = surname,
                BirthDate = born, Sex = Sex.Unknown, Language = "uk", LegalBasis = LegalBasis.VitalInterests, MatchKey = BeneficiaryDesk.MatchKey(given, surname, born),
                CreatedAt = DateTime.UtcNow, CreatedBy = "someone else",
            };
            beneficiary.Team.Add(new CaseTeamMember { BeneficiaryId = beneficiary.Id, UserId = Guid.NewGuid(), Name = "someone else", AddedAt = DateTime.UtcNow });
            db.Add(beneficiary);
            await db.SaveChangesAsync(Cancel);
            id = beneficiary.Id;
        });
        return id;
    }

    [Fact]
    public async Task Intake_RegistersAPersonOnce_AndTheTeamAloneOpensTheCase_EveryOpeningAudited()
    {
        var factory = await FactoryAsync();
        using var ngo = await factory.SignInAsync(Roles.NgoWorker);
        var person = new { givenNames = "Olena", surname = "Ševčenko", birthDate = "1990-01-01", sex = "Female", citizenship = "UKR", language = "uk", legalBasis = "Consent", consentsToServices = true };

        using var first = await ngo.Client.PostAsJsonAsync(Api, person, Cancel);
        var saved = await JsonAsync(first, HttpStatusCode.Created);
        var id = saved.GetProperty("id").GetGuid();
        saved.GetProperty("number").GetString()!.ShouldMatch(@"^B-\d{4}-\d{5}$");
        saved.TryGetProperty("matchKey", out _).ShouldBeFalse();

        // The same person written another way: names swapped, no accents, capitals.
        using var again = await ngo.Client.PostAsJsonAsync(Api, person with { }, Cancel);
        var swapped = new { givenNames = "SEVCENKO", surname = "olena", birthDate = "1990-01-01", sex = "Female", citizenship = "UKR", language = "uk", legalBasis = "Consent", consentsToServices = true };
        using var duplicate = await ngo.Client.PostAsJsonAsync(Api, swapped, Cancel);
        var found = (await JsonAsync(duplicate, HttpStatusCode.Conflict)).GetProperty("duplicates");
        found.EnumerateArray().Select(d => d.GetProperty("id").GetGuid()).ShouldContain(id);
        again.StatusCode.ShouldBe(HttpStatusCode.Conflict);
        using var anyway = await ngo.Client.PostAsJsonAsync(Api, new { swapped.givenNames, swapped.surname, swapped.birthDate, swapped.language, legalBasis = "PublicTask", consentsToServices = false, registerAnyway = true }, Cancel);
        (await JsonAsync(anyway, HttpStatusCode.Created)).GetProperty("number").GetString().ShouldNotBe(saved.GetProperty("number").GetString());

        using var open = await ngo.Client.GetAsync($"{Api}/{id}", Cancel);
        var file = await JsonAsync(open, HttpStatusCode.OK);
        file.GetProperty("consents").EnumerateArray().Select(c => c.GetProperty("kind").GetString()).ShouldBe(["ReceiveServices"]);
        (await factory.CountAsync<AuditEntry>(a => a.Action == AuditAction.Read && a.EntityType == nameof(Beneficiary) && a.EntityId == id.ToString())).ShouldBe(1);

        // Another organisation's staff cannot open it, not even its supervisor.
        using var supervisor = await factory.SignInAsync(Roles.Supervisor);
        using var elsewhere = await supervisor.Client.GetAsync($"{Api}/{id}", Cancel);
        elsewhere.StatusCode.ShouldBe(HttpStatusCode.NotFound);

        // A case of the NGO whose team the worker is not on: neither listed nor opened, and the
        // duplicate check names its number only.
        var hidden = await CaseOfAnotherTeamAsync(factory, OrganisationKind.PartnerNgo, "Taras", "Bondar", new DateOnly(1979, 5, 5));
        using var hiddenOpen = await ngo.Client.GetAsync($"{Api}/{hidden}", Cancel);
        hiddenOpen.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        using var list = await ngo.Client.GetAsync($"{Api}?search=bondar", Cancel);
        (await JsonAsync(list, HttpStatusCode.OK)).GetArrayLength().ShouldBe(0);
        using var twin = await ngo.Client.PostAsJsonAsync(Api, new { givenNames = "Taras", surname = "Bondar", birthDate = "1979-05-05", language = "uk", legalBasis = "PublicTask" }, Cancel);
        var named = (await JsonAsync(twin, HttpStatusCode.Conflict)).GetProperty("duplicates")[0];
        (named.GetProperty("id").ValueKind, named.GetProperty("name").ValueKind).ShouldBe((JsonValueKind.Null, JsonValueKind.Null));
        named.GetProperty("number").GetString().ShouldNotBeNullOrEmpty();

        // The office's supervisor opens every case of the office, whoever's team it is.
        var office = await CaseOfAnotherTeamAsync(factory, OrganisationKind.OfficeUnit, "Ali", "Haidari", new DateOnly(2001, 2, 3));
        using var supervised = await supervisor.Client.GetAsync($"{Api}/{office}", Cancel);
        supervised.StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    [Fact]
    public async Task Intake_NamesEveryWrongFieldInTheReadersLanguage_AndSavesNothing()
    {
        var factory = await FactoryAsync();
        using var ngo = await factory.SignInAsync(Roles.NgoWorker);
        ngo.Client.DefaultRequestHeaders.AcceptLanguage.ParseAdd("pl");
        var before = await factory.CountAsync<Beneficiary>();

        using var bad = await ngo.Client.PostAsJsonAsync(Api, new { givenNames = "", surname = new string('x', 101), birthDate = "2999-01-01", citizenship = "U-1", language = "xx", legalBasis = "Consent" }, Cancel);
        var errors = (await JsonAsync(bad, HttpStatusCode.BadRequest)).GetProperty("errors");
        errors.EnumerateObject().Select(e => e.Name).Order(StringComparer.Ordinal)
            .ShouldBe(["birthDate", "citizenship", "consentsToServices", "givenNames", "language", "surname"]);
        errors.GetProperty("consentsToServices")[0].GetString().ShouldBe(
            ProblemDetails.Translation("With consent as the basis, the person's consent to receive services must be recorded.", "pl"));
        (await factory.CountAsync<Beneficiary>()).ShouldBe(before);
    }

    [Fact]
    public async Task Consents_ToDiscloseAreGivenPerOrganisation_RevokedFromNowOn_AndEachHasAReceiptInThePersonsLanguage()
    {
        var factory = await FactoryAsync();
        using var ngo = await factory.SignInAsync(Roles.NgoWorker);
        using var created = await ngo.Client.PostAsJsonAsync(Api, new { givenNames = "Ahmad", surname = "Nazari", language = "prs", legalBasis = "VitalInterests" }, Cancel);
        var id = (await JsonAsync(created, HttpStatusCode.Created)).GetProperty("id").GetGuid();
        Guid office = Guid.Empty;
        await factory.WithDbAsync(async db => office = await db.Organisations.Where(o => o.Kind == OrganisationKind.OfficeUnit).Select(o => o.Id).FirstAsync(Cancel));

        using var none = await ngo.Client.PostAsJsonAsync($"{Api}/{id}/consents", new { kind = "DiscloseTo" }, Cancel);
        (await JsonAsync(none, HttpStatusCode.BadRequest)).GetProperty("errors").TryGetProperty("recipient", out _).ShouldBeTrue();
        using var unknown = await ngo.Client.PostAsJsonAsync($"{Api}/{id}/consents", new { kind = "DiscloseTo", recipientOrganisationId = Guid.NewGuid() }, Cancel);
        unknown.StatusCode.ShouldBe(HttpStatusCode.BadRequest);

        using var given = await ngo.Client.PostAsJsonAsync($"{Api}/{id}/consents", new { kind = "DiscloseTo", recipientOrganisationId = office }, Cancel);
        var consent = (await JsonAsync(given, HttpStatusCode.Created)).GetProperty("id").GetGuid();
        using var twice = await ngo.Client.PostAsJsonAsync($"{Api}/{id}/consents", new { kind = "DiscloseTo", recipientOrganisationId = office }, Cancel);
        twice.StatusCode.ShouldBe(HttpStatusCode.Conflict);
        using var outside = await ngo.Client.PostAsJsonAsync($"{Api}/{id}/consents", new { kind = "DiscloseTo", recipientName = "Szpital Bielański" }, Cancel);
        outside.StatusCode.ShouldBe(HttpStatusCode.Created);

        var receipt = await ngo.GetPageAsync($"/prs/support/beneficiaries/{id}/consents/{consent}/receipt");
        receipt.DocumentElement.GetAttribute("lang").ShouldBe("prs");
        receipt.QuerySelector("#revocation")!.TextContent.ShouldBe(ProblemDetails.Translation(
            "You may revoke this consent at any time, free of charge, by telling any of the organisation's staff. Revoking it does not undo what was done before.", "fa-AF"));

        using var revoked = await ngo.Client.PostAsync($"{Api}/{id}/consents/{consent}/revoke", null, Cancel);
        (await JsonAsync(revoked, HttpStatusCode.OK)).GetProperty("revokedAt").ValueKind.ShouldBe(JsonValueKind.String);
        using var revokedAgain = await ngo.Client.PostAsync($"{Api}/{id}/consents/{consent}/revoke", null, Cancel);
        revokedAgain.StatusCode.ShouldBe(HttpStatusCode.Conflict);
        using var file = await ngo.Client.GetAsync($"{Api}/{id}", Cancel);
        var consents = (await JsonAsync(file, HttpStatusCode.OK)).GetProperty("consents");
        consents.GetArrayLength().ShouldBe(2, "a revoked consent stays on record");
        consents.EnumerateArray().Count(c => c.GetProperty("isActive").GetBoolean()).ShouldBe(1);
        (await ngo.GetPageAsync($"/prs/support/beneficiaries/{id}/consents/{consent}/receipt")).QuerySelector("#revoked").ShouldNotBeNull();
    }

    [Fact]
    public async Task Intake_ShowsThePersonRegistrysRecords_TheWorkerLinksOne_AndACaseLinkedToItIsADuplicateWhateverItsSpelling()
    {
        var factory = await FactoryAsync();
        // A person of the office's registry, whom the office's supervisor may see and the NGO's worker may not.
        (Guid Id, string Given, string Surname, DateOnly Born) registered = default;
        await factory.WithDbAsync(async db => registered = await db.Set<Pathway.People.Registry.Person>().Where(p => p.MergedIntoId == null)
            .OrderBy(p => p.Id).Select(p => new ValueTuple<Guid, string, string, DateOnly>(p.Id, p.GivenNames, p.Surname, p.BirthDate)).FirstAsync(Cancel));
        using var supervisor = await factory.SignInAsync(Roles.Supervisor);
        var intake = new { givenNames = registered.Given, surname = registered.Surname, birthDate = registered.Born, language = "uk", legalBasis = "PublicTask" };

        using var found = await supervisor.Client.PostAsJsonAsync(Api, intake, Cancel);
        var conflict = await JsonAsync(found, HttpStatusCode.Conflict);
        conflict.GetProperty("registryMatches").EnumerateArray().Select(m => m.GetProperty("id").GetGuid()).ShouldContain(registered.Id);
        (await factory.CountAsync<AuditEntry>(a => a.Action == AuditAction.Search && a.EntityType == "Person" && a.Details!.Contains(registered.Id.ToString()))).ShouldBeGreaterThan(0);

        using var unknown = await supervisor.Client.PostAsJsonAsync(Api, new { intake.givenNames, intake.surname, intake.birthDate, intake.language, intake.legalBasis, personId = Guid.NewGuid() }, Cancel);
        (await JsonAsync(unknown, HttpStatusCode.BadRequest)).GetProperty("errors").TryGetProperty("personId", out _).ShouldBeTrue();

        using var linked = await supervisor.Client.PostAsJsonAsync(Api, new { intake.givenNames, intake.surname, intake.birthDate, intake.language, intake.legalBasis, personId = registered.Id }, Cancel);
        var saved = await JsonAsync(linked, HttpStatusCode.Created);
        saved.GetProperty("personId").GetGuid().ShouldBe(registered.Id);

        // The same person written otherwise, linked to the same record: the linked case is found first.
        using var again = await supervisor.Client.PostAsJsonAsync(Api, new { givenNames = "X", surname = "Y", language = "uk", legalBasis = "PublicTask", personId = registered.Id }, Cancel);
        var duplicates = (await JsonAsync(again, HttpStatusCode.Conflict)).GetProperty("duplicates").EnumerateArray().ToList();
        duplicates.Select(d => d.GetProperty("id").GetGuid()).ShouldContain(saved.GetProperty("id").GetGuid());

        // The NGO's worker may not see the office's registry record: neither offered nor linkable.
        using var ngo = await factory.SignInAsync(Roles.NgoWorker);
        using var ngoIntake = await ngo.Client.PostAsJsonAsync(Api, new { intake.givenNames, intake.surname, intake.birthDate, intake.language, intake.legalBasis, personId = registered.Id }, Cancel);
        (await JsonAsync(ngoIntake, HttpStatusCode.BadRequest)).GetProperty("errors").TryGetProperty("personId", out _).ShouldBeTrue();
    }
}

public sealed class SqliteBeneficiariesHttpTests(SqliteFactoryFixture fixture) : BeneficiariesHttpTests, IClassFixture<SqliteFactoryFixture>
{
    protected override Task<PathwayFactory> FactoryAsync() => Task.FromResult(fixture.Factory);
}

public sealed class PostgresBeneficiariesHttpTests(PostgresServer server, PostgresFactoryFixture fixture) : BeneficiariesHttpTests, IClassFixture<PostgresFactoryFixture>
{
    protected override Task<PathwayFactory> FactoryAsync() => Task.FromResult(fixture.GetAsync(server)).Unwrap();
}
