using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Pathway.Platform.Identity;
using Pathway.Testing;
using static Pathway.Web.Tests.PortalApi;
using static Pathway.Web.Tests.ProblemDetails;

namespace Pathway.Web.Tests;

/// <summary>
/// The document wallet on SQLite and PostgreSQL: a migrant's document refused field by field in
/// Polish, then kept; its end counted from the office's today; an office unit asked to confirm it
/// reads it and confirms it, while another organisation cannot; the migrant sees the answer.
/// </summary>
public abstract class PortalWalletHttpTests
{
    protected abstract Task<PathwayFactory> FactoryAsync();

    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    private static readonly byte[] Pdf = Encoding.ASCII.GetBytes("%PDF-1.7\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n");

    private static MultipartFormDataContent Form(string? title, string? slug, string? expiresOn, byte[]? file, string fileName = "paszport.pdf")
    {
        var form = new MultipartFormDataContent();
        foreach (var (name, value) in new[] { ("title", title), ("documentSlug", slug), ("expiresOn", expiresOn) })
        {
            if (value is not null)
            {
                form.Add(new StringContent(value), name);
            }
        }

        if (file is not null)
        {
            form.Add(new ByteArrayContent(file), "file", fileName);
        }

        return form;
    }

    private static JsonElement Entry(JsonElement wallet, string id) =>
        wallet.GetProperty("documents").EnumerateArray().Single(d => d.GetProperty("document").GetProperty("id").GetString() == id);

    [Fact]
    public async Task AMigrantsDocument_IsKept_ConfirmedByTheOrganisationAsked_AndByNoOtherRead()
    {
        var factory = await FactoryAsync();
        using var migrant = await factory.SignInAsync(Roles.Migrant);
        migrant.Client.DefaultRequestHeaders.AcceptLanguage.ParseAdd("pl");
        using var officer = await factory.SignInAsync(Roles.CaseOfficer);
        using var ngo = await factory.SignInAsync(Roles.NgoWorker);
        var suffix = Guid.NewGuid().ToString("N")[..8];

        using var bad = await migrant.Client.PostAsync("/api/v1/portal/wallet", Form(" ", "no-such-document", "31.03.2027", null), Cancel);
        using var disguised = await migrant.Client.PostAsync("/api/v1/portal/wallet", Form("Paszport " + suffix, null, null, Encoding.UTF8.GetBytes("not a pdf at all")), Cancel);
        var before = await OkAsync(await migrant.Client.GetAsync("/api/v1/portal/wallet", Cancel));
        var today = DateOnly.Parse(before.GetProperty("today").GetString()!, System.Globalization.CultureInfo.InvariantCulture);
        var ends = today.AddDays(10).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        var kept = await OkAsync(await migrant.Client.PostAsync("/api/v1/portal/wallet", Form("Paszport " + suffix, "passport", ends, Pdf), Cancel), HttpStatusCode.Created);
        var id = Id(kept);
        var wallet = await OkAsync(await migrant.Client.GetAsync("/api/v1/portal/wallet", Cancel));
        using var own = await migrant.Client.GetAsync($"/api/v1/portal/wallet/{id}/file", Cancel);
        using var officerBeforeAsked = await officer.Client.GetAsync($"/api/v1/portal/wallet/{id}/file", Cancel);

        var errors = await ErrorsAsync(bad);
        errors.Keys.ShouldBe(["title", "documentSlug", "expiresOn", "file"], ignoreOrder: true);
        errors["expiresOn"][0].ShouldContain("2027-03-31");
        (await ErrorsAsync(disguised))["file"].ShouldHaveSingleItem().ShouldNotBeNullOrWhiteSpace();
        var entry = Entry(wallet, id);
        entry.GetProperty("daysLeft").GetInt32().ShouldBe(10);
        entry.GetProperty("expiresSoon").GetBoolean().ShouldBeTrue();
        entry.GetProperty("document").GetProperty("contentType").GetString().ShouldBe("application/pdf");
        own.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await own.Content.ReadAsByteArrayAsync(Cancel)).ShouldBe(Pdf);
        own.Headers.CacheControl!.NoStore.ShouldBeTrue();
        officerBeforeAsked.StatusCode.ShouldBe(HttpStatusCode.NotFound, "nobody asked the office yet");

        // Ten days before its end the reminder of the month is due, once however often the reminders run; it reads in the reader's language.
        var reminders = factory.Services.GetRequiredService<Pathway.Portal.Wallet.WalletReminders>();
        await reminders.RunOnceAsync(Cancel);
        await reminders.RunOnceAsync(Cancel);
        using var inUkrainian = new HttpRequestMessage(HttpMethod.Get, "/api/v1/portal/notifications");
        inUkrainian.Headers.AcceptLanguage.ParseAdd("uk");
        var told = await OkAsync(await migrant.Client.SendAsync(inUkrainian, Cancel));
        var reminder = told.EnumerateArray().Where(n => n.GetProperty("text").GetString()!.Contains(suffix, StringComparison.Ordinal)).ShouldHaveSingleItem();
        reminder.GetProperty("kind").GetString().ShouldBe("DocumentEndsSoon");
        reminder.GetProperty("text").GetString()!.ShouldStartWith("Нагадування");
        reminder.GetProperty("link").GetString().ShouldBe("my/documents");

        // The reminder goes out by e-mail too, from the outbox, once however often it is delivered;
        // the demo migrant chose no language, so it is in the office's (Polish).
        await factory.Service<Pathway.Platform.Outbox.OutboxDispatcher>().DispatchBatchAsync(Cancel);
        await factory.Service<Pathway.Platform.Outbox.OutboxDispatcher>().DispatchBatchAsync(Cancel);
        var address = Pathway.Platform.Demo.DemoAccounts.EmailOf(Roles.Migrant);
        var mailed = (await factory.Mailbox.WaitForAsync(address)).Where(m => (m.TextBody ?? "").Contains("Paszport " + suffix, StringComparison.Ordinal)).ShouldHaveSingleItem();
        (mailed.Subject ?? "").ShouldNotContain("A message from");
        (mailed.TextBody ?? "").ShouldContain(today.AddDays(10).ToString("d MMMM yyyy", System.Globalization.CultureInfo.GetCultureInfo("pl")));

        // The migrant asks the office unit the case officer works in, by the name the page offers.
        var page = await migrant.GetPageAsync("/pl/my/documents");
        var office = page.QuerySelectorAll($"#document-{Guid.Parse(id):N} select option").Single(o => o.TextContent == "Oddział Legalizacji Pobytu").GetAttribute("value")!;
        var asked = await OkAsync(await migrant.Client.PostAsJsonAsync($"/api/v1/portal/wallet/{id}/confirmations", new { organisationId = office }, Cancel), HttpStatusCode.Created);
        using var askedAgain = await migrant.Client.PostAsJsonAsync($"/api/v1/portal/wallet/{id}/confirmations", new { organisationId = office }, Cancel);
        using var unknown = await migrant.Client.PostAsJsonAsync($"/api/v1/portal/wallet/{id}/confirmations", new { organisationId = Guid.NewGuid() }, Cancel);
        var requests = await OkAsync(await officer.Client.GetAsync("/api/v1/portal/confirmations", Cancel));
        var ngoRequests = await OkAsync(await ngo.Client.GetAsync("/api/v1/portal/confirmations", Cancel));
        using var officerReads = await officer.Client.GetAsync($"/api/v1/portal/wallet/{id}/file", Cancel);
        using var ngoReads = await ngo.Client.GetAsync($"/api/v1/portal/wallet/{id}/file", Cancel);

        page.QuerySelectorAll(".expiry-notice").Select(n => n.TextContent).ShouldContain(t => t.Contains("Paszport " + suffix, StringComparison.Ordinal));
        (await ErrorsAsync(askedAgain))["organisationId"][0].ShouldContain("Oddział Legalizacji Pobytu");
        (await ErrorsAsync(unknown)).Keys.ShouldBe(["organisationId"]);
        var request = requests.EnumerateArray().Single(r => r.GetProperty("documentId").GetString() == id);
        request.GetProperty("ownerName").GetString().ShouldNotBeNullOrEmpty();
        request.GetProperty("confirmation").GetProperty("status").GetString().ShouldBe("Requested");
        ngoRequests.EnumerateArray().ShouldNotContain(r => r.GetProperty("documentId").GetString() == id);
        officerReads.StatusCode.ShouldBe(HttpStatusCode.OK);
        ngoReads.StatusCode.ShouldBe(HttpStatusCode.NotFound, "the NGO was not asked");

        // The office confirms; an answer cannot be given twice; the migrant sees it.
        var confirmation = asked.GetProperty("id").GetString();
        using var tooLong = await officer.Client.PostAsJsonAsync($"/api/v1/portal/confirmations/{confirmation}/decision", new { confirm = true, note = new string('x', 501) }, Cancel);
        using var byNgo = await ngo.Client.PostAsJsonAsync($"/api/v1/portal/confirmations/{confirmation}/decision", new { confirm = true }, Cancel);
        var confirmed = await OkAsync(await officer.Client.PostAsJsonAsync($"/api/v1/portal/confirmations/{confirmation}/decision", new { confirm = true, note = "Zgodny z oryginałem." }, Cancel));
        using var twice = await officer.Client.PostAsJsonAsync($"/api/v1/portal/confirmations/{confirmation}/decision", new { confirm = false }, Cancel);
        var after = await migrant.GetPageAsync("/pl/my/documents");
        var removed = await migrant.Client.DeleteAsync($"/api/v1/portal/wallet/{id}", Cancel);
        using var goneForOfficer = await officer.Client.GetAsync($"/api/v1/portal/wallet/{id}/file", Cancel);

        (await ErrorsAsync(tooLong)).Keys.ShouldBe(["note"]);
        byNgo.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        confirmed.GetProperty("status").GetString().ShouldBe("Confirmed");
        (await ErrorsAsync(twice)).Keys.ShouldBe(["confirm"]);
        var shown = after.QuerySelector($"#document-{Guid.Parse(id):N} .confirmation.confirmed")!.TextContent;
        shown.ShouldContain("Oddział Legalizacji Pobytu");
        shown.ShouldContain("Zgodny z oryginałem.");
        after.QuerySelector($"#document-{Guid.Parse(id):N} select option[value='{office}']").ShouldBeNull("a confirmed organisation is not offered again");
        var notifications = await OkAsync(await migrant.Client.GetAsync("/api/v1/portal/notifications", Cancel));
        notifications.EnumerateArray().Where(n => n.GetProperty("text").GetString()!.Contains(suffix, StringComparison.Ordinal)).Select(n => n.GetProperty("kind").GetString())
            .ShouldBe(["DocumentConfirmed", "DocumentEndsSoon"]);
        var marked = await OkAsync(await migrant.Client.PostAsync("/api/v1/portal/notifications/read", null, Cancel));
        marked.GetProperty("count").GetInt32().ShouldBeGreaterThanOrEqualTo(2);
        var notificationsPage = await migrant.GetPageAsync("/pl/my/notifications");
        notificationsPage.QuerySelectorAll("#notifications li.unread").Length.ShouldBe(0);
        notificationsPage.QuerySelectorAll("#notifications li a").Select(a => a.TextContent).ShouldContain(t => t.Contains("Oddział Legalizacji Pobytu", StringComparison.Ordinal) && t.Contains(suffix, StringComparison.Ordinal));
        removed.StatusCode.ShouldBe(HttpStatusCode.NoContent);
        goneForOfficer.StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }
}

public sealed class SqlitePortalWalletHttpTests(SqliteFactoryFixture fixture) : PortalWalletHttpTests, IClassFixture<SqliteFactoryFixture>
{
    protected override Task<PathwayFactory> FactoryAsync() => Task.FromResult(fixture.Factory);
}

public sealed class PostgresPortalWalletHttpTests(PostgresServer server, PostgresFactoryFixture fixture) : PortalWalletHttpTests, IClassFixture<PostgresFactoryFixture>
{
    protected override Task<PathwayFactory> FactoryAsync() => fixture.GetAsync(server);
}
