using Microsoft.EntityFrameworkCore;
using Pathway.Platform.Demo;
using Pathway.Platform.Identity;
using Pathway.Platform.Persistence;
using Pathway.Support.Beneficiaries;
using Pathway.Support.Numbering;

namespace Pathway.Support.Plans;

/// <summary>
/// The demo NGO's plans: the demo migrant's own support case (Oleksandr Shevchenko, on the NGO
/// worker's team) with an integration plan in force, linked to the migrant's portal account so
/// <c>/my</c> shows it, approved by the NGO's supervisor; and a care plan for Ahmad Rahimi waiting for approval.
/// </summary>
internal sealed class PlansDemoSeeder(PathwayDbContext db, TimeProvider clock) : IDemoSeeder
{
    public int Order => 54;

    public async Task SeedAsync(DemoTenant tenant, DemoSeedOptions options, IProgress<DemoSeedProgress>? progress, CancellationToken cancellationToken)
    {
        // Seeding runs again when more synthetic persons are added to the demo tenant: these plans are made once.
        var worker = await db.Users.FirstOrDefaultAsync(u => u.Email == DemoAccounts.EmailOf(Roles.NgoWorker), cancellationToken);
        var migrant = await db.Users.FirstOrDefaultAsync(u => u.Email == DemoAccounts.EmailOf(Roles.Migrant), cancellationToken);
        if (worker is null || migrant is null || await db.Set<Plan>().AnyAsync(p => p.OrganisationId == tenant.NgoId, cancellationToken))
        {
            return;
        }

        var ahmad = await db.Set<Beneficiary>().FirstOrDefaultAsync(b => b.OrganisationId == tenant.NgoId && b.Surname == "Rahimi", cancellationToken);
        if (ahmad is null)
        {
            return;
        }

        var now = clock.GetUtcNow().UtcDateTime;
        var today = DateOnly.FromDateTime(now);
        var by = new PlanActor(worker.Id, worker.Email!);
        // The NGO's own supervisor approved the plan in force (four eyes: not the worker who drafted it).
        var supervisor = await db.Users.AsNoTracking().FirstOrDefaultAsync(u => u.Email == DemoAccounts.NgoSupervisor, cancellationToken);
        var coordinator = supervisor is null ? new PlanActor(Guid.CreateVersion7(), "Ewa Dąbrowska") : new PlanActor(supervisor.Id, supervisor.Email!);

        var oleksandr = await CaseOfMigrantAsync(tenant, worker, now, cancellationToken);
        var integration = Plan.Start(tenant.TenantId, tenant.NgoId, oleksandr.Id, PlanKind.Integration, by, now.AddDays(-30));
        integration.Edit(PlanKind.Integration,
        [
            new GoalDraft(null, GoalArea.Language, "Osiągnąć poziom A2 z języka polskiego",
            [
                new TaskDraft(null, "Zapisać się na kurs języka polskiego w Fundacji", TaskAssignee.Migrant, null, null, today.AddDays(-20)),
                new TaskDraft(null, "Zdać test poziomujący", TaskAssignee.Migrant, null, null, today.AddDays(20)),
            ]),
            new GoalDraft(null, GoalArea.Employment, "Znaleźć pracę elektryka zgodną z kwalifikacjami",
            [
                new TaskDraft(null, "Przygotować CV po polsku", TaskAssignee.CaseTeam, null, null, today.AddDays(-10)),
                new TaskDraft(null, "Zarejestrować się w powiatowym urzędzie pracy", TaskAssignee.Migrant, null, null, today.AddDays(10)),
                new TaskDraft(null, "Sprawdzić, jak uznać ukraiński dyplom", TaskAssignee.TeamMember, worker.Id, worker.Email, today.AddDays(30)),
            ]),
            new GoalDraft(null, GoalArea.LegalStatus, "Uzyskać zezwolenie na pobyt czasowy i pracę",
            [
                new TaskDraft(null, "Sprawdzić komplet dokumentów do wniosku", TaskAssignee.CaseTeam, null, null, today.AddDays(7)),
                new TaskDraft(null, "Złożyć wniosek w urzędzie wojewódzkim", TaskAssignee.Migrant, null, null, today.AddDays(14)),
            ]),
        ], by, now.AddDays(-30));
        integration.Submit(by, now.AddDays(-29));
        integration.Approve(coordinator, now.AddDays(-28));
        var tasks = integration.Tasks.ToList();
        integration.Tick(tasks[0].Id, true, new PlanActor(migrant.Id, migrant.Email!, IsMigrant: true), now.AddDays(-21));
        integration.Tick(tasks[2].Id, true, by, now.AddDays(-12));
        db.Add(integration);

        var care = Plan.Start(tenant.TenantId, tenant.NgoId, ahmad.Id, PlanKind.Care, by, now.AddDays(-2));
        care.Edit(PlanKind.Care,
        [
            new GoalDraft(null, GoalArea.Safety, "Bezpieczne miejsce w placówce dla małoletnich",
                [new TaskDraft(null, "Uzgodnić miejsce w placówce opiekuńczo-wychowawczej", TaskAssignee.CaseTeam, null, null, today.AddDays(5))]),
            new GoalDraft(null, GoalArea.Health, "Wsparcie psychologiczne po podróży",
                [new TaskDraft(null, "Umówić konsultację z psychologiem dziecięcym", TaskAssignee.TeamMember, worker.Id, worker.Email, today.AddDays(7))]),
            new GoalDraft(null, GoalArea.Education, "Nauka w szkole",
            [
                new TaskDraft(null, "Zapisać do szkoły z oddziałem przygotowawczym", TaskAssignee.CaseTeam, null, null, today.AddDays(14)),
                new TaskDraft(null, "Chodzić na zajęcia wyrównawcze z polskiego", TaskAssignee.Migrant, null, null, today.AddDays(30)),
            ]),
        ], by, now.AddDays(-2));
        care.Submit(by, now.AddDays(-1));
        db.Add(care);

        // The migrant entered the worker's code in the portal a day after the plan was approved; the code itself was never kept.
        db.Add(new PortalLink
        {
            TenantId = tenant.TenantId, OrganisationId = tenant.NgoId, BeneficiaryId = oleksandr.Id, CodeHash = PortalLink.Hash(PortalLink.NewCode()),
            IssuedAt = now.AddDays(-28), IssuedBy = worker.Email!, ExpiresAt = now.AddDays(-14), UserId = migrant.Id, LinkedAt = now.AddDays(-27),
        });
        await db.SaveChangesAsync(cancellationToken);
    }

    /// <summary>The demo migrant's support case: registered before the NGO's other cases, so it comes last in the worker's list.</summary>
    private async Task<Beneficiary> CaseOfMigrantAsync(DemoTenant tenant, PathwayUser worker, DateTime now, CancellationToken cancellationToken)
    {
        var born = new DateOnly(1990, 1, 15);
        var key = BeneficiaryDesk.MatchKey("Oleksandr", "Shevchenko", born);
        if (await db.Set<Beneficiary>().FirstOrDefaultAsync(b => b.OrganisationId == tenant.NgoId && b.MatchKey == key, cancellationToken) is { } existing)
        {
            return existing;
        }

        var prefix = YearSeries.Prefix("B", now.Year);
        var highest = await db.Set<Beneficiary>().Where(b => b.OrganisationId == tenant.NgoId && b.Number.StartsWith(prefix))
            .OrderByDescending(b => b.Number).Select(b => b.Number).FirstOrDefaultAsync(cancellationToken);
        var beneficiary = new Beneficiary
        {
            TenantId = tenant.TenantId, OrganisationId = tenant.NgoId, Number = YearSeries.Next(prefix, highest), GivenNames = "Oleksandr", Surname = "Shevchenko",
            BirthDate = born, Sex = Sex.Male, Citizenship = "UKR", Language = "uk", LegalBasis = LegalBasis.Consent, MatchKey = key,
            CreatedAt = now.AddDays(-45), CreatedBy = worker.Email!,
        };
        beneficiary.Team.Add(new CaseTeamMember { BeneficiaryId = beneficiary.Id, UserId = worker.Id, Name = worker.Email!, AddedAt = beneficiary.CreatedAt });
        db.Add(beneficiary);
        db.Add(new Consent { BeneficiaryId = beneficiary.Id, Kind = ConsentKind.ReceiveServices, GivenAt = beneficiary.CreatedAt, RecordedBy = worker.Email!, Language = "uk" });
        return beneficiary;
    }
}
