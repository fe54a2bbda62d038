using System.Net;
using System.Net.Http.Json;
using Pathway.Platform.Demo;
using Pathway.Platform.Identity;
using Pathway.Testing;
using Pathway.Web.Api;

namespace Pathway.Web.Tests;

/// <summary>Two web nodes on one PostgreSQL: any node honours a sign-in made on another.</summary>
public sealed class TwoNodeTests(PostgresServer server)
{
    [Fact]
    public async Task SignIn_OnNodeA_IsHonouredByNodeB()
    {
        var connection = await server.CreateDatabaseAsync();
        using var nodeA = await PathwayFactory.PostgresAsync(server, connectionString: connection);
        _ = nodeA.Server;
        using var nodeB = await PathwayFactory.PostgresAsync(server, connectionString: connection);
        _ = nodeB.Server;

        using var onA = nodeA.Session();
        var email = DemoAccounts.EmailOf(Roles.CaseOfficer);
        var signedIn = await onA.SignInAsync(email);
        signedIn.StatusCode.ShouldBe(HttpStatusCode.OK);

        // The same browser (same cookies) now lands on the other node.
        using var onB = nodeB.Session(onA.Cookies);
        var me = await onB.Client.GetFromJsonAsync<MeResponse>("/api/v1/me", TestContext.Current.CancellationToken);
        me!.Name.ShouldBe(email);
        me.TwoFactor.ShouldBeTrue();
        me.Permissions.ShouldContain(Pathway.People.PeoplePermissions.PersonsRead);
        (await onB.NoRedirect.GetAsync("/staff", TestContext.Current.CancellationToken)).StatusCode.ShouldBe(HttpStatusCode.OK);

        // And a node that does not share the key ring would refuse it: the keys really come from the database.
        using var stranger = PathwayFactory.Sqlite();
        using var onStranger = stranger.Session(onA.Cookies);
        (await onStranger.Client.GetAsync("/api/v1/me", TestContext.Current.CancellationToken)).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
    }
}
