using Microsoft.EntityFrameworkCore;
using Pathway.Platform.Demo;
using Pathway.Platform.Identity;
using Pathway.Platform.Persistence;
using Pathway.Platform.Tenancy;
using Pathway.Support.Numbering;

namespace Pathway.Support.Gbv;

/// <summary>
/// Sixteen incidents the demo NGO recorded over the last ten months, so the figures page shows both
/// counts and cells hidden as fewer than five: most physical and psychological abuse by an intimate
/// partner in the country of asylum, a few in flight, two survivors who did not agree to be counted.
/// </summary>
internal sealed class GbvDemoSeeder(PathwayDbContext db, OrganisationDirectory directory) : IDemoSeeder
{
    public int Order => 55;

    public async Task SeedAsync(DemoTenant tenant, DemoSeedOptions options, IProgress<DemoSeedProgress>? progress, CancellationToken cancellationToken)
    {
        // Seeding runs again when more synthetic persons are added to the demo tenant: these are made once.
        var worker = await db.Users.AsNoTracking().FirstOrDefaultAsync(u => u.Email == DemoAccounts.EmailOf(Roles.NgoWorker), cancellationToken);
        if (worker is null || await db.Set<GbvIncident>().AnyAsync(i => i.OrganisationId == tenant.NgoId, cancellationToken))
        {
            return;
        }

        var today = await directory.TodayOfAsync(tenant.TenantId, cancellationToken);
        var thisMonth = new DateOnly(today.Year, today.Month, 1);
        (int MonthsAgo, GbvIncidentType Type, IncidentContext Context, SurvivorAgeGroup Age, SurvivorSex Sex, PerpetratorRelation By, bool Consent)[] incidents =
        [
            (1, GbvIncidentType.PhysicalAssault, IncidentContext.CountryOfAsylum, SurvivorAgeGroup.From26To40, SurvivorSex.Female, PerpetratorRelation.IntimatePartner, true),
            (1, GbvIncidentType.PsychologicalAbuse, IncidentContext.CountryOfAsylum, SurvivorAgeGroup.From26To40, SurvivorSex.Female, PerpetratorRelation.IntimatePartner, true),
            (2, GbvIncidentType.PhysicalAssault, IncidentContext.CountryOfAsylum, SurvivorAgeGroup.From18To25, SurvivorSex.Female, PerpetratorRelation.IntimatePartner, true),
            (2, GbvIncidentType.DenialOfResources, IncidentContext.CountryOfAsylum, SurvivorAgeGroup.From41To60, SurvivorSex.Female, PerpetratorRelation.IntimatePartner, true),
            (3, GbvIncidentType.PhysicalAssault, IncidentContext.CountryOfAsylum, SurvivorAgeGroup.From26To40, SurvivorSex.Female, PerpetratorRelation.FamilyMember, true),
            (3, GbvIncidentType.SexualAssault, IncidentContext.DuringFlight, SurvivorAgeGroup.From12To17, SurvivorSex.Female, PerpetratorRelation.SmugglerOrTrafficker, true),
            (4, GbvIncidentType.PsychologicalAbuse, IncidentContext.CountryOfAsylum, SurvivorAgeGroup.From26To40, SurvivorSex.Female, PerpetratorRelation.IntimatePartner, true),
            (4, GbvIncidentType.PhysicalAssault, IncidentContext.CountryOfAsylum, SurvivorAgeGroup.From26To40, SurvivorSex.Male, PerpetratorRelation.Stranger, true),
            (5, GbvIncidentType.Rape, IncidentContext.DuringFlight, SurvivorAgeGroup.From18To25, SurvivorSex.Female, PerpetratorRelation.SmugglerOrTrafficker, false),
            (5, GbvIncidentType.PhysicalAssault, IncidentContext.CountryOfAsylum, SurvivorAgeGroup.From26To40, SurvivorSex.Female, PerpetratorRelation.IntimatePartner, true),
            (6, GbvIncidentType.PsychologicalAbuse, IncidentContext.CountryOfAsylum, SurvivorAgeGroup.From41To60, SurvivorSex.Female, PerpetratorRelation.IntimatePartner, true),
            (6, GbvIncidentType.ForcedMarriage, IncidentContext.CountryOfOrigin, SurvivorAgeGroup.From12To17, SurvivorSex.Female, PerpetratorRelation.FamilyMember, true),
            (7, GbvIncidentType.PhysicalAssault, IncidentContext.CountryOfAsylum, SurvivorAgeGroup.From18To25, SurvivorSex.Female, PerpetratorRelation.IntimatePartner, true),
            (8, GbvIncidentType.PsychologicalAbuse, IncidentContext.CountryOfAsylum, SurvivorAgeGroup.From26To40, SurvivorSex.Female, PerpetratorRelation.IntimatePartner, false),
            (9, GbvIncidentType.PhysicalAssault, IncidentContext.CountryOfAsylum, SurvivorAgeGroup.From26To40, SurvivorSex.Female, PerpetratorRelation.IntimatePartner, true),
            (9, GbvIncidentType.PsychologicalAbuse, IncidentContext.CountryOfAsylum, SurvivorAgeGroup.From18To25, SurvivorSex.Female, PerpetratorRelation.IntimatePartner, true),
        ];
        var highest = new Dictionary<int, string?>();
        foreach (var (monthsAgo, type, context, age, sex, by, consent) in incidents.OrderByDescending(i => i.MonthsAgo))
        {
            var reported = thisMonth.AddMonths(-monthsAgo);
            var prefix = YearSeries.Prefix("GBV", reported.Year);
            var code = YearSeries.Next(prefix, highest.GetValueOrDefault(reported.Year));
            highest[reported.Year] = code;
            var month = GbvIncidentRules.Write(reported);
            db.Add(GbvIncident.Record(tenant.TenantId, tenant.NgoId, code,
                new GbvIncidentInput(month, month, "Warszawa", context, type, age, sex, false, by, PerpetratorCount.One, [GbvService.PsychologicalCounselling, GbvService.LegalAdvice], consent),
                reported.ToDateTime(new TimeOnly(12, 0), DateTimeKind.Utc), worker.Email!));
        }

        await db.SaveChangesAsync(cancellationToken);
    }
}
