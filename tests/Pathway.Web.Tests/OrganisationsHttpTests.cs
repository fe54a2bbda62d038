using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Pathway.Platform.Audit;
using Pathway.Platform.Demo;
using Pathway.Platform.Identity;
using Pathway.Platform.Tenancy;
using Pathway.Testing;
using static Pathway.Testing.ApiAnswers;
using static Pathway.Web.Tests.ProblemDetails;

namespace Pathway.Web.Tests;

/// <summary>
/// The office's organisations and the voivodeship each serves, over HTTP on SQLite and PostgreSQL:
/// administrators read and set it, a code that is none of the sixteen is named in the caller's
/// language, another office's organisation is not there, and every change is audited.
/// </summary>
public abstract class OrganisationsHttpTests
{
    private const string Api = "/api/v1/admin/organisations";

    protected abstract Task<PathwayFactory> FactoryAsync();

    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    private static HttpRequestMessage Put(Guid id, string? voivodeship, string language = "en")
    {
        var request = new HttpRequestMessage(HttpMethod.Put, $"{Api}/{id}/voivodeship") { Content = JsonContent.Create(new { voivodeship }) };
        request.Headers.AcceptLanguage.ParseAdd(language);
        return request;
    }

    [Fact]
    public async Task TheList_HasTheOfficesOrganisations_WithTheDemoUnitsInMazowieckie()
    {
        var factory = await FactoryAsync();
        using var admin = await factory.SignInAsync(Roles.Admin);

        var organisations = await admin.Client.GetFromJsonAsync<JsonElement>(Api, Cancel);

        var units = organisations.EnumerateArray().Where(o => o.GetProperty("kind").GetString() == "OfficeUnit").ToList();
        units.Count.ShouldBe(2);
        units.ShouldAllBe(o => o.GetProperty("voivodeship").GetString() == DemoTenantSeeder.OfficeVoivodeship);
        organisations.EnumerateArray().ShouldContain(o => o.GetProperty("kind").GetString() == "PartnerNgo");
    }

    [Fact]
    public async Task SettingAVoivodeship_IsSavedAudited_AndReadByTheDirectory()
    {
        var factory = await FactoryAsync();
        using var admin = await factory.SignInAsync(Roles.Admin);
        var ngo = await factory.OrganisationIdAsync("Fundacja Wspólna Droga");

        using (var set = await admin.Client.SendAsync(Put(ngo, "02"), Cancel))
        {
            (await JsonAsync(set, HttpStatusCode.OK)).GetProperty("voivodeship").GetString().ShouldBe("02");
        }

        (await admin.Client.GetFromJsonAsync<JsonElement>(Api, Cancel)).EnumerateArray()
            .Single(o => o.GetProperty("id").GetGuid() == ngo).GetProperty("voivodeship").GetString().ShouldBe("02");
        (await factory.Service<OrganisationDirectory>().GetAsync(Cancel)).Organisations.Single(o => o.Id == ngo).Voivodeship.ShouldBe("02");
        await factory.WithDbAsync(async db =>
        {
            var entry = await db.AuditEntries.Where(e => e.EntityType == nameof(Organisation) && e.EntityId == ngo.ToString() && e.Details == "voivodeship set to 02 (was none)").SingleAsync(Cancel);
            entry.Action.ShouldBe(AuditAction.Update);
            entry.ActorName.ShouldBe(DemoAccounts.EmailOf(Roles.Admin));
        });

        // Empty clears it, as it was.
        using var cleared = await admin.Client.SendAsync(Put(ngo, ""), Cancel);
        (await JsonAsync(cleared, HttpStatusCode.OK)).GetProperty("voivodeship").ValueKind.ShouldBe(JsonValueKind.Null);
    }

    [Fact]
    public async Task AnUnknownCode_IsNamedInTheCallersLanguage_AndNothingChanges()
    {
        var factory = await FactoryAsync();
        using var admin = await factory.SignInAsync(Roles.Admin);
        var unit = await factory.OrganisationIdAsync("Oddział Obsługi Klienta");

        using var response = await admin.Client.SendAsync(Put(unit, "15", "pl"), Cancel);

        (await ErrorsAsync(response))["voivodeship"].ShouldBe([Translation("Choose a voivodeship from the list.", "pl")]);
        await factory.WithDbAsync(async db =>
            (await db.Organisations.SingleAsync(o => o.Id == unit, Cancel)).Voivodeship.ShouldBe(DemoTenantSeeder.OfficeVoivodeship));
    }

    [Fact]
    public async Task AnotherOfficesOrganisation_IsNotFound()
    {
        var factory = await FactoryAsync();
        var elsewhere = new Organisation { Id = Guid.CreateVersion7(), TenantId = Guid.CreateVersion7(), Name = "Oddział Legalizacji Pobytu (Lubuski UW)", Kind = OrganisationKind.OfficeUnit };
        await factory.WithDbAsync(async db =>
        {
            db.Organisations.Add(elsewhere);
            await db.SaveChangesAsync(Cancel);
        });
        using var admin = await factory.SignInAsync(Roles.Admin);

        using var response = await admin.Client.SendAsync(Put(elsewhere.Id, "08"), Cancel);

        response.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await admin.Client.GetFromJsonAsync<JsonElement>(Api, Cancel)).EnumerateArray().ShouldNotContain(o => o.GetProperty("id").GetGuid() == elsewhere.Id);
        await factory.WithDbAsync(async db => (await db.Organisations.SingleAsync(o => o.Id == elsewhere.Id, Cancel)).Voivodeship.ShouldBeNull());
    }

    [Fact]
    public async Task ThePage_SetsAVoivodeshipWithItsForm()
    {
        var factory = await FactoryAsync();
        using var admin = await factory.SignInAsync(Roles.Admin);
        var unit = await factory.OrganisationIdAsync("Oddział Obsługi Klienta");

        var page = await admin.GetPageAsync("/admin/organisations");
        page.QuerySelector($"#voivodeship-{unit} option[selected]")!.GetAttribute("value").ShouldBe("14");
        page.QuerySelectorAll($"#voivodeship-{unit} option").Length.ShouldBe(17);

        using var saved = await admin.PostFormAsync("/admin/organisations", "set-voivodeship", new Dictionary<string, string>
        {
            [$"Input.Codes[{unit}]"] = "10",
            ["Input.Organisation"] = unit.ToString(),
        });
        var after = await WebSession.PageOfAsync(saved);
        after.QuerySelector($"#voivodeship-{unit} option[selected]")!.GetAttribute("value").ShouldBe("10");
        // The office's own language, Polish, names the province as Poles do.
        after.QuerySelector("[role=status]")!.TextContent.ShouldBe("Oddział Obsługi Klienta obsługuje województwo: Łódzkie.");

        using var back = await admin.Client.SendAsync(Put(unit, DemoTenantSeeder.OfficeVoivodeship), Cancel);
        back.StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    [Fact]
    public async Task Organisations_AreForAdministrators()
    {
        var factory = await FactoryAsync();
        var unit = await factory.OrganisationIdAsync("Oddział Obsługi Klienta");
        using var supervisor = await factory.SignInAsync(Roles.Supervisor);

        (await supervisor.Client.GetAsync(Api, Cancel)).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        using var response = await supervisor.Client.SendAsync(Put(unit, "02"), Cancel);
        response.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
    }
}

public sealed class SqliteOrganisationsHttpTests(SqliteFactoryFixture fixture) : OrganisationsHttpTests, IClassFixture<SqliteFactoryFixture>
{
    protected override Task<PathwayFactory> FactoryAsync() => Task.FromResult(fixture.Factory);
}

public sealed class PostgresOrganisationsHttpTests(PostgresServer server, PostgresFactoryFixture fixture) : OrganisationsHttpTests, IClassFixture<PostgresFactoryFixture>
{
    protected override Task<PathwayFactory> FactoryAsync() => fixture.GetAsync(server);
}
