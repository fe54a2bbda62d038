using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Pathway.Cases.Workflow;
using Pathway.Platform.Identity;
using Pathway.Testing;

namespace Pathway.Web.Tests;

/// <summary>
/// A person's own account page on SQLite and PostgreSQL: the demo migrant's cases with their state
/// and the next visit booked, their procedures, documents, events and notifications, each card from
/// its module; a member of staff sees only the cards their roles grant.
/// </summary>
public abstract class MyAccountHttpTests
{
    protected abstract Task<PathwayFactory> FactoryAsync();

    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public async Task TheMigrantsAccount_ShowsTheirCasesAndNextVisit_AndTheirPortalCards_InTheirLanguage()
    {
        var factory = await FactoryAsync();
        using var officer = await factory.SignInAsync(Roles.CaseOfficer);
        using var migrant = await MyCasesHttpTests.MigrantSessionAsync(factory);
        var me = await MyCasesHttpTests.MigrantAsync(factory);
        var numbers = new List<string>();
        await factory.WithDbAsync(async db => numbers = await db.Set<ResidenceCase>().Where(c => c.ApplicantUserId == me).OrderBy(c => c.Number).Select(c => c.Number).ToListAsync(Cancel));
        var slot = (await officer.Client.GetFromJsonAsync<JsonElement>("/api/v1/cases/appointments/slots?office=waw-marszalkowska&service=Fingerprints", Cancel))[0];
        using (var booked = await officer.Client.PostAsJsonAsync("/api/v1/cases/appointments/bookings",
            new { caseNumber = numbers[0], slotId = slot.GetProperty("id").GetString(), language = "uk", channel = "officer" }, Cancel))
        {
            booked.EnsureSuccessStatusCode();
        }

        var page = await migrant.GetPageAsync("/uk/my");
        var cards = page.QuerySelectorAll("#account-cards > li").Select(li => li.Id).ToList();

        numbers.ShouldNotBeEmpty();
        cards.ShouldBe(["notifications-account-card", "cases-account-card", "plan-account-card", "procedures-account-card", "documents-account-card", "events-account-card"]);
        var casesCard = page.QuerySelector("#cases-account-card")!;
        casesCard.QuerySelectorAll("ul.plain a").Select(a => a.TextContent).ShouldBe(numbers.Take(3), ignoreOrder: true);
        casesCard.QuerySelector("#next-visit a")!.TextContent.ShouldBe(numbers[0]);
        casesCard.QuerySelector("h2")!.TextContent.ShouldNotBe("My cases"); // in Ukrainian
        page.QuerySelector("header nav a[href='my']").ShouldNotBeNull();
    }

    [Fact]
    public async Task AMemberOfStaff_SeesOnlyTheCardsTheirRolesGrant()
    {
        var factory = await FactoryAsync();
        using var editor = await factory.SignInAsync(Roles.ContentEditor);
        var page = await editor.GetPageAsync("/en/my");
        var anonymous = await factory.Session().NoRedirect.GetAsync("/en/my", Cancel);

        page.QuerySelectorAll("#account-cards > li").Select(li => li.Id).ShouldBe(["notifications-account-card", "events-account-card"]);
        anonymous.StatusCode.ShouldBe(System.Net.HttpStatusCode.Redirect);
        anonymous.Headers.Location!.OriginalString.ShouldContain("/account/login");
    }
}

public sealed class SqliteMyAccountHttpTests(SqliteFactoryFixture fixture) : MyAccountHttpTests, IClassFixture<SqliteFactoryFixture>
{
    protected override Task<PathwayFactory> FactoryAsync() => Task.FromResult(fixture.Factory);
}

public sealed class PostgresMyAccountHttpTests(PostgresServer server, PostgresFactoryFixture fixture) : MyAccountHttpTests, IClassFixture<PostgresFactoryFixture>
{
    protected override Task<PathwayFactory> FactoryAsync() => fixture.GetAsync(server);
}
