using Microsoft.EntityFrameworkCore;
using Pathway.Platform.Demo;
using Pathway.Platform.Persistence;
using Pathway.Platform.Tenancy;

namespace Pathway.Support.Trainings;

/// <summary>A few trainings of this year in the demo: the NGO's on trafficking and unaccompanied minors, the office's on asylum.</summary>
internal sealed class TrainingsDemoSeeder(PathwayDbContext db, OrganisationDirectory directory) : IDemoSeeder
{
    public int Order => 51;

    public async Task SeedAsync(DemoTenant tenant, DemoSeedOptions options, IProgress<DemoSeedProgress>? progress, CancellationToken cancellationToken)
    {
        // Seeding runs again when more synthetic persons are added to the demo tenant: these trainings are made once.
        if (await db.Set<Training>().AnyAsync(t => t.TenantId == tenant.TenantId, cancellationToken))
        {
            return;
        }

        var today = await directory.TodayOfAsync(tenant.TenantId, cancellationToken);
        var year = today.Year;
        Training Given(Guid organisation, string title, TrainingArea area, int month, int day, int days, string trainer, params (string Institution, InstitutionKind Kind, int Participants)[] attendance)
        {
            var starts = new DateOnly(year, month, day);
            var training = new Training
            {
                TenantId = tenant.TenantId, OrganisationId = organisation, Title = title, Area = area, StartsOn = starts, EndsOn = starts.AddDays(days - 1),
                Trainer = trainer, Place = "Warszawa", Project = "AMIF.2024.PL.07", CreatedAt = DateTime.UtcNow, CreatedBy = "demo",
            };
            training.Attendance.AddRange(attendance.Select(a => new TrainingAttendance { TrainingId = training.Id, Institution = a.Institution, Kind = a.Kind, Participants = a.Participants }));
            return training;
        }

        var office = tenant.OfficeUnitIds[0];
        db.AddRange(
            Given(tenant.NgoId, "Identifying victims of trafficking", TrainingArea.TraffickingInHumanBeings, 2, 12, 2, "Anna Kowalczyk",
                ("Straż Graniczna, Placówka Warszawa-Okęcie", InstitutionKind.BorderGuard, 18), ("Komenda Stołeczna Policji", InstitutionKind.Police, 9)),
            Given(tenant.NgoId, "Unaccompanied minors: the first interview", TrainingArea.UnaccompaniedMinors, 4, 7, 1, "Marek Zieliński",
                ("MOPS Warszawa", InstitutionKind.SocialServices, 14), ("Sąd Rejonowy dla m.st. Warszawy", InstitutionKind.Judiciary, 4)),
            Given(tenant.NgoId, "Working with interpreters", TrainingArea.InterculturalCommunication, 9, 22, 1, "Olha Bondarenko",
                ("MOPS Warszawa", InstitutionKind.SocialServices, 11), ("Fundacja Ocalenie", InstitutionKind.Ngo, 6)),
            Given(office, "Vulnerable applicants in the procedure", TrainingArea.VulnerableGroupsInAsylum, 3, 18, 2, "Ewa Nowak",
                ("Mazowiecki Urząd Wojewódzki", InstitutionKind.PublicAdministration, 25)));
        await db.SaveChangesAsync(cancellationToken);
    }
}
