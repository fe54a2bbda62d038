using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Pathway.Platform.Demo;
using Pathway.Platform.Identity;
using Pathway.Platform.Outbox;
using Pathway.Portal.Wallet;
using Pathway.Testing;
using static Pathway.Web.Tests.PortalApi;
using static Pathway.Web.Tests.ProblemDetails;

namespace Pathway.Web.Tests;

/// <summary>
/// A person's choice of which notifications also come by e-mail, on SQLite and PostgreSQL: a choice
/// naming no kind of notification is refused in Polish and changes nothing; one made on the page
/// stops that kind's e-mail while the portal still lists it, and the other kinds are still mailed.
/// </summary>
public abstract class PortalNotificationMailHttpTests
{
    protected abstract Task<PathwayFactory> FactoryAsync();

    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    private static readonly byte[] Pdf = Encoding.ASCII.GetBytes("%PDF-1.7\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n");

    private static MultipartFormDataContent Document(string title, DateOnly endsOn) => new()
    {
        { new StringContent(title), "title" },
        { new StringContent(endsOn.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)), "expiresOn" },
        { new ByteArrayContent(Pdf), "file", "dokument.pdf" },
    };

    private static IEnumerable<string> Mailed(JsonElement choices) =>
        choices.GetProperty("kinds").EnumerateArray().Where(k => k.GetProperty("mailed").GetBoolean()).Select(k => k.GetProperty("kind").GetString()!);

    [Fact]
    public async Task AKindSwitchedOff_IsNoLongerMailed_ButStillListed_WhileTheOthersAreMailed()
    {
        var factory = await FactoryAsync();
        using var migrant = await factory.SignInAsync(Roles.Migrant);
        migrant.Client.DefaultRequestHeaders.AcceptLanguage.ParseAdd("pl");
        var address = DemoAccounts.EmailOf(Roles.Migrant);
        var suffix = Guid.NewGuid().ToString("N")[..8];
        string[] everyKind = ["DocumentEndsSoon", "DocumentEnded", "DocumentConfirmed", "DocumentDeclined"];

        var first = await OkAsync(await migrant.Client.GetAsync("/api/v1/portal/notifications/email", Cancel));
        using var unknown = await migrant.Client.PutAsJsonAsync("/api/v1/portal/notifications/email", new { mailed = new[] { "DocumentEnded", "Postcards", "1" } }, Cancel);
        using var missing = await migrant.Client.PutAsJsonAsync("/api/v1/portal/notifications/email", new { }, Cancel);
        var unchanged = await OkAsync(await migrant.Client.GetAsync("/api/v1/portal/notifications/email", Cancel));

        first.GetProperty("address").GetString().ShouldBe(address);
        first.GetProperty("addressConfirmed").GetBoolean().ShouldBeTrue();
        Mailed(first).ShouldBe(everyKind, "everything is mailed until the person says otherwise");
        first.GetProperty("kinds")[0].GetProperty("label").GetString().ShouldBe("Dokument w moim portfelu wkrótce traci ważność");
        var refused = (await ErrorsAsync(unknown))["mailed"];
        refused.Length.ShouldBe(2);
        refused[0].ShouldBe("Postcards nie jest rodzajem powiadomienia.");
        refused[1].ShouldContain("1");
        (await ErrorsAsync(missing)).Keys.ShouldBe(["mailed"]);
        Mailed(unchanged).ShouldBe(everyKind, "a refused choice changes nothing");

        // On the page, without script: every box but "ends soon" ticked.
        var page = await migrant.GetPageAsync("/pl/my/notifications");
        page.QuerySelectorAll("#notification-mail input[type=checkbox][checked]").Length.ShouldBe(4);
        var fields = WebSession.HiddenFields(page, "notification-mail");
        fields.AddRange(everyKind.Skip(1).Select(k => new KeyValuePair<string, string>("Mailed", k)));
        using var posted = await migrant.Client.PostAsync("/pl/my/notifications", new FormUrlEncodedContent(fields), Cancel);
        var answer = await WebSession.PageOfAsync(posted);
        answer.QuerySelector("#mail-saved").ShouldNotBeNull();
        answer.QuerySelector("#mail-DocumentEndsSoon")!.HasAttribute("checked").ShouldBeFalse();
        answer.QuerySelector("#mail-DocumentEnded")!.HasAttribute("checked").ShouldBeTrue();

        // A document ending in ten days and one that ended yesterday: both are told, only the second mailed.
        var wallet = await OkAsync(await migrant.Client.GetAsync("/api/v1/portal/wallet", Cancel));
        var today = DateOnly.Parse(wallet.GetProperty("today").GetString()!, CultureInfo.InvariantCulture);
        await OkAsync(await migrant.Client.PostAsync("/api/v1/portal/wallet", Document("Wiza " + suffix, today.AddDays(10)), Cancel), HttpStatusCode.Created);
        await OkAsync(await migrant.Client.PostAsync("/api/v1/portal/wallet", Document("Karta " + suffix, today.AddDays(-1)), Cancel), HttpStatusCode.Created);
        await factory.Service<WalletReminders>().RunOnceAsync(Cancel);
        await factory.Service<OutboxDispatcher>().DispatchBatchAsync(Cancel);

        var told = await OkAsync(await migrant.Client.GetAsync("/api/v1/portal/notifications", Cancel));
        told.EnumerateArray().Where(n => n.GetProperty("text").GetString()!.Contains(suffix, StringComparison.Ordinal)).Select(n => n.GetProperty("kind").GetString())
            .ShouldBe(["DocumentEnded", "DocumentEndsSoon"], ignoreOrder: true);
        (await factory.Mailbox.WaitForAsync(address)).ShouldContain(m => (m.TextBody ?? "").Contains("Karta " + suffix, StringComparison.Ordinal));
        factory.Mailbox.To(address).ShouldNotContain(m => (m.TextBody ?? "").Contains("Wiza " + suffix, StringComparison.Ordinal), "the person switched this kind off");

        // An empty list is a choice too: nothing mailed; the portal still lists everything.
        var none = await OkAsync(await migrant.Client.PutAsJsonAsync("/api/v1/portal/notifications/email", new { mailed = Array.Empty<string>() }, Cancel));
        Mailed(none).ShouldBeEmpty();
        var all = await OkAsync(await migrant.Client.PutAsJsonAsync("/api/v1/portal/notifications/email", new { mailed = everyKind }, Cancel));
        Mailed(all).ShouldBe(everyKind);
    }
}

public sealed class SqlitePortalNotificationMailHttpTests(SqliteFactoryFixture fixture) : PortalNotificationMailHttpTests, IClassFixture<SqliteFactoryFixture>
{
    protected override Task<PathwayFactory> FactoryAsync() => Task.FromResult(fixture.Factory);
}

public sealed class PostgresPortalNotificationMailHttpTests(PostgresServer server, PostgresFactoryFixture fixture) : PortalNotificationMailHttpTests, IClassFixture<PostgresFactoryFixture>
{
    protected override Task<PathwayFactory> FactoryAsync() => fixture.GetAsync(server);
}
