using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Pathway.Analytics.Warehouse;
using Pathway.Platform.Identity;
using Pathway.Platform.Outbox;
using Pathway.Platform.Portal;
using Pathway.Portal.Assistant;
using Pathway.Portal.Content;
using Pathway.Portal.Feedback;
using Pathway.Portal.Services;
using Pathway.Portal.Surveys;
using Pathway.Testing;
using static Pathway.Testing.ApiAnswers;
using static Pathway.Web.Tests.WarehouseFeedWaits;

namespace Pathway.Web.Tests;

/// <summary>
/// The portal's use in the analytics warehouse over HTTP, on SQLite and PostgreSQL: a page's feedback, a
/// service's rating, a survey's response and a question to the assistant reach their facts through the outbox
/// without the comment, the answers or the question; a redelivery changes nothing; a rebuild writes the same rows.
/// </summary>
public abstract class PortalUseWarehouseHttpTests
{
    private static readonly TimeZoneInfo Warsaw = TimeZoneInfo.FindSystemTimeZoneById("Europe/Warsaw");

    protected abstract Task<PathwayFactory> FactoryAsync();

    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    private static Task WaitAsync(PathwayFactory factory) => OutboxAsync(factory, OutboxEventNames.Of<PortalUseFacts>());

    private static (DateOnly Day, int Hour) Local(DateTime utc)
    {
        var local = TimeZoneInfo.ConvertTimeFromUtc(DateTime.SpecifyKind(utc, DateTimeKind.Utc), Warsaw);
        return (DateOnly.FromDateTime(local), local.Hour);
    }

    // A reader's four uses of the portal, each as the portal keeps it; returns their records' ids by kind.
    private static async Task<Dictionary<string, Guid>> UseThePortalAsync(PathwayFactory factory, string comment)
    {
        var reader = factory.Session();
        // The records already there, so that this reader's are told apart from another test's made a moment before.
        HashSet<Guid> before = [];
        await factory.WithDbAsync(async db =>
        {
            before.UnionWith(await db.Set<ServiceRating>().Select(r => r.Id).ToListAsync(Cancel));
            before.UnionWith(await db.Set<SurveyResponse>().Select(r => r.Id).ToListAsync(Cancel));
            before.UnionWith(await db.Set<AssistantTurn>().Select(t => t.Id).ToListAsync(Cancel));
        });
        using (var feedback = await reader.Client.PostAsJsonAsync("/api/v1/portal/articles/pesel-number/feedback", new { lang = "pl", helpful = false, comment }, Cancel))
        {
            feedback.IsSuccessStatusCode.ShouldBeTrue(await feedback.Content.ReadAsStringAsync(Cancel));
        }

        using (var rating = await reader.Client.PostAsJsonAsync("/api/v1/portal/services/legal-advice-srodmiescie/ratings", new { stars = 4, lang = "uk" }, Cancel))
        {
            rating.IsSuccessStatusCode.ShouldBeTrue(await rating.Content.ReadAsStringAsync(Cancel));
        }

        using (var response = await reader.Client.PostAsJsonAsync("/api/v1/portal/surveys/how-was-your-visit/responses", new
        {
            lang = "uk",
            answers = new object[] { new { question = 1, choices = new[] { 2 } }, new { question = 2, value = 4 }, new { question = 3, choices = new[] { 1, 3 } }, new { question = 4, text = comment } },
        }, Cancel))
        {
            response.IsSuccessStatusCode.ShouldBeTrue(await response.Content.ReadAsStringAsync(Cancel));
        }

        using (var asked = await reader.Client.PostAsJsonAsync("/api/v1/portal/assistant/questions", new { question = "Where are fingerprints taken?", lang = "en" }, Cancel))
        {
            (await JsonAsync(asked, HttpStatusCode.OK)).GetProperty("answered").GetBoolean().ShouldBeTrue();
        }

        Dictionary<string, Guid> ids = [];
        await factory.WithDbAsync(async db =>
        {
            ids[PortalUseFacts.PageFeedback] = await db.Set<PageFeedback>().Where(f => f.Comment == comment).Select(f => f.Id).SingleAsync(Cancel);
            ids[PortalUseFacts.ServiceRating] = (await db.Set<ServiceRating>().Select(r => r.Id).ToListAsync(Cancel)).Single(id => !before.Contains(id));
            ids[PortalUseFacts.SurveyResponse] = (await db.Set<SurveyResponse>().Select(r => r.Id).ToListAsync(Cancel)).Single(id => !before.Contains(id));
            ids[PortalUseFacts.AssistantQuestion] = (await db.Set<AssistantTurn>().Select(t => t.Id).ToListAsync(Cancel)).Single(id => !before.Contains(id));
        });
        return ids;
    }

    [Fact]
    public async Task TheReadersUses_ReachTheWarehouseFromTheOutbox_WithoutTheirWords_AndARedeliveryChangesNothing()
    {
        var factory = await FactoryAsync();
        var comment = "Olena Koval, 600 700 800 " + Guid.NewGuid().ToString("N")[..8];
        var ids = await UseThePortalAsync(factory, comment);

        var facts = new Dictionary<string, PortalUseFact>(StringComparer.Ordinal);
        foreach (var (kind, id) in ids)
        {
            facts[kind] = await FactAsync(factory, db => db.Set<PortalUseFact>().AsNoTracking().FirstOrDefaultAsync(f => f.UseId == id, Cancel));
        }

        await WaitAsync(factory);
        await factory.WithDbAsync(async db =>
        {
            var page = await db.Set<ContentItem>().Where(i => i.Slug == "pesel-number").Select(i => i.Id).SingleAsync(Cancel);
            var service = await db.Set<ContentItem>().Where(i => i.Slug == "legal-advice-srodmiescie").Select(i => i.Id).SingleAsync(Cancel);
            var survey = await db.Set<ContentItem>().Where(i => i.Slug == "how-was-your-visit").Select(i => i.Id).SingleAsync(Cancel);
            var feedback = await db.Set<PageFeedback>().SingleAsync(f => f.Id == ids[PortalUseFacts.PageFeedback], Cancel);
            var asked = await db.Set<AssistantTurn>().SingleAsync(t => t.Id == ids[PortalUseFacts.AssistantQuestion], Cancel);
            var (day, hour) = Local(feedback.At);
            var f = facts[PortalUseFacts.PageFeedback];
            (f.Kind, f.ItemId, f.Language, f.On, f.Hour, f.Helpful, f.Stars, f.Answered).ShouldBe((PortalUseFacts.PageFeedback, (Guid?)page, "pl", day, hour, (bool?)false, (int?)null, (bool?)null));
            f = facts[PortalUseFacts.ServiceRating];
            (f.ItemId, f.Language, f.Stars, f.Helpful).ShouldBe(((Guid?)service, "uk", (int?)4, (bool?)null));
            f = facts[PortalUseFacts.SurveyResponse];
            (f.ItemId, f.Language, f.Stars, f.Helpful, f.Answered).ShouldBe(((Guid?)survey, "uk", (int?)null, (bool?)null, (bool?)null));
            f = facts[PortalUseFacts.AssistantQuestion];
            (f.ItemId, f.Language, f.Answered, f.On, f.Hour).ShouldBe(((Guid?)null, "en", (bool?)true, Local(asked.AskedAt).Day, Local(asked.AskedAt).Hour));

            // What went through the outbox names nobody: no comment, no answer, no question, no conversation; each with its tenant.
            var tenant = await TenantAsync(factory);
            foreach (var id in ids.Values)
            {
                var message = await db.OutboxMessages.AsNoTracking().Where(m => m.Payload.Contains(id.ToString())).SingleAsync(Cancel);
                message.TenantId.ShouldBe(tenant);
                message.Payload.ShouldNotContain("Olena");
                message.Payload.ShouldNotContain("600 700");
                message.Payload.ShouldNotContain("fingerprints", Case.Insensitive);
                message.Payload.ShouldNotContain(asked.ConversationId.ToString());
            }
        });

        foreach (var id in ids.Values)
        {
            await RedeliverAsync(factory, id.ToString());
        }

        await WaitAsync(factory);
        foreach (var (kind, id) in ids)
        {
            (await FactAsync(factory, db => db.Set<PortalUseFact>().AsNoTracking().FirstOrDefaultAsync(f => f.UseId == id, Cancel))).ShouldBeEquivalentTo(facts[kind]);
            (await factory.CountAsync<PortalUseFact>(f => f.UseId == id)).ShouldBe(1);
        }
    }

    [Fact]
    public async Task ARebuild_WritesTheSamePortalUseRowsAsTheFeed_AndOneForEveryRecordThePortalKeeps()
    {
        var factory = await FactoryAsync();
        var ids = await UseThePortalAsync(factory, "Rebuilt " + Guid.NewGuid().ToString("N")[..8]);
        foreach (var id in ids.Values)
        {
            await FactAsync(factory, db => db.Set<PortalUseFact>().AsNoTracking().FirstOrDefaultAsync(f => f.UseId == id, Cancel));
        }

        await WaitAsync(factory);
        var tenant = await TenantAsync(factory);
        List<PortalUseFact> fed = [];
        await factory.WithDbAsync(async db => fed = await db.Set<PortalUseFact>().AsNoTracking().Where(f => f.TenantId == tenant).ToListAsync(Cancel));

        using var analyst = await factory.SignInAsync(Roles.Analyst);
        using (var rebuilt = await analyst.Client.PostAsync("/api/v1/analytics/warehouse/rebuild", null, Cancel))
        {
            await JsonAsync(rebuilt, HttpStatusCode.OK);
        }

        long held = 0;
        await factory.WithDbAsync(async db =>
        {
            var facts = await db.Set<PortalUseFact>().AsNoTracking().Where(f => f.TenantId == tenant).ToDictionaryAsync(f => f.UseId, Cancel);
            held = await db.Set<PageFeedback>().LongCountAsync(f => f.TenantId == tenant, Cancel) + await db.Set<ServiceRating>().LongCountAsync(r => r.TenantId == tenant, Cancel)
                + await db.Set<SurveyResponse>().LongCountAsync(r => r.TenantId == tenant, Cancel) + await db.Set<AssistantTurn>().LongCountAsync(t => t.TenantId == tenant, Cancel);
            facts.Count.ShouldBe((int)held);
            foreach (var fact in fed)
            {
                facts[fact.UseId].ShouldBeEquivalentTo(fact);
            }

            // No column a reader's words or a conversation could sit in.
            string[] personal = ["Comment", "Question", "Answer", "Text", "ConversationId", "Sources", "UserId", "Email", "Name", "PersonKey"];
            db.Model.FindEntityType(typeof(PortalUseFact))!.GetProperties().Select(p => p.Name).Intersect(personal).ShouldBeEmpty();
        });

        var status = await analyst.Client.GetFromJsonAsync<JsonElement>("/api/v1/analytics/warehouse", Cancel);
        status.GetProperty("portalUses").GetInt64().ShouldBe(held);
    }
}

public sealed class SqlitePortalUseWarehouseHttpTests(SqliteFactoryFixture fixture) : PortalUseWarehouseHttpTests, IClassFixture<SqliteFactoryFixture>
{
    protected override Task<PathwayFactory> FactoryAsync() => Task.FromResult(fixture.Factory);
}

public sealed class PostgresPortalUseWarehouseHttpTests(PostgresServer server, PostgresFactoryFixture fixture) : PortalUseWarehouseHttpTests, IClassFixture<PostgresFactoryFixture>
{
    protected override Task<PathwayFactory> FactoryAsync() => Task.FromResult(fixture.GetAsync(server)).Unwrap();
}
