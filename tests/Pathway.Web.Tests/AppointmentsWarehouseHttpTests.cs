using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Pathway.Analytics.Warehouse;
using Pathway.Cases.Appointments;
using Pathway.Cases.Workflow;
using Pathway.Platform.Casework;
using Pathway.Platform.Identity;
using Pathway.Platform.Outbox;
using Pathway.Platform.Portal;
using Pathway.Platform.Tenancy;
using Pathway.Portal.Feedback;
using Pathway.Portal.Services;
using Pathway.Portal.Surveys;
using Pathway.Testing;
using static Pathway.Testing.ApiAnswers;
using static Pathway.Web.Tests.WarehouseFeedWaits;

namespace Pathway.Web.Tests;

/// <summary>
/// Appointments in the analytics warehouse over HTTP, on SQLite and PostgreSQL: a booking made, moved,
/// cancelled or closed through the appointments API reaches its fact through the outbox without the case
/// number; a redelivery or an older snapshot changes nothing; a rebuild writes the same rows the feed wrote.
/// </summary>
public abstract class AppointmentsWarehouseHttpTests
{
    private const string Api = "/api/v1/cases/appointments";
    private const string Office = "waw-marszalkowska";
    private static readonly TimeZoneInfo Warsaw = TimeZoneInfo.FindSystemTimeZoneById("Europe/Warsaw");

    protected abstract Task<PathwayFactory> FactoryAsync();

    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    private static string NewCase() => $"WSC-II-S.6151.{Guid.NewGuid().ToString("N")[..8]}.2026";

    private static Task WaitAsync(PathwayFactory factory) => OutboxAsync(factory, OutboxEventNames.Of<AppointmentFacts>());

    private static async Task<List<JsonElement>> FreeAsync(WebSession officer, string service) =>
        [.. (await officer.Client.GetFromJsonAsync<JsonElement>($"{Api}/slots?office={Office}&service={service}", Cancel)).EnumerateArray()];

    private static async Task<Guid> BookAsync(WebSession officer, string caseNumber, JsonElement slot)
    {
        using var booked = await officer.Client.PostAsJsonAsync($"{Api}/bookings", new { caseNumber, slotId = slot.GetProperty("id").GetString(), language = "uk", channel = "officer" }, Cancel);
        return (await JsonAsync(booked, HttpStatusCode.Created)).GetProperty("id").GetGuid();
    }

    private static (DateOnly Day, int Hour) Local(JsonElement slot)
    {
        var local = TimeZoneInfo.ConvertTimeFromUtc(slot.GetProperty("startsAt").GetDateTime().ToUniversalTime(), Warsaw);
        return (DateOnly.FromDateTime(local), local.Hour);
    }

    [Fact]
    public async Task ABookingMadeMovedAndCancelled_ReachesTheWarehouse_WithoutTheCaseNumber_AndARedeliveryOrAnOlderSnapshotChangesNothing()
    {
        var factory = await FactoryAsync();
        using var officer = await factory.SignInAsync(Roles.CaseOfficer);
        var slots = await FreeAsync(officer, "Fingerprints");
        var caseNumber = NewCase();
        var id = await BookAsync(officer, caseNumber, slots[0]);

        var booked = await FactAsync(factory, db => db.Set<AppointmentFact>().AsNoTracking().FirstOrDefaultAsync(f => f.BookingId == id, Cancel));
        var (firstDay, firstHour) = Local(slots[0]);
        (booked.Version, booked.Status, booked.Channel, booked.Service, booked.SlotOn, booked.SlotHour, booked.Moves).ShouldBe((1, "Active", "Officer", "Fingerprints", firstDay, firstHour, 0));
        booked.BookedOn.ShouldBe(OfficeDay.Today);
        booked.LeadDays.ShouldBe(firstDay.DayNumber - OfficeDay.Today.DayNumber);

        using (var moved = await officer.Client.PostAsJsonAsync($"{Api}/bookings/{id}/reschedule", new { slotId = slots[1].GetProperty("id").GetString() }, Cancel))
        {
            await JsonAsync(moved, HttpStatusCode.OK);
        }

        using (var cancelled = await officer.Client.PostAsync($"{Api}/bookings/{id}/cancel", null, Cancel))
        {
            await JsonAsync(cancelled, HttpStatusCode.OK);
        }

        var fact = await FactAsync(factory, db => db.Set<AppointmentFact>().AsNoTracking().FirstOrDefaultAsync(f => f.BookingId == id && f.Version == 3, Cancel));
        var (day, hour) = Local(slots[1]);
        (fact.Status, fact.SlotOn, fact.SlotHour, fact.Moves, fact.LeadDays).ShouldBe(("Cancelled", day, hour, 1, day.DayNumber - fact.BookedOn.DayNumber));
        await WaitAsync(factory);
        Guid office = default;
        await factory.WithDbAsync(async db =>
        {
            office = await db.TenantRowsOf<Booking>(fact.TenantId).Where(b => b.Id == id).Select(b => b.OrganisationId).SingleAsync(Cancel);
            // What went through the outbox for statistics names no case: three snapshots, the tenant's.
            var payloads = await db.OutboxMessages.AsNoTracking().Where(m => m.Payload.Contains(id.ToString())).Select(m => new { m.Payload, m.TenantId }).ToListAsync(Cancel);
            payloads.Count.ShouldBe(3);
            payloads.ShouldAllBe(p => p.TenantId == fact.TenantId && !p.Payload.Contains(caseNumber) && !p.Payload.Contains("\"uk\""));
            (await db.Set<OfficeDimension>().AnyAsync(o => o.OfficeId == office, Cancel)).ShouldBeTrue("the feed names the office in the offices' dimension");
        });
        fact.OfficeId.ShouldBe(office);

        await RedeliverAsync(factory, id.ToString());
        await WaitAsync(factory);
        (await FactAsync(factory, db => db.Set<AppointmentFact>().AsNoTracking().FirstOrDefaultAsync(f => f.BookingId == id, Cancel))).ShouldBeEquivalentTo(fact);
        (await factory.CountAsync<AppointmentFact>(f => f.BookingId == id)).ShouldBe(1);

        // The first snapshot arriving late does not make the booking active again.
        await factory.WithDbAsync(async db =>
        {
            var older = new AppointmentFacts(id, fact.TenantId, office, 1, "Fingerprints", "Officer", "Active", fact.BookedOn, firstDay, firstHour, 0, 9);
            db.OutboxMessages.Add(new OutboxMessage
            {
                Id = Guid.NewGuid(), TenantId = fact.TenantId, Type = OutboxEventNames.Of<AppointmentFacts>(), Payload = JsonSerializer.Serialize(older), OccurredAt = DateTime.UtcNow,
            });
            await db.SaveChangesAsync(Cancel);
        });
        await WaitAsync(factory);
        (await FactAsync(factory, db => db.Set<AppointmentFact>().AsNoTracking().FirstOrDefaultAsync(f => f.BookingId == id, Cancel))).ShouldBeEquivalentTo(fact);
    }

    [Fact]
    public async Task ABookingClosedAsAttended_IsCountedSo_AndAMissedOneAsANoShow()
    {
        var factory = await FactoryAsync();
        using var officer = await factory.SignInAsync(Roles.CaseOfficer);
        var slots = await FreeAsync(officer, "Collection");
        foreach (var (slot, action, status) in new[] { (slots[0], "attended", "Attended"), (slots[1], "no-show", "NoShow") })
        {
            var id = await BookAsync(officer, NewCase(), slot);
            // The slot has begun: only then can the office say whether the migrant came.
            var began = DateTime.UtcNow.AddHours(-1);
            await factory.WithDbAsync(db => db.Set<Slot>().Where(s => s.Id == slot.GetProperty("id").GetGuid())
                .ExecuteUpdateAsync(s => s.SetProperty(x => x.StartsAt, began), Cancel));
            using (var closed = await officer.Client.PostAsync($"{Api}/bookings/{id}/{action}", null, Cancel))
            {
                await JsonAsync(closed, HttpStatusCode.OK);
            }

            var fact = await FactAsync(factory, db => db.Set<AppointmentFact>().AsNoTracking().FirstOrDefaultAsync(f => f.BookingId == id && f.Version == 2, Cancel));
            var local = TimeZoneInfo.ConvertTimeFromUtc(began, Warsaw);
            (fact.Status, fact.Moves, fact.SlotOn, fact.SlotHour).ShouldBe((status, 0, DateOnly.FromDateTime(local), local.Hour), action);
        }
    }

    [Fact]
    public async Task ARebuild_WritesTheSameAppointmentRowsAsTheFeed_AndOneForEveryBookingTheCasesModuleHolds()
    {
        var factory = await FactoryAsync();
        using var officer = await factory.SignInAsync(Roles.CaseOfficer);
        var slots = await FreeAsync(officer, "Submission");
        var id = await BookAsync(officer, NewCase(), slots[0]);
        using (var moved = await officer.Client.PostAsJsonAsync($"{Api}/bookings/{id}/reschedule", new { slotId = slots[1].GetProperty("id").GetString() }, Cancel))
        {
            await JsonAsync(moved, HttpStatusCode.OK);
        }

        await FactAsync(factory, db => db.Set<AppointmentFact>().AsNoTracking().FirstOrDefaultAsync(f => f.BookingId == id && f.Version == 2, Cancel));
        await WaitAsync(factory);
        var tenant = await TenantAsync(factory);
        List<AppointmentFact> fed = [];
        await factory.WithDbAsync(async db => fed = await db.Set<AppointmentFact>().AsNoTracking().Where(f => f.TenantId == tenant).ToListAsync(Cancel));
        fed.ShouldNotBeEmpty();

        using var analyst = await factory.SignInAsync(Roles.Analyst);
        using (var rebuilt = await analyst.Client.PostAsync("/api/v1/analytics/warehouse/rebuild", null, Cancel))
        {
            await JsonAsync(rebuilt, HttpStatusCode.OK);
        }

        long held = 0;
        await factory.WithDbAsync(async db =>
        {
            var facts = await db.Set<AppointmentFact>().AsNoTracking().Where(f => f.TenantId == tenant).ToDictionaryAsync(f => f.BookingId, Cancel);
            held = await db.TenantRowsOf<Booking>(tenant).LongCountAsync(Cancel);
            facts.Count.ShouldBe((int)held);
            foreach (var fact in fed)
            {
                facts[fact.BookingId].ShouldBeEquivalentTo(fact);
            }

            var offices = facts.Values.Select(f => f.OfficeId).Distinct().ToList();
            (await db.Set<OfficeDimension>().CountAsync(o => offices.Contains(o.OfficeId), Cancel)).ShouldBe(offices.Count, "a rebuild names each appointment's office");
            var days = facts.Values.SelectMany(f => new[] { f.BookedOn, f.SlotOn }).Distinct().ToList();
            (await db.Set<DateDimension>().CountAsync(d => days.Contains(d.Date), Cancel)).ShouldBe(days.Count);

            // Pseudonymised: no column a case number, a name or a language could sit in.
            string[] personal = ["CaseNumber", "Number", "Name", "Surname", "Uid", "Language", "PersonKey", "PersonId", "Email", "Phone"];
            db.Model.FindEntityType(typeof(AppointmentFact))!.GetProperties().Select(p => p.Name).Intersect(personal).ShouldBeEmpty();
        });

        var status = await analyst.Client.GetFromJsonAsync<JsonElement>("/api/v1/analytics/warehouse", Cancel);
        status.GetProperty("appointments").GetInt64().ShouldBe(held);
    }

    [Fact]
    public async Task TheDemoTenantsWarehouse_AfterARebuild_CountsEveryDemoBookingAndEveryReadersFeedbackRatingAndResponse()
    {
        var factory = await FactoryAsync();
        var tenant = await TenantAsync(factory);
        using var analyst = await factory.SignInAsync(Roles.Analyst);
        using (var rebuilt = await analyst.Client.PostAsync("/api/v1/analytics/warehouse/rebuild", null, Cancel))
        {
            await JsonAsync(rebuilt, HttpStatusCode.OK);
        }

        await factory.WithDbAsync(async db =>
        {
            // The demo's bookings are those of its cases; another test's are of case numbers made up for it.
            var cases = db.TenantRowsOf<ResidenceCase>(tenant).Select(c => c.Number);
            var demo = await db.TenantRowsOf<Booking>(tenant).AsNoTracking().Where(b => cases.Contains(b.CaseNumber)).ToListAsync(Cancel);
            demo.ShouldNotBeEmpty("the demo books some of its office's slots");
            demo.ShouldContain(b => b.Status == BookingStatus.Active && b.Sequence > 0, "some demo bookings were moved");
            demo.ShouldContain(b => b.Status == BookingStatus.Cancelled, "some demo bookings were cancelled");
            demo.Select(b => b.Channel).Distinct().Count().ShouldBe(Enum.GetValues<BookingChannel>().Length, "booked online and at the office");
            var ids = demo.Select(b => b.Id).ToList();
            var facts = await db.Set<AppointmentFact>().AsNoTracking().Where(f => f.TenantId == tenant && ids.Contains(f.BookingId)).ToListAsync(Cancel);
            facts.Count.ShouldBe(demo.Count);
            facts.Count(f => f.Moves > 0).ShouldBe(demo.Count(b => b.Sequence - (b.Status == BookingStatus.Cancelled ? 1 : 0) > 0));
            facts.Count(f => f.Status == "Cancelled").ShouldBe(demo.Count(b => b.Status == BookingStatus.Cancelled));
            (await db.Set<AppointmentFact>().LongCountAsync(f => f.TenantId == tenant, Cancel)).ShouldBe(await db.TenantRowsOf<Booking>(tenant).LongCountAsync(Cancel));

            var feedback = await db.Set<PageFeedback>().AsNoTracking().Where(f => f.TenantId == tenant).ToListAsync(Cancel);
            var ratings = await db.Set<ServiceRating>().LongCountAsync(r => r.TenantId == tenant, Cancel);
            var responses = await db.Set<SurveyResponse>().LongCountAsync(r => r.TenantId == tenant, Cancel);
            new[] { feedback.Count, ratings, responses }.ShouldAllBe(n => n > 0, "the demo's readers left feedback, ratings and survey responses");
            feedback.Select(f => f.Language).Distinct().Count().ShouldBeGreaterThan(3, "in several languages");
            var uses = await db.Set<PortalUseFact>().AsNoTracking().Where(f => f.TenantId == tenant).GroupBy(f => f.Kind).ToDictionaryAsync(g => g.Key, g => g.LongCount(), Cancel);
            (uses.GetValueOrDefault(PortalUseFacts.PageFeedback), uses.GetValueOrDefault(PortalUseFacts.ServiceRating), uses.GetValueOrDefault(PortalUseFacts.SurveyResponse))
                .ShouldBe(((long)feedback.Count, ratings, responses));
        });
    }
}

public sealed class SqliteAppointmentsWarehouseHttpTests(SqliteFactoryFixture fixture) : AppointmentsWarehouseHttpTests, IClassFixture<SqliteFactoryFixture>
{
    protected override Task<PathwayFactory> FactoryAsync() => Task.FromResult(fixture.Factory);
}

public sealed class PostgresAppointmentsWarehouseHttpTests(PostgresServer server, PostgresFactoryFixture fixture) : AppointmentsWarehouseHttpTests, IClassFixture<PostgresFactoryFixture>
{
    protected override Task<PathwayFactory> FactoryAsync() => Task.FromResult(fixture.GetAsync(server)).Unwrap();
}
