using Microsoft.EntityFrameworkCore;
using Pathway.Platform.Demo;
using Pathway.Platform.Identity;
using Pathway.Platform.Persistence;

namespace Pathway.Support.Beneficiaries;

/// <summary>Three people the demo NGO supports, on its worker's team, with their consents and services (one planned service overdue).</summary>
internal sealed class BeneficiariesDemoSeeder(PathwayDbContext db, TimeProvider clock) : IDemoSeeder
{
    public int Order => 52;

    public async Task SeedAsync(DemoTenant tenant, DemoSeedOptions options, IProgress<DemoSeedProgress>? progress, CancellationToken cancellationToken)
    {
        // Seeding runs again when more synthetic persons are added to the demo tenant: these cases are made once.
        var worker = await db.Users.FirstOrDefaultAsync(u => u.Email == DemoAccounts.EmailOf(Roles.NgoWorker), cancellationToken);
        if (worker is null || await db.Set<Beneficiary>().AnyAsync(b => b.OrganisationId == tenant.NgoId, cancellationToken))
        {
            return;
        }

        var now = clock.GetUtcNow().UtcDateTime;
        (string Given, string Surname, DateOnly Born, Sex Sex, string Citizenship, string Language)[] people =
        [
            ("Oksana", "Melnyk", new DateOnly(1988, 3, 14), Sex.Female, "UKR", "uk"),
            ("Ahmad", "Rahimi", new DateOnly(2009, 11, 2), Sex.Male, "AFG", "prs"),
            ("Mariam", "Kapanadze", new DateOnly(1995, 7, 30), Sex.Female, "GEO", "ru"),
        ];
        for (var i = 0; i < people.Length; i++)
        {
            var p = people[i];
            var beneficiary = new Beneficiary
            {
                TenantId = tenant.TenantId, OrganisationId = tenant.NgoId, Number = string.Create(System.Globalization.CultureInfo.InvariantCulture, $"B-{now.Year}-{i + 1:D5}"), GivenNames = p.Given, Surname = p.Surname,
                BirthDate = p.Born, Sex = p.Sex, Citizenship = p.Citizenship, Language = p.Language, LegalBasis = LegalBasis.Consent,
                MatchKey = BeneficiaryDesk.MatchKey(p.Given, p.Surname, p.Born), CreatedAt = now.AddDays(-30 + i), CreatedBy = worker.Email!,
            };
            beneficiary.Team.Add(new CaseTeamMember { BeneficiaryId = beneficiary.Id, UserId = worker.Id, Name = worker.Email!, AddedAt = beneficiary.CreatedAt });
            db.Add(beneficiary);
            db.Add(new Consent { BeneficiaryId = beneficiary.Id, Kind = ConsentKind.ReceiveServices, GivenAt = beneficiary.CreatedAt, RecordedBy = worker.Email!, Language = p.Language });
            var today = DateOnly.FromDateTime(now);
            SupportService Service(ServiceKind kind, ServiceStatus status, int days, int? minutes, string? from = null, string? to = null) => new()
            {
                TenantId = beneficiary.TenantId, BeneficiaryId = beneficiary.Id, Kind = kind, Status = status, Provider = worker.Email!, Minutes = minutes, LanguageFrom = from, LanguageTo = to,
                DueOn = status == ServiceStatus.Planned ? today.AddDays(days) : null, DeliveredOn = status == ServiceStatus.Delivered ? today.AddDays(days) : null,
                Project = "AMIF.2024.PL.07", RecordedAt = now, RecordedBy = worker.Email!,
            };
            db.AddRange(i switch
            {
                0 => [Service(ServiceKind.LegalAdvice, ServiceStatus.Delivered, -20, 45), Service(ServiceKind.PsychologicalCounselling, ServiceStatus.Planned, -3, null)],
                1 => [Service(ServiceKind.Interpreting, ServiceStatus.Delivered, -12, 60, "fa", "pl"), Service(ServiceKind.CaseManagement, ServiceStatus.Planned, 5, null)],
                _ => new[] { Service(ServiceKind.SocialAssistance, ServiceStatus.Delivered, -7, 30) },
            });
        }

        await db.SaveChangesAsync(cancellationToken);
    }
}
