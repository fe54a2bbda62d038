using System.Net.Http.Json;
using Pathway.Platform.Identity;
using Pathway.Platform.Tenancy;
using Pathway.Testing;
using static Pathway.Web.Tests.PortalApi;

namespace Pathway.Web.Tests;

/// <summary>
/// Two offices on one installation, on SQLite and PostgreSQL: each host name serves its own
/// office's portal (name, content, settings) to visitors, cached pages never cross from one to the
/// other, and a signed-in person is served in their own office whatever the address.
/// </summary>
public abstract class TenantHostsHttpTests
{
    private const string SecondHost = "portal.lubuskie.example";

    protected static readonly Dictionary<string, string?> Settings = new()
    {
        ["Tenancy:Hosts:" + SecondHost] = "lubuskie",
        ["Tenancy:Hosts:portal.nowhere.example"] = "no-such-office",
        ["Database:DemoPersons"] = "0",
    };

    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    protected abstract Task<PathwayFactory> FactoryAsync();

    private static HttpRequestMessage To(string host, string path)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, path);
        request.Headers.Host = host;
        return request;
    }

    [Fact]
    public async Task EachHost_ServesItsOwnOffice_ToVisitors_AndASignedInPersonStaysInTheirs()
    {
        await using var factory = await FactoryAsync();
        await factory.WithDbAsync(async db =>
        {
            db.Tenants.Add(new Tenant { Id = Guid.CreateVersion7(), Slug = "lubuskie", Name = "Lubuski Urząd Wojewódzki", DisplayName = "Lubuskie dla cudzoziemców", CreatedAt = DateTime.UtcNow.AddDays(1) });
            await db.SaveChangesAsync(Cancel);
        });
        factory.Service<OrganisationDirectory>().Invalidate();
        var visitor = factory.Session();

        var first = await WebSession.PageOfAsync(await visitor.Client.SendAsync(To("localhost", "/pl/portal/articles"), Cancel));
        var second = await WebSession.PageOfAsync(await visitor.Client.SendAsync(To(SecondHost, "/pl/portal/articles"), Cancel));
        var secondAgain = await WebSession.PageOfAsync(await visitor.Client.SendAsync(To(SecondHost.ToUpperInvariant(), "/pl/portal/articles"), Cancel));
        var unknownOffice = await WebSession.PageOfAsync(await visitor.Client.SendAsync(To("portal.nowhere.example", "/pl/portal/articles"), Cancel));
        var secondSettings = await OkAsync(await visitor.Client.SendAsync(To(SecondHost, "/api/v1/portal/settings/"), Cancel));
        var secondArticle = await visitor.Client.SendAsync(To(SecondHost, "/pl/portal/articles/how-was-your-visit"), Cancel);
        using var migrant = await factory.SignInAsync(Roles.Migrant);
        var signedIn = await WebSession.PageOfAsync(await migrant.Client.SendAsync(To(SecondHost, "/pl/portal/articles"), Cancel));

        first.QuerySelector("header .brand")!.TextContent.Trim().ShouldNotBe("Lubuskie dla cudzoziemców");
        first.QuerySelectorAll("main a[href^='portal/articles/']").Length.ShouldBeGreaterThan(0, "the demo office has articles");
        second.QuerySelector("header .brand")!.TextContent.Trim().ShouldBe("Lubuskie dla cudzoziemców");
        second.Title.ShouldEndWith("· Lubuskie dla cudzoziemców");
        second.QuerySelectorAll("main a[href^='portal/articles/']").Length.ShouldBe(0, "the second office has published nothing, and the first office's cached page is not served");
        secondAgain.QuerySelector("header .brand")!.TextContent.Trim().ShouldBe("Lubuskie dla cudzoziemców", "host names are not case-sensitive");
        unknownOffice.QuerySelector("header .brand")!.TextContent.Trim().ShouldBe(first.QuerySelector("header .brand")!.TextContent.Trim());
        secondSettings.GetProperty("displayName").GetString().ShouldBe("Lubuskie dla cudzoziemców");
        secondArticle.StatusCode.ShouldBe(System.Net.HttpStatusCode.NotFound, "the demo office's survey is not the second office's");
        signedIn.QuerySelector("header .brand")!.TextContent.Trim().ShouldNotBe("Lubuskie dla cudzoziemców", "a signed-in person is served in their own office");
    }
}

public sealed class SqliteTenantHostsHttpTests : TenantHostsHttpTests
{
    protected override Task<PathwayFactory> FactoryAsync() => Task.FromResult(PathwayFactory.Sqlite(Settings));
}

public sealed class PostgresTenantHostsHttpTests(PostgresServer server) : TenantHostsHttpTests
{
    protected override Task<PathwayFactory> FactoryAsync() => PathwayFactory.PostgresAsync(server, Settings);
}
