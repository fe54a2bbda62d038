using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Pathway.Platform.Identity;
using Pathway.Testing;
using static Pathway.Testing.ApiAnswers;

namespace Pathway.Web.Tests;

/// <summary>A support case's services over HTTP, on SQLite and PostgreSQL: given or planned, checked field by field, marked given, and the overdue list.</summary>
public abstract class ServicesHttpTests
{
    protected abstract Task<PathwayFactory> FactoryAsync();

    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Services_AreGivenOrPlanned_ThePlannedGoOverdueAfterTheirDay_AndOnlyTheTeamSeesThem()
    {
        var factory = await FactoryAsync();
        using var ngo = await factory.SignInAsync(Roles.NgoWorker);
        using var created = await ngo.Client.PostAsJsonAsync("/api/v1/beneficiaries", new { givenNames = "Hamid", surname = "Sultani", language = "prs", legalBasis = "PublicTask" }, Cancel);
        var id = (await JsonAsync(created, HttpStatusCode.Created)).GetProperty("id").GetGuid();
        var api = $"/api/v1/beneficiaries/{id}/services";
        var today = OfficeDay.Today;

        using var bad = await ngo.Client.PostAsJsonAsync(api, new { kind = "Interpreting", status = "Delivered", deliveredOn = today.AddDays(3), minutes = 0, languageFrom = "fa", languageTo = "fa" }, Cancel);
        (await JsonAsync(bad, HttpStatusCode.BadRequest)).GetProperty("errors").EnumerateObject().Select(e => e.Name).Order(StringComparer.Ordinal)
            .ShouldBe(["deliveredOn", "languageTo", "minutes", "provider"]);
        using var planPast = await ngo.Client.PostAsJsonAsync(api, new { kind = "LegalAdvice", status = "Planned", dueOn = today.AddDays(-2), provider = "Ewa" }, Cancel);
        (await JsonAsync(planPast, HttpStatusCode.BadRequest)).GetProperty("errors").TryGetProperty("dueOn", out _).ShouldBeTrue();

        using var given = await ngo.Client.PostAsJsonAsync(api, new { kind = "Interpreting", status = "Delivered", deliveredOn = today, provider = "Ewa", minutes = 50, languageFrom = "fa", languageTo = "pl", project = "AMIF-1" }, Cancel);
        (await JsonAsync(given, HttpStatusCode.Created)).GetProperty("languageTo").GetString().ShouldBe("pl");
        using var planned = await ngo.Client.PostAsJsonAsync(api, new { kind = "PsychologicalCounselling", status = "Planned", dueOn = today, provider = "Marta" }, Cancel);
        var plannedId = (await JsonAsync(planned, HttpStatusCode.Created)).GetProperty("id").GetGuid();

        // Planned for a day that has passed: the day is moved back as time would move it.
        await factory.WithDbAsync(async db =>
        {
            var service = await db.Set<Pathway.Support.Beneficiaries.SupportService>().FindAsync([plannedId], Cancel);
            db.Entry(service!).Property(s => s.DueOn).CurrentValue = today.AddDays(-4);
            await db.SaveChangesAsync(Cancel);
        });
        using var overdue = await ngo.Client.GetAsync("/api/v1/services/overdue", Cancel);
        var late = (await JsonAsync(overdue, HttpStatusCode.OK)).EnumerateArray().Single(o => o.GetProperty("service").GetProperty("id").GetGuid() == plannedId);
        late.GetProperty("daysOverdue").GetInt32().ShouldBeInRange(3, 5, "four days, give or take the office's midnight");

        using var delivered = await ngo.Client.PostAsJsonAsync($"{api}/{plannedId}/delivered", new { deliveredOn = today, minutes = 55, outcome = "Next session agreed." }, Cancel);
        (await JsonAsync(delivered, HttpStatusCode.OK)).GetProperty("status").GetString().ShouldBe("Delivered");
        using var twice = await ngo.Client.PostAsJsonAsync($"{api}/{plannedId}/delivered", new { deliveredOn = today }, Cancel);
        twice.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        using var after = await ngo.Client.GetAsync("/api/v1/services/overdue", Cancel);
        (await JsonAsync(after, HttpStatusCode.OK)).EnumerateArray().Any(o => o.GetProperty("service").GetProperty("id").GetGuid() == plannedId).ShouldBeFalse();

        using var list = await ngo.Client.GetAsync(api, Cancel);
        (await JsonAsync(list, HttpStatusCode.OK)).GetArrayLength().ShouldBe(2);
        using var supervisor = await factory.SignInAsync(Roles.Supervisor);
        using var elsewhere = await supervisor.Client.GetAsync(api, Cancel);
        elsewhere.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        using var record = await supervisor.Client.PostAsJsonAsync(api, new { kind = "LegalAdvice", status = "Delivered", deliveredOn = today, provider = "X" }, Cancel);
        record.StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }
}

public sealed class SqliteServicesHttpTests(SqliteFactoryFixture fixture) : ServicesHttpTests, IClassFixture<SqliteFactoryFixture>
{
    protected override Task<PathwayFactory> FactoryAsync() => Task.FromResult(fixture.Factory);
}

public sealed class PostgresServicesHttpTests(PostgresServer server, PostgresFactoryFixture fixture) : ServicesHttpTests, IClassFixture<PostgresFactoryFixture>
{
    protected override Task<PathwayFactory> FactoryAsync() => Task.FromResult(fixture.GetAsync(server)).Unwrap();
}
