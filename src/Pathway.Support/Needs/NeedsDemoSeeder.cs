using Microsoft.EntityFrameworkCore;
using Pathway.Platform.Demo;
using Pathway.Platform.Identity;
using Pathway.Platform.Persistence;
using Pathway.Support.Beneficiaries;

namespace Pathway.Support.Needs;

/// <summary>
/// The demo's Ahmad Rahimi, an unaccompanied boy, assessed on arrival and reviewed two weeks later;
/// that review's own review is a day overdue, so the case page shows one.
/// </summary>
internal sealed class NeedsDemoSeeder(PathwayDbContext db, TimeProvider clock) : IDemoSeeder
{
    public int Order => 53;

    public async Task SeedAsync(DemoTenant tenant, DemoSeedOptions options, IProgress<DemoSeedProgress>? progress, CancellationToken cancellationToken)
    {
        // Seeding runs again on `seed`: a case assessed already is left as it is.
        var key = BeneficiaryDesk.MatchKey("Ahmad", "Rahimi", new DateOnly(2009, 11, 2));
        var boy = await db.Set<Beneficiary>().Where(b => b.OrganisationId == tenant.NgoId && b.MatchKey == key).Select(b => b.Id).FirstOrDefaultAsync(cancellationToken);
        if (boy == Guid.Empty || await db.Set<NeedAssessment>().AnyAsync(a => a.BeneficiaryId == boy, cancellationToken))
        {
            return;
        }

        var worker = DemoAccounts.EmailOf(Roles.NgoWorker);
        var now = clock.GetUtcNow().UtcDateTime;
        var today = DateOnly.FromDateTime(now);
        NeedAssessment Assessment(int daysAgo, int reviewIn, string note, params (NeedCategory Category, string? Code)[] needs)
        {
            var assessment = new NeedAssessment
            {
                TenantId = tenant.TenantId, BeneficiaryId = boy, AssessedOn = today.AddDays(-daysAgo), AssessedBy = worker, Note = note,
                NextReviewOn = today.AddDays(-daysAgo + reviewIn), RecordedAt = now.AddDays(-daysAgo), RecordedBy = worker,
            };
            assessment.Needs.AddRange(needs.Select(n => new AssessedNeed { AssessmentId = assessment.Id, Category = n.Category, UnhcrCode = n.Code }));
            return assessment;
        }

        db.AddRange(
            Assessment(28, 14, "Arrived alone; an uncle is said to live in Germany.", (NeedCategory.UnaccompaniedOrSeparatedChild, "SC-UC")),
            Assessment(14, 13, "Sleeps badly since the journey; referred to a psychologist.", (NeedCategory.UnaccompaniedOrSeparatedChild, "SC-UC"), (NeedCategory.MentalHealth, "SM-MI")));
        await db.SaveChangesAsync(cancellationToken);
    }
}
