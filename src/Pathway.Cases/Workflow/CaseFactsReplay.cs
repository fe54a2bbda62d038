using System.Runtime.CompilerServices;
using Microsoft.EntityFrameworkCore;
using Pathway.Platform.Casework;
using Pathway.Platform.Outbox;
using Pathway.Platform.Persistence;
using Pathway.Platform.Tenancy;

namespace Pathway.Cases.Workflow;

/// <summary>
/// Every case of a tenant told again as the <see cref="CaseFacts"/> statistics read (the timeline's
/// lines go by <see cref="CaseStepProjection"/>, in the database). Read past the office-unit filter (the
/// warehouse counts the whole office), a page of cases at a time in id order, each case only the columns
/// its facts are made of, so memory stays flat and no name or document number is read at all.
/// </summary>
internal sealed class CaseFactsReplay(PathwayDbContext db) : IEventReplay
{
    private const int PageSize = 20_000;

    public string Name => "cases";

    public async Task<long> CountAsync(Guid tenantId, CancellationToken cancellationToken) =>
        await db.TenantRowsOf<ResidenceCase>(tenantId).LongCountAsync(cancellationToken);

    public async IAsyncEnumerable<IDomainEvent> ReplayAsync(Guid tenantId, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        Guid? after = null;
        while (true)
        {
            var cases = db.TenantRowsOf<ResidenceCase>(tenantId).AsNoTracking();
            if (after is { } last)
            {
                cases = cases.Where(c => c.Id.CompareTo(last) > 0);
            }

            // The case as its facts need it (ResidenceCase.Facts), not the case whole.
            var page = await cases.OrderBy(c => c.Id).Take(PageSize).Select(c => new ResidenceCase
            {
                Id = c.Id, TenantId = c.TenantId, OrganisationId = c.OrganisationId, Version = c.Version,
                ApplicationType = c.ApplicationType, Permit = c.Permit, Purpose = c.Purpose,
                ApplicantCitizenship = c.ApplicantCitizenship, ApplicantSex = c.ApplicantSex, ApplicantBirthDate = c.ApplicantBirthDate,
                PersonId = c.PersonId, SubmittedOn = c.SubmittedOn, State = c.State, Outcome = c.Outcome,
                DecidedOn = c.DecidedOn, DecisionDueOn = c.DecisionDueOn, FinalOn = c.FinalOn, AppealLodgedOn = c.AppealLodgedOn,
                PermitValidFrom = c.PermitValidFrom, PermitValidUntil = c.PermitValidUntil, TemporaryProtection = c.TemporaryProtection,
            }).ToListAsync(cancellationToken);

            await AddClosingLinesAsync(tenantId, page, cancellationToken);
            foreach (var c in page)
            {
                yield return c.Facts();
            }

            if (page.Count < PageSize)
            {
                yield break;
            }

            after = page[^1].Id;
        }
    }

    // A case closed without a decision is settled on the day its timeline reached the state it ended
    // in: those few need their lines, read by a join within the page's ids (a list of ids would be
    // looked for in every line of the table).
    private async Task AddClosingLinesAsync(Guid tenantId, List<ResidenceCase> page, CancellationToken cancellationToken)
    {
        if (page.Count == 0)
        {
            return;
        }

        var (first, last) = (page[0].Id, page[^1].Id);
        var lines = await db.TenantRowsOf<ResidenceCase>(tenantId).AsNoTracking()
            .Where(c => c.Id.CompareTo(first) >= 0 && c.Id.CompareTo(last) <= 0 && c.DecidedOn == null && !AwaitingDecisionStates.Contains(c.State))
            .SelectMany(c => c.Events).ToListAsync(cancellationToken);
        var closed = page.Where(c => c.SettledWithoutDecision).ToDictionary(c => c.Id);
        foreach (var line in lines)
        {
            closed[line.CaseId].Events.Add(line);
        }
    }

    private static readonly CaseState[] AwaitingDecisionStates = [.. Enum.GetValues<CaseState>().Where(ResidenceCase.AwaitingDecision)];
}
