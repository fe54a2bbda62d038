using Microsoft.EntityFrameworkCore;
using Pathway.Platform.Demo;
using Pathway.Platform.Identity;
using Pathway.Platform.Persistence;
using Pathway.Support.Beneficiaries;
using Pathway.Support.Numbering;

namespace Pathway.Support.Closures;

/// <summary>
/// Two earlier cases of the demo NGO, closed with its supervisor's approval (so the caseload page
/// has a time to closure to show), and a closure the worker asked for, waiting for the supervisor.
/// </summary>
internal sealed class ClosuresDemoSeeder(PathwayDbContext db, TimeProvider clock) : IDemoSeeder
{
    public int Order => 54;

    public async Task SeedAsync(DemoTenant tenant, DemoSeedOptions options, IProgress<DemoSeedProgress>? progress, CancellationToken cancellationToken)
    {
        // Seeding runs again when more synthetic persons are added to the demo tenant: these are made once.
        var worker = await db.Users.FirstOrDefaultAsync(u => u.Email == DemoAccounts.EmailOf(Roles.NgoWorker), cancellationToken);
        var supervisor = await db.Users.FirstOrDefaultAsync(u => u.Email == DemoAccounts.NgoSupervisor, cancellationToken);
        var waitingCase = await db.Set<Beneficiary>().FirstOrDefaultAsync(b => b.OrganisationId == tenant.NgoId && b.Surname == "Kapanadze", cancellationToken);
        if (worker is null || supervisor is null || waitingCase is null || await db.Set<CaseClosure>().AnyAsync(c => c.OrganisationId == tenant.NgoId, cancellationToken))
        {
            return;
        }

        var now = clock.GetUtcNow().UtcDateTime;
        (string Given, string Surname, DateOnly Born, Sex Sex, string Citizenship, string Language, int OpenedDaysAgo, int ClosedDaysAgo, ClosureReason Reason)[] closed =
        [
            ("Yevhen", "Tkachuk", new DateOnly(1979, 5, 21), Sex.Male, "UKR", "uk", 210, 45, ClosureReason.GoalsReached),
            ("Fatima", "Sadykova", new DateOnly(2001, 1, 9), Sex.Female, "UZB", "ru", 80, 12, ClosureReason.MovedAway),
        ];
        var prefix = YearSeries.Prefix("B", now.Year);
        var highest = await db.Set<Beneficiary>().Where(b => b.OrganisationId == tenant.NgoId && b.Number.StartsWith(prefix))
            .OrderByDescending(b => b.Number).Select(b => b.Number).FirstOrDefaultAsync(cancellationToken);
        foreach (var p in closed)
        {
            var opened = now.AddDays(-p.OpenedDaysAgo);
            var beneficiary = new Beneficiary
            {
                TenantId = tenant.TenantId, OrganisationId = tenant.NgoId, Number = highest = YearSeries.Next(prefix, highest),
                GivenNames = p.Given, Surname = p.Surname, BirthDate = p.Born, Sex = p.Sex, Citizenship = p.Citizenship, Language = p.Language, LegalBasis = LegalBasis.Consent,
                MatchKey = BeneficiaryDesk.MatchKey(p.Given, p.Surname, p.Born), CreatedAt = opened, CreatedBy = worker.Email!,
            };
            beneficiary.Team.Add(new CaseTeamMember { BeneficiaryId = beneficiary.Id, UserId = worker.Id, Name = worker.Email!, AddedAt = opened });
            db.Add(beneficiary);
            db.Add(new Consent { BeneficiaryId = beneficiary.Id, Kind = ConsentKind.ReceiveServices, GivenAt = opened, RecordedBy = worker.Email!, Language = p.Language });
            var closedAt = now.AddDays(-p.ClosedDaysAgo);
            var closure = CaseClosure.Request(tenant.TenantId, tenant.NgoId, beneficiary.Id, p.Reason, null, worker.Id, worker.Email!, closedAt.AddDays(-2));
            closure.Decide(ClosureStatus.Approved, supervisor.Id, supervisor.Email!, null, closedAt);
            beneficiary.CloseAt(closedAt);
            db.Add(closure);
        }

        db.Add(CaseClosure.Request(tenant.TenantId, tenant.NgoId, waitingCase.Id, ClosureReason.NoLongerNeeded, "Znalazła mieszkanie; pomoc socjalna nie jest już potrzebna.", worker.Id, worker.Email!, now.AddDays(-1)));
        await db.SaveChangesAsync(cancellationToken);
    }
}
