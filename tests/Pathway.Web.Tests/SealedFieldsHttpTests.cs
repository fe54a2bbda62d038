using System.Net;
using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.Extensions.DependencyInjection;
using Pathway.Platform.Audit;
using Pathway.Platform.Identity;
using Pathway.Platform.Persistence;
using Pathway.Platform.Protection;
using Pathway.Platform.Tenancy;
using Pathway.Support.Beneficiaries;
using Pathway.Support.Needs;
using Pathway.Testing;
using static Pathway.Testing.ApiAnswers;

namespace Pathway.Web.Tests;

/// <summary>
/// Special-category fields at rest, on SQLite and PostgreSQL: the database holds them sealed under
/// the tenant's key, the people who may read the case read them plain, values written before
/// sealing began are sealed by the re-sealing pass, and a rotated key seals anew without losing
/// what the old one sealed.
/// </summary>
public abstract class SealedFieldsHttpTests
{
    protected abstract Task<PathwayFactory> FactoryAsync();

    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    private static async Task<Guid> CaseAsync(WebSession ngo, string given, string surname)
    {
        using var created = await ngo.Client.PostAsJsonAsync("/api/v1/beneficiaries", new { givenNames = given, surname, language = "prs", legalBasis = "PublicTask" }, Cancel);
        return (await JsonAsync(created, HttpStatusCode.Created)).GetProperty("id").GetGuid();
    }

    /// <summary>What a column holds in the database, as a dump of it would show.</summary>
    private static async Task<string?> StoredAsync(PathwayFactory factory, string table, string column, Guid id)
    {
        string? stored = null;
        var sql = $"SELECT \"{column}\" AS \"Value\" FROM \"{table}\" WHERE \"Id\" = {{0}}";
        await factory.WithDbAsync(async db => stored = await db.Database.SqlQueryRaw<string>(sql, id).SingleAsync(Cancel));
        return stored;
    }

    [Fact]
    public async Task NoteAndOutcome_AreSealedInTheDatabase_AndReadPlainThroughTheCase()
    {
        var factory = await FactoryAsync();
        using var ngo = await factory.SignInAsync(Roles.NgoWorker);
        var id = await CaseAsync(ngo, "Mariam", "Haidari");
        const string Note = "Survivor of trafficking for forced labour; pregnant, sixth month.";
        using var assessed = await ngo.Client.PostAsJsonAsync($"/api/v1/beneficiaries/{id}/assessments", new
        {
            assessedOn = OfficeDay.Today, needs = new object[] { new { category = "Trafficking" } }, exploitation = "ForcedLabourOrServices", note = Note, nextReviewOn = OfficeDay.Today.AddDays(30),
        }, Cancel);
        var assessment = (await JsonAsync(assessed, HttpStatusCode.Created)).GetProperty("id").GetGuid();
        const string Outcome = "Panic attacks eased; referred to a psychiatrist.";
        using var given = await ngo.Client.PostAsJsonAsync($"/api/v1/beneficiaries/{id}/services", new
        {
            kind = "PsychologicalCounselling", status = "Delivered", deliveredOn = OfficeDay.Today, provider = "Anna", minutes = 50, outcome = Outcome,
        }, Cancel);
        var service = (await JsonAsync(given, HttpStatusCode.Created)).GetProperty("id").GetGuid();

        var storedNote = await StoredAsync(factory, "Support_NeedAssessments", "Note", assessment);
        storedNote.ShouldStartWith("pw1:");
        storedNote.ShouldNotContain("trafficking");
        var storedOutcome = await StoredAsync(factory, "Support_Services", "Outcome", service);
        storedOutcome.ShouldStartWith("pw1:");
        storedOutcome.ShouldNotContain("psychiatrist");

        using var assessments = await ngo.Client.GetAsync($"/api/v1/beneficiaries/{id}/assessments", Cancel);
        (await JsonAsync(assessments, HttpStatusCode.OK)).GetProperty("assessments")[0].GetProperty("note").GetString().ShouldBe(Note);
        using var services = await ngo.Client.GetAsync($"/api/v1/beneficiaries/{id}/services", Cancel);
        (await JsonAsync(services, HttpStatusCode.OK)).EnumerateArray().Single(s => s.GetProperty("id").GetGuid() == service).GetProperty("outcome").GetString().ShouldBe(Outcome);
        var page = await ngo.GetPageAsync($"/support/beneficiaries/{id}");
        page.Body!.TextContent.ShouldContain(Note);
        page.Body!.TextContent.ShouldContain(Outcome);
    }

    [Fact]
    public async Task MarkingAServiceGiven_SealsTheOutcomeItAdds_AndLeavesTheRecordUnchangedAfter()
    {
        var factory = await FactoryAsync();
        using var ngo = await factory.SignInAsync(Roles.NgoWorker);
        var id = await CaseAsync(ngo, "Yusuf", "Ahmadi");
        using var planned = await ngo.Client.PostAsJsonAsync($"/api/v1/beneficiaries/{id}/services", new { kind = "LegalAdvice", status = "Planned", dueOn = OfficeDay.Today.AddDays(3), provider = "Ewa" }, Cancel);
        var service = (await JsonAsync(planned, HttpStatusCode.Created)).GetProperty("id").GetGuid();
        (await StoredAsync(factory, "Support_Services", "Outcome", service)).ShouldBeNull();

        using var delivered = await ngo.Client.PostAsJsonAsync($"/api/v1/beneficiaries/{id}/services/{service}/delivered", new { deliveredOn = OfficeDay.Today, minutes = 30, outcome = "Appeal drafted." }, Cancel);
        (await JsonAsync(delivered, HttpStatusCode.OK)).GetProperty("outcome").GetString().ShouldBe("Appeal drafted.");
        (await StoredAsync(factory, "Support_Services", "Outcome", service)).ShouldStartWith("pw1:");

        // Read back, the entity is unchanged: saving it again writes nothing and audits nothing.
        await factory.WithDbAsync(async db =>
        {
            var read = await db.Set<SupportService>().SingleAsync(s => s.Id == service, Cancel);
            read.Outcome.ShouldBe("Appeal drafted.");
            db.ChangeTracker.HasChanges().ShouldBeFalse();
            (await db.SaveChangesAsync(Cancel)).ShouldBe(0);
            db.Entry(read).State.ShouldBe(EntityState.Unchanged);
        });
    }

    [Fact]
    public async Task EverySealedColumn_HoldsOnlySealedValues_AfterTheDemoAndTheBackfill()
    {
        var factory = await FactoryAsync();
        using var ngo = await factory.SignInAsync(Roles.NgoWorker);
        await factory.WithDbAsync(async db =>
        {
            var fields = db.Model.GetEntityTypes().SelectMany(e => SpecialCategory.Of(e).Select(f => (Entity: e, Field: f))).ToList();
            fields.Select(f => f.Field.Purpose).ShouldBe(
                ["support.gbv.place", "support.needs.note", "support.referral.note", "support.referral.contents", "support.service.outcome"], ignoreOrder: true);
            foreach (var (entity, field) in fields)
            {
                var table = entity.GetTableName()!;
                var column = field.Property.GetColumnName(StoreObjectIdentifier.Table(table))!;
                var sql = $"SELECT COUNT(*) AS \"Value\" FROM \"{table}\" WHERE \"{column}\" IS NOT NULL AND \"{column}\" <> '' AND \"{column}\" NOT LIKE 'pw1:%'";
                var plain = await db.Database.SqlQueryRaw<int>(sql).SingleAsync(Cancel);
                plain.ShouldBe(0, $"{table}.{column} holds plain values");
            }
        });
    }

    [Fact]
    public async Task ValuesWrittenBeforeSealing_AreReadAsTheyAre_AndSealedByThePass()
    {
        var factory = await FactoryAsync();
        using var ngo = await factory.SignInAsync(Roles.NgoWorker);
        var id = await CaseAsync(ngo, "Roya", "Sadat");
        using var assessed = await ngo.Client.PostAsJsonAsync($"/api/v1/beneficiaries/{id}/assessments", new { assessedOn = OfficeDay.Today, noSpecificNeeds = true, note = "x", nextReviewOn = OfficeDay.Today.AddDays(30) }, Cancel);
        var assessment = (await JsonAsync(assessed, HttpStatusCode.Created)).GetProperty("id").GetGuid();
        // As an installation upgraded from a release before sealing holds it.
        await factory.WithDbAsync(db => db.Database.ExecuteSqlRawAsync("UPDATE \"Support_NeedAssessments\" SET \"Note\" = {0} WHERE \"Id\" = {1}", ["Written before sealing: epilepsy.", assessment], Cancel));

        using var before = await ngo.Client.GetAsync($"/api/v1/beneficiaries/{id}/assessments", Cancel);
        (await JsonAsync(before, HttpStatusCode.OK)).GetProperty("assessments")[0].GetProperty("note").GetString().ShouldBe("Written before sealing: epilepsy.");

        var tenant = await TenantAsync(factory);
        ResealSummary? summary = null;
        await factory.WithScopeAsync(async services => summary = await services.GetRequiredService<SpecialCategoryResealer>().ResealAsync(tenant, cancellationToken: Cancel));
        summary!.Sealed.ShouldBeGreaterThanOrEqualTo(1);
        (await StoredAsync(factory, "Support_NeedAssessments", "Note", assessment)).ShouldStartWith(FieldCipher.PrefixOf(summary.KeyVersion));
        using var after = await ngo.Client.GetAsync($"/api/v1/beneficiaries/{id}/assessments", Cancel);
        (await JsonAsync(after, HttpStatusCode.OK)).GetProperty("assessments")[0].GetProperty("note").GetString().ShouldBe("Written before sealing: epilepsy.");
        (await factory.CountAsync<AuditEntry>(e => e.EntityType == nameof(Tenant) && e.Reason == "special-category fields sealed again")).ShouldBeGreaterThanOrEqualTo(1);
    }

    [Fact]
    public async Task RotatingTheKey_SealsEverythingUnderTheNewVersion_AndLosesNothing()
    {
        var factory = await FactoryAsync();
        using var ngo = await factory.SignInAsync(Roles.NgoWorker);
        var id = await CaseAsync(ngo, "Karim", "Wardak");
        using var given = await ngo.Client.PostAsJsonAsync($"/api/v1/beneficiaries/{id}/services", new { kind = "SocialAssistance", status = "Delivered", deliveredOn = OfficeDay.Today, provider = "Ola", outcome = "Housing benefit granted." }, Cancel);
        var service = (await JsonAsync(given, HttpStatusCode.Created)).GetProperty("id").GetGuid();
        var tenant = await TenantAsync(factory);

        ResealSummary? rotated = null;
        await factory.WithScopeAsync(async services => rotated = await services.GetRequiredService<SpecialCategoryResealer>().RotateAsync(tenant, "test", cancellationToken: Cancel));
        rotated!.Sealed.ShouldBeGreaterThanOrEqualTo(1);
        (await StoredAsync(factory, "Support_Services", "Outcome", service)).ShouldStartWith(FieldCipher.PrefixOf(rotated.KeyVersion));
        using var services = await ngo.Client.GetAsync($"/api/v1/beneficiaries/{id}/services", Cancel);
        (await JsonAsync(services, HttpStatusCode.OK)).EnumerateArray().Single(s => s.GetProperty("id").GetGuid() == service).GetProperty("outcome").GetString().ShouldBe("Housing benefit granted.");

        // What is written now is sealed under the new version.
        using var more = await ngo.Client.PostAsJsonAsync($"/api/v1/beneficiaries/{id}/services", new { kind = "LegalAdvice", status = "Delivered", deliveredOn = OfficeDay.Today, provider = "Ola", outcome = "Residence card renewed." }, Cancel);
        var next = (await JsonAsync(more, HttpStatusCode.Created)).GetProperty("id").GetGuid();
        (await StoredAsync(factory, "Support_Services", "Outcome", next)).ShouldStartWith(FieldCipher.PrefixOf(rotated.KeyVersion));

        // A second pass finds nothing behind.
        ResealSummary? again = null;
        await factory.WithScopeAsync(async s => again = await s.GetRequiredService<SpecialCategoryResealer>().ResealAsync(tenant, cancellationToken: Cancel));
        again!.Sealed.ShouldBe(0);
    }

    private static async Task<Guid> TenantAsync(PathwayFactory factory)
    {
        var tenant = Guid.Empty;
        await factory.WithDbAsync(async db => tenant = await db.Tenants.Select(t => t.Id).FirstAsync(Cancel));
        return tenant;
    }
}

public sealed class SqliteSealedFieldsHttpTests(SqliteFactoryFixture fixture) : SealedFieldsHttpTests, IClassFixture<SqliteFactoryFixture>
{
    protected override Task<PathwayFactory> FactoryAsync() => Task.FromResult(fixture.Factory);
}

public sealed class PostgresSealedFieldsHttpTests(PostgresServer server, PostgresFactoryFixture fixture) : SealedFieldsHttpTests, IClassFixture<PostgresFactoryFixture>
{
    protected override Task<PathwayFactory> FactoryAsync() => Task.FromResult(fixture.GetAsync(server)).Unwrap();
}
