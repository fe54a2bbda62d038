using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Pathway.Analytics.Warehouse;
using Pathway.Cases.Workflow;
using Pathway.Platform.Audit;
using Pathway.Platform.Casework;
using Pathway.Platform.Demo;
using Pathway.Platform.Identity;
using Pathway.Platform.Outbox;
using Pathway.Platform.Persistence;
using Pathway.Platform.Tenancy;
using Pathway.Testing;
using static Pathway.Testing.ApiAnswers;
using static Pathway.Web.Tests.ProblemDetails;

namespace Pathway.Web.Tests;

/// <summary>
/// The analytics warehouse over HTTP, on SQLite and PostgreSQL: a case's facts and steps arrive from
/// the outbox without the applicant's name or birth date, a redelivery or a late older snapshot changes
/// nothing, and a rebuild writes a fact for every case and step the tenant holds, audited.
/// </summary>
public abstract class WarehouseHttpTests
{
    protected abstract Task<PathwayFactory> FactoryAsync();

    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    private static async Task<(string Number, Guid Id)> RegisterAsync(PathwayFactory factory, WebSession session, string surname)
    {
        var request = Json("/api/v1/cases/", new
        {
            applicationType = "temporary-work", surname, givenNames = "Ірина", birthDate = "1991-02-17", citizenship = "ukr", sex = "F", submittedOn = "2026-11-02",
        }, "en");
        request.Headers.Add("Idempotency-Key", Guid.NewGuid().ToString());
        using var response = await session.Client.SendAsync(request, Cancel);
        var number = (await JsonAsync(response, HttpStatusCode.Created)).GetProperty("number").GetString()!;
        var id = Guid.Empty;
        await factory.WithDbAsync(async db => id = await db.Set<ResidenceCase>().Where(c => c.Number == number).Select(c => c.Id).SingleAsync(Cancel));
        return (number, id);
    }

    private static async Task ActAsync(WebSession session, string number, string action, int version)
    {
        using var response = await session.Client.SendAsync(Json($"/api/v1/cases/{Uri.EscapeDataString(number)}/actions/{action}", new { version }, "en"), Cancel);
        await JsonAsync(response, HttpStatusCode.OK);
    }

    private static async Task<ApplicationFact> FactOfAsync(PathwayFactory factory, Guid caseId, int version)
    {
        for (var attempt = 0; attempt < 150; attempt++)
        {
            ApplicationFact? fact = null;
            await factory.WithDbAsync(async db => fact = await db.Set<ApplicationFact>().AsNoTracking().FirstOrDefaultAsync(f => f.CaseId == caseId && f.Version >= version, Cancel));
            if (fact is not null)
            {
                return fact;
            }

            await Task.Delay(200, Cancel);
        }

        throw new TimeoutException("The case's facts did not reach the warehouse within 30 seconds.");
    }

    private static async Task WaitForOutboxAsync(PathwayFactory factory, Guid caseId)
    {
        for (var attempt = 0; attempt < 150; attempt++)
        {
            var waiting = 0;
            await factory.WithDbAsync(async db => waiting = await db.OutboxMessages.CountAsync(m => m.ProcessedAt == null && m.Payload.Contains(caseId.ToString()), Cancel));
            if (waiting == 0)
            {
                return;
            }

            await Task.Delay(200, Cancel);
        }

        throw new TimeoutException("The outbox did not deliver within 30 seconds.");
    }

    private static Task<int> StepsOfAsync(PathwayFactory factory, Guid caseId) => factory.CountAsync<CaseEventFact>(f => f.CaseId == caseId);

    // The warehouse's version once the outbox has delivered everything (the demo's own events among them).
    private static async Task<Pathway.Analytics.DataExchange.WarehouseVersion> VersionAsync(PathwayFactory factory, Guid tenant)
    {
        for (var attempt = 0; ; attempt++)
        {
            var waiting = 0;
            await factory.WithDbAsync(async db => waiting = await db.OutboxMessages.CountAsync(m => m.ProcessedAt == null, Cancel));
            if (waiting == 0)
            {
                break;
            }

            attempt.ShouldBeLessThan(150, "The outbox did not deliver within 30 seconds.");
            await Task.Delay(200, Cancel);
        }

        Pathway.Analytics.DataExchange.WarehouseVersion? version = null;
        await factory.WithScopeAsync(async services =>
            version = await services.GetRequiredService<Pathway.Analytics.DataExchange.DatasetCounts>().VersionAsync(tenant, Cancel));
        return version!;
    }

    // The tenant's tally of steps and the steps it holds, read in one statement (one snapshot on PostgreSQL
    // too, while the feed may be writing): the tally must say what a count would.
    private static async Task<(long Tally, long Counted)> StepTallyAsync(PathwayFactory factory, Guid tenant)
    {
        (long, long) read = default;
        await factory.WithDbAsync(async db => read = await db.Tenants.Where(t => t.Id == tenant)
            .Select(t => new ValueTuple<long, long>(
                db.Set<WarehouseTally>().Where(c => c.TenantId == tenant).Select(c => c.Steps).FirstOrDefault(),
                db.Set<CaseEventFact>().LongCount(f => f.TenantId == tenant)))
            .SingleAsync(Cancel));
        return read;
    }

    [Fact]
    public async Task ACase_ReachesTheWarehouseFromTheOutbox_WithoutNameOrBirthDate_AndARedeliveryOrAnOlderSnapshotChangesNothing()
    {
        var factory = await FactoryAsync();
        using var officer = await factory.SignInAsync(Roles.CaseOfficer);
        var (number, id) = await RegisterAsync(factory, officer, "Коваленко-" + Guid.NewGuid().ToString("N")[..6]);
        await ActAsync(officer, number, "start-formal-check", 1);
        await ActAsync(officer, number, "complete-formally", 2);
        await ActAsync(officer, number, "record-appearance", 3);

        var fact = await FactOfAsync(factory, id, 4);
        fact.State.ShouldBe(nameof(CaseState.Examination));
        await WaitForOutboxAsync(factory, id);
        var version = await VersionAsync(factory, fact.TenantId);
        fact.Sex.ShouldBe("F");
        fact.AgeBand.ShouldBe("Y35-64");
        fact.Citizenship.ShouldBe("UKR");
        fact.Purpose.ShouldBe(StayPurposes.RemuneratedActivities);
        fact.SubmittedOn.ShouldBe(new DateOnly(2026, 11, 2));
        fact.PersonKey.Length.ShouldBe(32);
        // The due day the clock set with the step that started it, not the one before it.
        DateOnly? due = null;
        await factory.WithDbAsync(async db => due = await db.Set<ResidenceCase>().Where(c => c.Id == id).Select(c => c.DecisionDueOn).SingleAsync(Cancel));
        due.ShouldNotBeNull();
        fact.DecisionDueOn.ShouldBe(due);
        fact.PersonKey.ShouldNotContain(id.ToString("N"));
        // The feed names the office with its voivodeship as the platform holds it.
        await factory.WithDbAsync(async db =>
            (await db.Set<OfficeDimension>().SingleAsync(o => o.OfficeId == fact.OfficeId, Cancel)).Voivodeship.ShouldBe(DemoTenantSeeder.OfficeVoivodeship));
        await WaitForOutboxAsync(factory, id);
        var lines = await factory.CountAsync<CaseEvent>(e => e.CaseId == id);
        (await StepsOfAsync(factory, id)).ShouldBe(lines);
        // The warehouse's tally of steps counted them as the feed wrote them.
        var (tally, counted) = await StepTallyAsync(factory, fact.TenantId);
        tally.ShouldBe(counted);

        // What went through the outbox for statistics names nobody: no surname, no birth date.
        await factory.WithDbAsync(async db =>
        {
            var payloads = await db.OutboxMessages.AsNoTracking().Where(m => m.Payload.Contains(id.ToString())).Select(m => m.Payload).ToListAsync(Cancel);
            payloads.ShouldNotBeEmpty();
            payloads.ShouldAllBe(p => !p.Contains("Коваленко") && !p.Contains("Ірина") && !p.Contains("1991-02-17"));
        });

        // Delivered again without the receipts (a node lost them): the same facts, no step twice.
        await factory.WithDbAsync(async db =>
        {
            var ids = await db.OutboxMessages.Where(m => m.Payload.Contains(id.ToString())).Select(m => m.Id).ToListAsync(Cancel);
            await db.OutboxReceipts.Where(r => ids.Contains(r.MessageId) && r.Consumer == "analytics.warehouse").ExecuteDeleteAsync(Cancel);
            await db.OutboxMessages.Where(m => ids.Contains(m.Id)).ExecuteUpdateAsync(s => s.SetProperty(m => m.ProcessedAt, (DateTime?)null).SetProperty(m => m.LockedUntil, (DateTime?)null), Cancel);
        });
        await WaitForOutboxAsync(factory, id);
        (await StepsOfAsync(factory, id)).ShouldBe(lines);
        (await FactOfAsync(factory, id, 4)).ShouldBeEquivalentTo(fact);
        // The steps found already there are not counted again, and nothing changed for the datasets cut from the warehouse.
        (tally, counted) = await StepTallyAsync(factory, fact.TenantId);
        tally.ShouldBe(counted);
        (await VersionAsync(factory, fact.TenantId)).Fingerprint.ShouldBe(version.Fingerprint);

        // A step taken changes the warehouse's version, and when it last changed.
        await ActAsync(officer, number, "record-fee", 4);
        await WaitForOutboxAsync(factory, id);
        var changed = await VersionAsync(factory, fact.TenantId);
        changed.Fingerprint.ShouldNotBe(version.Fingerprint);
        changed.UpdatedAt.ShouldNotBeNull();
        changed.UpdatedAt.Value.ShouldBeGreaterThanOrEqualTo(version.UpdatedAt!.Value);
        fact = await FactOfAsync(factory, id, 5);

        // An older snapshot arriving late does not take the case back.
        var stale = fact.Version - 1;
        await factory.WithDbAsync(async db =>
        {
            var older = new CaseFacts(id, fact.TenantId, fact.OfficeId, stale, "temporary-work", "TemporaryResidence", StayPurposes.RemuneratedActivities, "UKR", "F", 35, null,
                fact.SubmittedOn, nameof(CaseState.FormalCheck), null, null, null, null, null, null);
            db.OutboxMessages.Add(new OutboxMessage
            {
                Id = Guid.NewGuid(), TenantId = fact.TenantId, Type = OutboxEventNames.Of<CaseFacts>(), Payload = JsonSerializer.Serialize(older), OccurredAt = DateTime.UtcNow,
            });
            await db.SaveChangesAsync(Cancel);
        });
        await WaitForOutboxAsync(factory, id);
        (await FactOfAsync(factory, id, 4)).State.ShouldBe(nameof(CaseState.Examination));
    }

    [Fact]
    public async Task ARebuild_WritesAFactForEveryCaseAndStepOfTheTenant_IsAudited_AndGivesTheSameOnASecondRun()
    {
        var factory = await FactoryAsync();
        using var analyst = await factory.SignInAsync(Roles.Analyst);

        using var first = await analyst.Client.PostAsync("/api/v1/analytics/warehouse/rebuild", null, Cancel);
        var rebuilt = await JsonAsync(first, HttpStatusCode.OK);

        Guid tenant = default;
        long cases = 0, lines = 0, facts = 0, steps = 0;
        async Task CountAsync() => await factory.WithDbAsync(async db =>
        {
            tenant = await db.Tenants.Where(t => t.Slug == DemoAccounts.TenantSlug).Select(t => t.Id).SingleAsync(Cancel);
            cases = await db.TenantRowsOf<ResidenceCase>(tenant).LongCountAsync(Cancel);
            lines = await db.TenantRowsOf<ResidenceCase>(tenant).SelectMany(c => c.Events).LongCountAsync(Cancel);
            facts = await db.Set<ApplicationFact>().LongCountAsync(f => f.TenantId == tenant, Cancel);
            steps = await db.Set<CaseEventFact>().LongCountAsync(f => f.TenantId == tenant, Cancel);
        });
        await CountAsync();
        cases.ShouldBeGreaterThan(0);
        facts.ShouldBe(cases);
        steps.ShouldBe(lines);
        rebuilt.GetProperty("facts").GetInt64().ShouldBeGreaterThanOrEqualTo(cases + lines);

        var status = await analyst.Client.GetFromJsonAsync<JsonElement>("/api/v1/analytics/warehouse", Cancel);
        status.GetProperty("applications").GetInt64().ShouldBe(cases);
        status.GetProperty("caseSteps").GetInt64().ShouldBe(lines);
        // The dimensions the facts name are filled after the facts.
        status.GetProperty("offices").GetInt64().ShouldBeGreaterThan(0);
        status.GetProperty("applicationTypes").GetInt64().ShouldBeGreaterThan(0);
        await factory.WithDbAsync(async db =>
        {
            var named = await db.Set<ApplicationFact>().Where(f => f.TenantId == tenant).Select(f => f.Citizenship).Distinct().CountAsync(Cancel);
            (await db.Set<CodeDimension>().CountAsync(c => c.Dimension == "citizenship", Cancel)).ShouldBeGreaterThanOrEqualTo(named);
            var firstDay = await db.Set<ApplicationFact>().Where(f => f.TenantId == tenant).MinAsync(f => f.SubmittedOn, Cancel);
            (await db.Set<DateDimension>().AnyAsync(d => d.Date == firstDay, Cancel)).ShouldBeTrue();
            var officeNames = await db.Set<OfficeDimension>().Where(o => o.TenantId == tenant).Select(o => o.Name).ToListAsync(Cancel);
            officeNames.ShouldAllBe(n => n.Length > 0);
        });
        var load = status.GetProperty("loads").EnumerateArray().First();
        load.GetProperty("by").GetString().ShouldBe(DemoAccounts.EmailOf(Roles.Analyst));
        load.GetProperty("finishedAt").ValueKind.ShouldBe(JsonValueKind.String);
        (await factory.CountAsync<AuditEntry>(a => a.EntityType == "Warehouse" && a.Reason == "rebuild")).ShouldBeGreaterThan(0);

        using var second = await analyst.Client.PostAsync("/api/v1/analytics/warehouse/rebuild", null, Cancel);
        await JsonAsync(second, HttpStatusCode.OK);
        await CountAsync();
        facts.ShouldBe(cases);
        steps.ShouldBe(lines);
        // The page's figures are kept, not counted: a second rebuild starts them from nothing again.
        status = await analyst.Client.GetFromJsonAsync<JsonElement>("/api/v1/analytics/warehouse", Cancel);
        status.GetProperty("applications").GetInt64().ShouldBe(cases);
        status.GetProperty("caseSteps").GetInt64().ShouldBe(lines);
        await factory.WithDbAsync(async db =>
        {
            var days = db.Set<ApplicationFact>().Where(f => f.TenantId == tenant).Select(f => f.SubmittedOn);
            status.GetProperty("firstSubmitted").GetString().ShouldBe((await days.MinAsync(Cancel)).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
            status.GetProperty("lastSubmitted").GetString().ShouldBe((await days.MaxAsync(Cancel)).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
        });

        // A rebuild that empties the fact tables drops their indexes for the load: they are all there again after it.
        await factory.WithDbAsync(async db =>
        {
            var indexes = await DatabaseSchema.ActualIndexesAsync(db, db.IsPostgres ? DatabaseProvider.Postgres : DatabaseProvider.Sqlite);
            DatabaseSchema.ExpectedIndexes(db).Where(i => i.StartsWith("IX_Analytics_Fact", StringComparison.Ordinal)).Except(indexes).ShouldBeEmpty();
        });
    }

    [Fact]
    public async Task AStepTheFeedWritesWhileARebuildRuns_IsKeptOnce_AndTheRebuildGoesOn()
    {
        var factory = await FactoryAsync();
        Guid tenant = default;
        CaseEventFact? written = null;
        long lines = 0;
        await factory.WithDbAsync(async db =>
        {
            tenant = await db.Tenants.Where(t => t.Slug == DemoAccounts.TenantSlug).Select(t => t.Id).SingleAsync(Cancel);
            var cases = db.TenantRowsOf<ResidenceCase>(tenant);
            lines = await cases.SelectMany(c => c.Events).LongCountAsync(Cancel);
            // The first line of the first case: in the first page of steps a rebuild writes.
            var first = await cases.OrderBy(c => c.Id).Select(c => new { c.Id, c.TenantId, c.OrganisationId, c.ApplicationType }).FirstAsync(Cancel);
            var line = await cases.Where(c => c.Id == first.Id).SelectMany(c => c.Events).OrderBy(e => e.Id).FirstAsync(Cancel);
            written = new CaseEventFact
            {
                StepId = line.Id, TenantId = first.TenantId, CaseId = first.Id, OfficeId = first.OrganisationId, ApplicationType = first.ApplicationType,
                Action = line.Action.ToString(), FromState = line.FromState.ToString(), ToState = line.ToState.ToString(),
                On = line.EffectiveOn ?? DateOnly.FromDateTime(line.At), At = line.At,
            };
        });

        // The step stored after the rebuild removed the tenant's facts and before it writes its pages, and
        // not yet in the tally (as when the feed commits it between the rebuild's look at the tally and its
        // page): the page finds it there.
        await using var scope = factory.Services.CreateAsyncScope();
        await using var feed = factory.Services.CreateAsyncScope();
        var feedDb = feed.ServiceProvider.GetRequiredService<PathwayDbContext>();
        var progress = new OnReport(p => p is { Source: "case steps", Done: 0 }, () =>
        {
            feedDb.Add(written!);
            feedDb.SaveChanges();
        });
        var summary = await scope.ServiceProvider.GetRequiredService<WarehouseRebuild>().RunAsync(tenant, "test", progress, Cancel);

        progress.Called.ShouldBeTrue();
        (await factory.CountAsync<CaseEventFact>(f => f.TenantId == tenant)).ShouldBe((int)lines);
        (await factory.CountAsync<CaseEventFact>(f => f.StepId == written!.StepId)).ShouldBe(1);
        summary.Facts.ShouldBeGreaterThan(lines);
        // The rebuild counted the steps it wrote, not the one it found: that one is the feed's to count,
        // in the transaction that stored it, which this test stands in for without the count.
        var (tally, counted) = await StepTallyAsync(factory, tenant);
        tally.ShouldBe(counted - 1);
        // The feed's count added, as its commit would have, so the tests after this one find the tally whole.
        await factory.WithDbAsync(async db => await db.Set<WarehouseTally>().Where(t => t.TenantId == tenant)
            .ExecuteUpdateAsync(s => s.SetProperty(t => t.Steps, t => t.Steps + 1).SetProperty(t => t.Changes, t => t.Changes + 1), Cancel));
        (tally, counted) = await StepTallyAsync(factory, tenant);
        tally.ShouldBe(counted);
    }

    // Runs an action, once, when the first report that matches comes, before the rebuild goes on.
    private sealed class OnReport(Func<RebuildProgress, bool> when, Action action) : IProgress<RebuildProgress>
    {
        public bool Called { get; private set; }

        public void Report(RebuildProgress value)
        {
            if (!Called && when(value))
            {
                Called = true;
                action();
            }
        }
    }

    [Fact]
    public async Task ARebuild_LeavesAnotherTenantsStepsAndTheirTally()
    {
        var factory = await FactoryAsync();
        using var analyst = await factory.SignInAsync(Roles.Analyst);
        var other = Guid.NewGuid();
        var step = new CaseEventFact
        {
            StepId = Guid.NewGuid(), TenantId = other, CaseId = Guid.NewGuid(), OfficeId = Guid.NewGuid(), ApplicationType = "temporary-work",
            Action = "Register", FromState = "Registered", ToState = "Registered", On = new DateOnly(2026, 1, 5), At = new DateTime(2026, 1, 5, 8, 0, 0, DateTimeKind.Utc),
        };
        await factory.WithDbAsync(async db =>
        {
            db.Add(step);
            db.Add(new WarehouseTally { TenantId = other, Steps = 1, Changes = 1, ChangedAt = step.At });
            await db.SaveChangesAsync(Cancel);
        });
        try
        {
            using var response = await analyst.Client.PostAsync("/api/v1/analytics/warehouse/rebuild", null, Cancel);
            await JsonAsync(response, HttpStatusCode.OK);

            (await factory.CountAsync<CaseEventFact>(f => f.TenantId == other)).ShouldBe(1);
            (await factory.CountAsync<WarehouseTally>(t => t.TenantId == other && t.Steps == 1)).ShouldBe(1);
            Guid demo = default;
            await factory.WithDbAsync(async db => demo = await db.Tenants.Where(t => t.Slug == DemoAccounts.TenantSlug).Select(t => t.Id).SingleAsync(Cancel));
            var (tally, counted) = await StepTallyAsync(factory, demo);
            counted.ShouldBeGreaterThan(0);
            tally.ShouldBe(counted);
        }
        finally
        {
            await factory.WithDbAsync(async db =>
            {
                await db.Set<CaseEventFact>().Where(f => f.TenantId == other).ExecuteDeleteAsync(Cancel);
                await db.Set<WarehouseTally>().Where(t => t.TenantId == other).ExecuteDeleteAsync(Cancel);
            });
        }
    }

    [Fact]
    public async Task ARebuild_WritesEachCaseAndStep_AsTheCasesModuleTellsThemToTheOutbox()
    {
        // The rebuild reads the cases a page of columns at a time and has the database project their
        // lines; what it writes must be what the events the cases raise (Facts, Step) would make.
        var factory = await FactoryAsync();
        using var analyst = await factory.SignInAsync(Roles.Analyst);
        using var rebuilt = await analyst.Client.PostAsync("/api/v1/analytics/warehouse/rebuild", null, Cancel);
        await JsonAsync(rebuilt, HttpStatusCode.OK);

        await factory.WithDbAsync(async db =>
        {
            var tenant = await db.Tenants.Where(t => t.Slug == DemoAccounts.TenantSlug).Select(t => t.Id).SingleAsync(Cancel);
            var cases = await db.TenantRowsOf<ResidenceCase>(tenant).AsNoTracking().Include(c => c.Events).AsSplitQuery().ToListAsync(Cancel);
            var facts = await db.Set<ApplicationFact>().AsNoTracking().Where(f => f.TenantId == tenant).ToDictionaryAsync(f => f.CaseId, Cancel);
            var steps = await db.Set<CaseEventFact>().AsNoTracking().Where(f => f.TenantId == tenant).ToDictionaryAsync(f => f.StepId, Cancel);
            cases.Count.ShouldBeGreaterThan(0);
            cases.ShouldContain(c => c.SettledWithoutDecision);
            facts.Count.ShouldBe(cases.Count);
            steps.Count.ShouldBe(cases.Sum(c => c.Events.Count));
            foreach (var c in cases)
            {
                var told = c.Facts();
                var fact = facts[c.Id];
                (fact.Version, fact.OfficeId, fact.ApplicationType, fact.Permit, fact.Purpose, fact.Citizenship, fact.State, fact.Outcome)
                    .ShouldBe((told.Version, told.OrganisationId, told.ApplicationType, told.Permit, told.Purpose, told.Citizenship, told.State, told.Outcome));
                (fact.SubmittedOn, fact.DecidedOn, fact.DecisionDueOn, fact.FinalOn, fact.AppealLodgedOn, fact.SettledOn, fact.PermitValidFrom, fact.PermitValidUntil, fact.TemporaryProtection)
                    .ShouldBe((told.SubmittedOn, told.DecidedOn, told.DecisionDueOn, told.FinalOn, told.AppealLodgedOn, told.SettledOn, told.PermitValidFrom, told.PermitValidUntil, told.TemporaryProtection));
                foreach (var line in c.Events)
                {
                    var step = c.Step(line);
                    var row = steps[step.StepId];
                    (row.CaseId, row.OfficeId, row.ApplicationType, row.Action, row.FromState, row.ToState, row.On)
                        .ShouldBe((step.CaseId, step.OrganisationId, step.ApplicationType, step.Action, step.From, step.To, step.On));
                    row.At.ToUniversalTime().ShouldBe(DateTime.SpecifyKind(step.At, DateTimeKind.Utc));
                }
            }
        });
    }

    [Fact]
    public async Task ARebuild_FillsEachOfficesVoivodeship_AsThePlatformHoldsItNow()
    {
        var factory = await FactoryAsync();
        using var analyst = await factory.SignInAsync(Roles.Analyst);
        using (var first = await analyst.Client.PostAsync("/api/v1/analytics/warehouse/rebuild", null, Cancel))
        {
            await JsonAsync(first, HttpStatusCode.OK);
        }

        var office = Guid.Empty;
        string? before = null;
        await factory.WithDbAsync(async db =>
        {
            office = await db.Set<ApplicationFact>().OrderBy(f => f.CaseId).Select(f => f.OfficeId).FirstAsync(Cancel);
            before = await db.Organisations.Where(o => o.Id == office).Select(o => o.Voivodeship).SingleAsync(Cancel);
            // As the warehouse stood before offices had a voivodeship, and one office moved since.
            await db.Set<OfficeDimension>().ExecuteUpdateAsync(s => s.SetProperty(o => o.Voivodeship, (string?)null), Cancel);
            await db.Organisations.Where(o => o.Id == office).ExecuteUpdateAsync(s => s.SetProperty(o => o.Voivodeship, "10"), Cancel);
        });

        try
        {
            using var rebuilt = await analyst.Client.PostAsync("/api/v1/analytics/warehouse/rebuild", null, Cancel);
            await JsonAsync(rebuilt, HttpStatusCode.OK);

            await factory.WithDbAsync(async db =>
            {
                var places = await db.Set<OfficeDimension>().ToDictionaryAsync(o => o.OfficeId, o => o.Voivodeship, Cancel);
                var held = await db.Organisations.ToDictionaryAsync(o => o.Id, o => o.Voivodeship, Cancel);
                places[office].ShouldBe("10");
                places.ShouldAllBe(p => p.Value == held[p.Key]);
            });
        }
        finally
        {
            await factory.WithDbAsync(db => db.Organisations.Where(o => o.Id == office)
                .ExecuteUpdateAsync(s => s.SetProperty(o => o.Voivodeship, before), Cancel));
        }
    }

    [Fact]
    public async Task ARebuild_NamesEveryCitizenshipOutcomeTypeAndOfficeOfItsFacts_InTheDimensions()
    {
        var factory = await FactoryAsync();
        using var analyst = await factory.SignInAsync(Roles.Analyst);
        // As a warehouse whose dimensions were lost (the fixed codes the migrations write aside): only the
        // rebuild can name them again.
        await factory.WithDbAsync(async db =>
        {
            await db.Set<CodeDimension>().Where(c => c.Dimension == "citizenship").ExecuteDeleteAsync(Cancel);
            await db.Set<ApplicationTypeDimension>().ExecuteDeleteAsync(Cancel);
            await db.Set<OfficeDimension>().ExecuteDeleteAsync(Cancel);
        });

        using (var rebuilt = await analyst.Client.PostAsync("/api/v1/analytics/warehouse/rebuild", null, Cancel))
        {
            await JsonAsync(rebuilt, HttpStatusCode.OK);
        }

        await factory.WithDbAsync(async db =>
        {
            var tenant = await db.Tenants.Where(t => t.Slug == DemoAccounts.TenantSlug).Select(t => t.Id).SingleAsync(Cancel);
            var facts = await db.Set<ApplicationFact>().AsNoTracking().Where(f => f.TenantId == tenant)
                .Select(f => new { f.Citizenship, f.Outcome, f.ApplicationType, f.Permit, f.Purpose, f.OfficeId }).ToListAsync(Cancel);
            facts.ShouldNotBeEmpty();
            var codes = await db.Set<CodeDimension>().AsNoTracking().ToListAsync(Cancel);
            var citizenships = codes.Where(c => c.Dimension == "citizenship").Select(c => c.Code).ToList();
            facts.Select(f => f.Citizenship).Distinct().ShouldBeSubsetOf(citizenships);
            (await db.Set<ServiceFact>().Where(f => f.TenantId == tenant).Select(f => f.Citizenship).Distinct().ToListAsync(Cancel)).ShouldBeSubsetOf(citizenships);
            (await db.Set<BeneficiaryFact>().Where(f => f.TenantId == tenant).Select(f => f.Citizenship).Distinct().ToListAsync(Cancel)).ShouldBeSubsetOf(citizenships);
            facts.Where(f => f.Outcome != null).Select(f => f.Outcome!).Distinct().ShouldBeSubsetOf(codes.Where(c => c.Dimension == "outcome").Select(c => c.Code));
            // Each type with the greatest permit and purpose its cases name.
            var types = await db.Set<ApplicationTypeDimension>().AsNoTracking().Where(t => t.TenantId == tenant).ToListAsync(Cancel);
            types.Select(t => (t.Code, t.Permit, t.Purpose)).OrderBy(t => t.Code, StringComparer.Ordinal).ShouldBe(facts.GroupBy(f => f.ApplicationType)
                .Select(g => (g.Key, g.Select(f => f.Permit).Max(StringComparer.Ordinal)!, g.Select(f => f.Purpose).Max(StringComparer.Ordinal)!))
                .OrderBy(t => t.Key, StringComparer.Ordinal));
            var offices = await db.Set<OfficeDimension>().AsNoTracking().Where(o => o.TenantId == tenant).ToListAsync(Cancel);
            facts.Select(f => f.OfficeId).Distinct().ShouldBeSubsetOf(offices.Select(o => o.OfficeId));
            (await db.Set<AppointmentFact>().Where(f => f.TenantId == tenant).Select(f => f.OfficeId).Distinct().ToListAsync(Cancel)).ShouldBeSubsetOf(offices.Select(o => o.OfficeId));
            var names = await db.Organisations.ToDictionaryAsync(o => o.Id, o => (o.Name, o.Voivodeship), Cancel);
            offices.ShouldAllBe(o => o.Name == names[o.OfficeId].Name && o.Voivodeship == names[o.OfficeId].Voivodeship);
        });
    }

    [Fact]
    public async Task TheMonthlyCounts_FollowACaseFromCellToCell_AsTheFeedTakesIt_AndARebuildCountsTheSame()
    {
        var factory = await FactoryAsync();
        using var officer = await factory.SignInAsync(Roles.CaseOfficer);
        using var supervisor = await factory.SignInAsync(Roles.Supervisor);
        using var analyst = await factory.SignInAsync(Roles.Analyst);
        var (number, id) = await RegisterAsync(factory, officer, "Шевченко-" + Guid.NewGuid().ToString("N")[..6]);
        await FactOfAsync(factory, id, 1);
        await WaitForOutboxAsync(factory, id);
        var registered = await CountsShouldAgreeWithTheFactsAsync(factory);

        // Through examination to a refusal: the case leaves the backlog's cell for a settled one and gains a decision.
        await ActAsync(officer, number, "start-formal-check", 1);
        await ActAsync(officer, number, "complete-formally", 2);
        await ActAsync(officer, number, "record-appearance", 3);
        using (var drafted = await officer.Client.SendAsync(Json($"/api/v1/cases/{Uri.EscapeDataString(number)}/actions/draft-decision", new { version = 4, outcome = "refused", reason = "Insufficient income" }, "en"), Cancel))
        {
            await JsonAsync(drafted, HttpStatusCode.OK);
        }

        await ActAsync(supervisor, number, "decide", 5);
        var decided = await FactOfAsync(factory, id, 6);
        decided.DecidedOn.ShouldNotBeNull();
        await WaitForOutboxAsync(factory, id);
        var afterDecision = await CountsShouldAgreeWithTheFactsAsync(factory);
        afterDecision.Decisions.ShouldBeGreaterThan(registered.Decisions);

        // Delivered again: nothing moves twice.
        await factory.WithDbAsync(async db =>
        {
            var ids = await db.OutboxMessages.Where(m => m.Payload.Contains(id.ToString())).Select(m => m.Id).ToListAsync(Cancel);
            await db.OutboxReceipts.Where(r => ids.Contains(r.MessageId) && r.Consumer == "analytics.warehouse").ExecuteDeleteAsync(Cancel);
            await db.OutboxMessages.Where(m => ids.Contains(m.Id)).ExecuteUpdateAsync(s => s.SetProperty(m => m.ProcessedAt, (DateTime?)null).SetProperty(m => m.LockedUntil, (DateTime?)null), Cancel);
        });
        await WaitForOutboxAsync(factory, id);
        (await CountsShouldAgreeWithTheFactsAsync(factory)).ShouldBe(afterDecision);

        // A rebuild counts from the facts what the feed's moves left.
        using var rebuilt = await analyst.Client.PostAsync("/api/v1/analytics/warehouse/rebuild", null, Cancel);
        await JsonAsync(rebuilt, HttpStatusCode.OK);
        await CountsShouldAgreeWithTheFactsAsync(factory);
    }

    private static DateOnly MonthOf(DateOnly day) => new(day.Year, day.Month, 1);

    /// <summary>
    /// The monthly counts, read in one snapshot with the facts, equal the facts counted by their cells, with
    /// no empty cell kept; returns the number of application and decision cells.
    /// </summary>
    private static async Task<(int Applications, int Decisions)> CountsShouldAgreeWithTheFactsAsync(PathwayFactory factory)
    {
        var cells = (0, 0);
        await factory.WithDbAsync(async db =>
        {
            await using var snapshot = await db.Database.BeginTransactionAsync(System.Data.IsolationLevel.RepeatableRead, Cancel);
            var facts = await db.Set<ApplicationFact>().AsNoTracking().ToListAsync(Cancel);
            var applications = await db.Set<MonthlyApplications>().AsNoTracking().ToListAsync(Cancel);
            var decisions = await db.Set<MonthlyDecisions>().AsNoTracking().ToListAsync(Cancel);

            applications.Select(c => (c.TenantId, c.SubmittedMonth, c.SettledMonth, c.OfficeId, c.ApplicationType, c.Citizenship, c.Sex, c.AgeBand, c.Applications)).ShouldBe(
                facts.GroupBy(f => (f.TenantId, MonthOf(f.SubmittedOn), f.SettledOn is { } settled ? MonthOf(settled) : MonthlyApplications.Unsettled, f.OfficeId, f.ApplicationType, f.Citizenship, f.Sex, f.AgeBand))
                    .Select(g => (g.Key.TenantId, g.Key.Item2, g.Key.Item3, g.Key.OfficeId, g.Key.ApplicationType, g.Key.Citizenship, g.Key.Sex, g.Key.AgeBand, g.Count())),
                ignoreOrder: true);
            decisions.Select(c => (c.TenantId, c.DecidedMonth, c.Outcome, c.ProcessingDays, c.OfficeId, c.ApplicationType, c.Citizenship, c.Sex, c.AgeBand, c.Decisions, c.WithDueDay, c.InTime)).ShouldBe(
                facts.Where(f => f.DecidedOn is not null && f.ProcessingDays is not null)
                    .GroupBy(f => (f.TenantId, MonthOf(f.DecidedOn!.Value), f.Outcome ?? MonthlyDecisions.NoOutcome, f.ProcessingDays!.Value, f.OfficeId, f.ApplicationType, f.Citizenship, f.Sex, f.AgeBand))
                    .Select(g => (g.Key.TenantId, g.Key.Item2, g.Key.Item3, g.Key.Item4, g.Key.OfficeId, g.Key.ApplicationType, g.Key.Citizenship, g.Key.Sex, g.Key.AgeBand,
                        g.Count(), g.Count(f => f.DecidedInTime is not null), g.Count(f => f.DecidedInTime == true))),
                ignoreOrder: true);
            var byOffice = await db.Set<MonthlyOfficeDecisions>().AsNoTracking().ToListAsync(Cancel);
            byOffice.Select(c => (c.TenantId, c.DecidedMonth, c.Outcome, c.ProcessingDays, c.OfficeId, c.Decisions, c.WithDueDay, c.InTime)).ShouldBe(
                facts.Where(f => f.DecidedOn is not null && f.ProcessingDays is not null)
                    .GroupBy(f => (f.TenantId, MonthOf(f.DecidedOn!.Value), f.Outcome ?? MonthlyDecisions.NoOutcome, f.ProcessingDays!.Value, f.OfficeId))
                    .Select(g => (g.Key.TenantId, g.Key.Item2, g.Key.Item3, g.Key.Item4, g.Key.OfficeId,
                        g.Count(), g.Count(f => f.DecidedInTime is not null), g.Count(f => f.DecidedInTime == true))),
                ignoreOrder: true);
            cells = (applications.Count, decisions.Count);
        });
        return cells;
    }

    [Fact]
    public async Task TheWarehouse_IsNotForCaseOfficers()
    {
        var factory = await FactoryAsync();
        using var officer = await factory.SignInAsync(Roles.CaseOfficer);
        using var status = await officer.Client.GetAsync("/api/v1/analytics/warehouse", Cancel);
        status.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        using var rebuild = await officer.Client.PostAsync("/api/v1/analytics/warehouse/rebuild", null, Cancel);
        rebuild.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
    }
}

public sealed class SqliteWarehouseHttpTests(SqliteFactoryFixture fixture) : WarehouseHttpTests, IClassFixture<SqliteFactoryFixture>
{
    protected override Task<PathwayFactory> FactoryAsync() => Task.FromResult(fixture.Factory);
}

public sealed class PostgresWarehouseHttpTests(PostgresServer server, PostgresFactoryFixture fixture) : WarehouseHttpTests, IClassFixture<PostgresFactoryFixture>
{
    protected override Task<PathwayFactory> FactoryAsync() => Task.FromResult(fixture.GetAsync(server)).Unwrap();
}

/// <summary>A new installation builds its warehouse at start, from the demo cases seeded before it.</summary>
public sealed class WarehouseBackfillTests
{
    [Fact]
    public async Task ANewInstallation_BuildsItsWarehouseAtStart()
    {
        using var factory = PathwayFactory.Sqlite(new Dictionary<string, string?> { ["Warehouse:BuildAtStart"] = "true" });
        using var analyst = await factory.SignInAsync(Roles.Analyst);
        for (var attempt = 0; attempt < 300; attempt++)
        {
            var status = await analyst.Client.GetFromJsonAsync<JsonElement>("/api/v1/analytics/warehouse", TestContext.Current.CancellationToken);
            if (status.GetProperty("loads").EnumerateArray().Any(l => l.GetProperty("finishedAt").ValueKind == JsonValueKind.String))
            {
                status.GetProperty("loads")[0].GetProperty("by").GetString().ShouldBe("start");
                status.GetProperty("applications").GetInt64().ShouldBe(await factory.CountAsync<ResidenceCase>());
                return;
            }

            await Task.Delay(200, TestContext.Current.CancellationToken);
        }

        throw new TimeoutException("The warehouse was not built within 60 seconds of the start.");
    }
}
