using Microsoft.EntityFrameworkCore;
using Pathway.Platform.Demo;
using Pathway.Platform.Persistence;
using Pathway.Platform.Tenancy;

namespace Pathway.Support.Interpreting;

/// <summary>
/// The demo's registers of interpreters and cultural mediators (fictional people): four kept by the
/// NGO and three by the office, for the languages Polish advisory points hear most. Dari is written
/// as Persian (fa): ISO 639-1 has no code of its own for it.
/// </summary>
internal sealed class InterpretersDemoSeeder(PathwayDbContext db, OrganisationDirectory directory) : IDemoSeeder
{
    private const int Hour = 60;

    public int Order => 54;

    public async Task SeedAsync(DemoTenant tenant, DemoSeedOptions options, IProgress<DemoSeedProgress>? progress, CancellationToken cancellationToken)
    {
        // Seeding runs again when more synthetic persons are added to the demo tenant: this is made once.
        if (await db.TenantRowsOf<Interpreter>(tenant.TenantId).AnyAsync(cancellationToken))
        {
            return;
        }

        var today = await directory.TodayOfAsync(tenant.TenantId, cancellationToken);
        var now = DateTime.UtcNow;
        DayOfWeek[] weekdays = [DayOfWeek.Monday, DayOfWeek.Tuesday, DayOfWeek.Wednesday, DayOfWeek.Thursday, DayOfWeek.Friday];
        Interpreter Person(Guid organisation, string name, string kinds, string languages, bool onSite, bool remote, string? phone, string? email,
            IEnumerable<DayOfWeek> days, params (int From, int To)[] windows)
        {
            var person = new Interpreter
            {
                TenantId = tenant.TenantId, OrganisationId = organisation, Name = name, Kinds = kinds, Languages = languages, OnSite = onSite, Remote = remote,
                Phone = phone, Email = email, CreatedAt = now, CreatedBy = "demo",
            };
            person.Hours.AddRange(days.SelectMany(day => windows.Select(w => new WeeklyHours { InterpreterId = person.Id, Day = day, FromMinute = w.From * Hour, ToMinute = w.To * Hour })));
            return person;
        }

        var office = tenant.OfficeUnitIds[0];
        const string interpreter = nameof(InterpreterKind.Interpreter);
        const string both = $"{nameof(InterpreterKind.Interpreter)} {nameof(InterpreterKind.CulturalMediator)}";
        const string mediator = nameof(InterpreterKind.CulturalMediator);
        var semhar = Person(tenant.NgoId, "Semhar Tesfay", mediator, "ti am ar en pl", true, false, "+48 600 555 103", null,
            [DayOfWeek.Tuesday, DayOfWeek.Thursday], (9, 15));
        semhar.Absences.Add(new Absence { InterpreterId = semhar.Id, FirstDay = today.AddDays(14), LastDay = today.AddDays(20) });
        var iryna = Person(office, "Iryna Melnyk", interpreter, "uk ru pl", true, false, "+48 22 555 04 21", "i.melnyk@tlumacze.example.org", weekdays, (8, 16));
        iryna.Absences.Add(new Absence { InterpreterId = iryna.Id, FirstDay = today.AddDays(3), LastDay = today.AddDays(9) });
        db.AddRange(
            Person(tenant.NgoId, "Olena Kovalenko", interpreter, "uk ru pl en", true, true, "+48 600 555 101", "olena.kovalenko@tlumacze.example.org", weekdays, (9, 17)),
            Person(tenant.NgoId, "Ahmad Wardak", both, "fa ps pl en", false, true, "+48 600 555 102", null,
                [DayOfWeek.Monday, DayOfWeek.Wednesday, DayOfWeek.Thursday], (10, 18)),
            semhar,
            Person(tenant.NgoId, "Yusuf Haddad", interpreter, "ar fr en pl", true, true, null, "y.haddad@tlumacze.example.org", weekdays, (8, 12), (13, 16)),
            iryna,
            Person(office, "Karim Nasser", both, "ar fr pl en", true, true, "+48 22 555 04 22", null,
                [DayOfWeek.Tuesday, DayOfWeek.Wednesday, DayOfWeek.Thursday, DayOfWeek.Friday, DayOfWeek.Saturday], (10, 18)),
            Person(office, "Anna Zielińska", interpreter, "pl en de", false, true, "+48 22 555 04 23", "a.zielinska@tlumacze.example.org", weekdays, (9, 17)));
        await db.SaveChangesAsync(cancellationToken);
    }
}
