using Microsoft.EntityFrameworkCore;
using Pathway.Cases.Catalogue;
using Pathway.Cases.Workflow;
using Pathway.Platform.Demo;
using Pathway.Platform.Identity;
using Pathway.Platform.Persistence;

namespace Pathway.Cases.Demo;

/// <summary>
/// The demo migrant's own two cases, so the portal has something to show on a fresh start: one
/// early on with a notice to complete the application out and its term running, one decided with
/// the appeal term running. Both are worked through <see cref="CaseTransitions"/>, like every demo case.
/// </summary>
internal static class ApplicantDemoCases
{
    public const string ApplicationType = "temporary-work";

    public static async Task<IReadOnlyList<ResidenceCase>> SeedAsync(PathwayDbContext db, DemoTenant tenant, DateOnly today, CancellationToken cancellationToken)
    {
        var migrantEmail = DemoAccounts.EmailOf(Roles.Migrant).ToUpperInvariant();
        var supervisorEmail = DemoAccounts.EmailOf(Roles.Supervisor).ToUpperInvariant();
        var migrant = await db.Users.Where(u => u.NormalizedEmail == migrantEmail).Select(u => (Guid?)u.Id).FirstOrDefaultAsync(cancellationToken);
        var supervisor = await db.Users.Where(u => u.NormalizedEmail == supervisorEmail).Select(u => (Guid?)u.Id).FirstOrDefaultAsync(cancellationToken);
        var officer = (await CaseOfficers.ListAsync(db, tenant.TenantId, cancellationToken)).Select(o => (Guid?)o.Id).FirstOrDefault();
        if (migrant is null || officer is null)
        {
            return [];
        }

        var type = PolishCatalogue.For(tenant.TenantId).First(t => t.Code == ApplicationType);
        var early = await NewAsync(db, tenant, type, migrant.Value, today.AddDays(-14), cancellationToken);
        Walk(early, officer.Value, supervisor, today,
            (-13, CaseAction.Take, new()),
            (-12, CaseAction.StartFormalCheck, new()),
            (-10, CaseAction.FormalDeficiency, new() { TermDays = 14, Reason = "Missing photograph and proof of the stamp duty" }),
            (-7, CaseAction.RecordDelivery, new() { DeliveredOn = today.AddDays(-7) }));

        var decided = await NewAsync(db, tenant, type, migrant.Value, today.AddDays(-160), cancellationToken);
        Walk(decided, officer.Value, supervisor, today,
            (-159, CaseAction.Take, new()),
            (-157, CaseAction.StartFormalCheck, new()),
            (-150, CaseAction.CompleteFormally, new()),
            (-120, CaseAction.RecordAppearance, new()),
            (-100, CaseAction.RecordFee, new()),
            (-12, CaseAction.DraftDecision, new()
            {
                Outcome = DecisionOutcome.Granted, Reason = "Conditions met", PermitValidFrom = today.AddDays(-5), PermitValidUntil = today.AddDays(-5).AddYears(2).AddDays(-1),
            }),
            (-8, CaseAction.Decide, new()),
            (-5, CaseAction.RecordDelivery, new() { DeliveredOn = today.AddDays(-5) }));

        foreach (var c in new[] { early, decided })
        {
            c.ClearDomainEvents();
            db.Add(c);
        }

        // The decided case had its confirmation of legal stay once formally complete: it holds until the decision is final.
        var issuedOn = decided.FormallyCompleteOn!.Value.AddDays(2);
        db.Add(new Confirmations.StayConfirmation
        {
            TenantId = tenant.TenantId,
            OrganisationId = decided.OrganisationId,
            CaseId = decided.Id,
            Number = string.Create(System.Globalization.CultureInfo.InvariantCulture, $"LS/{issuedOn.Year}/00001"),
            Code = Confirmations.VerificationCode.New(),
            IssuedOn = issuedOn,
            IssuedAt = At(issuedOn),
            IssuedBy = officer.Value,
        });
        await db.SaveChangesAsync(cancellationToken);
        return [early, decided];
    }

    private static async Task<ResidenceCase> NewAsync(PathwayDbContext db, DemoTenant tenant, ApplicationType type, Guid migrant, DateOnly submitted, CancellationToken cancellationToken)
    {
        var running = await CaseNumbers.NextAsync(db, tenant.TenantId, submitted.Year, cancellationToken);
        var c = new ResidenceCase
        {
            TenantId = tenant.TenantId,
            OrganisationId = tenant.OfficeUnitIds[0],
            Number = CaseNumbers.Format(CaseNumbers.DefaultUnitMark, type.Permit, running, submitted.Year),
            ApplicationType = type.Code,
            Permit = type.Permit,
            Purpose = StayPurposeOf.Type(type.Code, type.Documents.Select(d => d.Code)),
            ApplicantSex = "M",
            ApplicantSurname = "Shevchenko",
            ApplicantGivenNames = "Oleksandr",
            ApplicantBirthDate = new DateOnly(1991, 4, 17),
            ApplicantCitizenship = "UKR",
            PassportNumber = "FX4419276",
            ApplicantUserId = migrant,
            SubmittedOn = submitted,
            RegisteredAt = At(submitted),
            State = CaseState.Submitted,
            Version = 1,
        };
        c.NameWords.AddRange(NameIndex.Entries(c.Id, "Shevchenko Oleksandr"));
        c.Events.Add(new CaseEvent { CaseId = c.Id, At = c.RegisteredAt, ActorId = migrant, Action = CaseAction.Register, FromState = CaseState.Submitted, ToState = CaseState.Submitted, EffectiveOn = submitted });
        return c;
    }

    private static void Walk(ResidenceCase c, Guid officer, Guid? supervisor, DateOnly today, params (int Day, CaseAction Action, CaseActionInput Input)[] steps)
    {
        foreach (var (offset, action, input) in steps)
        {
            var day = today.AddDays(offset);
            var by = CaseRules.NeedsSupervisor(action) ? supervisor ?? officer : officer;
            if (CaseTransitions.Apply(c, action, input, new ActionContext(day, At(day), by, MaySupervise: true)) is { } refusal)
            {
                throw new InvalidOperationException($"The demo case {c.Number} cannot take {action}: {refusal.Text}");
            }
        }
    }

    private static DateTime At(DateOnly day) => day.ToDateTime(new TimeOnly(9, 0), DateTimeKind.Utc);
}
