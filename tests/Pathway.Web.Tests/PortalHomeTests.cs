using Pathway.Platform.Demo;
using Pathway.Platform.Identity;

namespace Pathway.Web.Tests;

/// <summary>The portal's home page for a visitor and for a signed-in migrant.</summary>
public sealed class PortalHomeTests(SqliteFactoryFixture fixture) : IClassFixture<SqliteFactoryFixture>
{
    [Fact]
    public async Task Home_SignedInMigrant_IsGreetedByNameWithWhatIsAvailableAndNoSignUp()
    {
        using var migrant = fixture.Factory.Session();
        await migrant.SignInAsync(DemoAccounts.EmailOf(Roles.Migrant));

        var page = await migrant.GetPageAsync("/en/");
        page.QuerySelector("#greeting")!.TextContent.ShouldBe("Welcome, Oleksandr Shevchenko");
        page.QuerySelectorAll("#available > li").Length.ShouldBeGreaterThan(1);
        page.QuerySelectorAll("a[href$='account/register']").ShouldBeEmpty();
        page.Body!.TextContent.ShouldNotContain("Create an account");
        page.QuerySelector("#available a[href='staff']").ShouldBeNull("a migrant has no staff workspace");

        var polish = await migrant.GetPageAsync("/pl/");
        polish.QuerySelector("#greeting")!.TextContent.ShouldBe(ProblemDetails.Translation("Welcome, {0}", "pl", "Oleksandr Shevchenko"));
    }

    [Fact]
    public async Task Home_Visitor_IsInvitedToCreateAnAccount()
    {
        using var visitor = fixture.Factory.Session();
        var page = await visitor.GetPageAsync("/en/");
        page.QuerySelector("main a[href='account/register']").ShouldNotBeNull();
        page.QuerySelector("#greeting").ShouldBeNull();
    }
}
