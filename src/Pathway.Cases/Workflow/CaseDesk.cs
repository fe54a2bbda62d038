using System.Globalization;
using System.Security.Claims;
using Microsoft.AspNetCore.Authorization;
using Microsoft.EntityFrameworkCore;
using Pathway.Cases.Catalogue;
using Pathway.Cases.TimeLimits;
using Pathway.Documents;
using Pathway.Platform.Audit;
using Pathway.Platform.Identity;
using Pathway.Platform.Persistence;
using Pathway.Platform.Tenancy;

namespace Pathway.Cases.Workflow;

internal sealed class CaseDesk(PathwayDbContext db, ITenantScopeAccessor scope, ICaseCatalogue catalogue, IAuthorizationService authorization, TimeProvider clock) : ICaseDesk
{
    public async Task<RegisterOutcome> RegisterAsync(NewCase application, Guid organisationId, ClaimsPrincipal by, CancellationToken cancellationToken = default)
    {
        var types = await catalogue.InForceAsync(application.SubmittedOn, cancellationToken);
        if (types.FirstOrDefault(t => string.Equals(t.Type.Code, application.ApplicationType, StringComparison.Ordinal)) is not { } type)
        {
            return new RegisterOutcome.UnknownType(application.ApplicationType);
        }

        var tenantId = scope.Current.TenantId;
        var now = clock.GetUtcNow().UtcDateTime;
        var strategy = db.Database.CreateExecutionStrategy();
        return await strategy.ExecuteAsync(async () =>
        {
            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
            var running = await CaseNumbers.NextAsync(db, tenantId, application.SubmittedOn.Year, cancellationToken);
            var @case = new ResidenceCase
            {
                TenantId = tenantId,
                OrganisationId = organisationId,
                Number = CaseNumbers.Format(CaseNumbers.DefaultUnitMark, type.Type.Permit, running, application.SubmittedOn.Year),
                ApplicationType = type.Type.Code,
                Permit = type.Type.Permit,
                Purpose = StayPurposeOf.Entry(type),
                ApplicantSex = application.Sex,
                ApplicantSurname = application.Surname.Trim(),
                ApplicantGivenNames = application.GivenNames.Trim(),
                ApplicantBirthDate = application.BirthDate,
                ApplicantCitizenship = application.Citizenship.Trim().ToUpperInvariant(),
                PassportNumber = application.PassportNumber?.Trim().ToUpperInvariant() is { Length: > 0 } passport ? passport : null,
                PersonId = application.PersonId,
                ApplicantUserId = application.ApplicantUserId,
                SubmittedOn = application.SubmittedOn,
                RegisteredAt = now,
                State = CaseState.Submitted,
                Version = 1,
            };
            @case.NameWords.AddRange(NameIndex.Entries(@case.Id, application.Surname + " " + application.GivenNames));
            @case.Record(new CaseEvent
            {
                CaseId = @case.Id, At = now, ActorId = by.GetUserId(), Action = CaseAction.Register,
                FromState = CaseState.Submitted, ToState = CaseState.Submitted, EffectiveOn = application.SubmittedOn,
            });
            // New work goes to the least-loaded officer trained for the type; with nobody trained it waits in the unassigned queue.
            if (await CaseTeam.LeastLoadedAsync(db, tenantId, @case.ApplicationType, cancellationToken) is { } officer)
            {
                @case.AssignedOfficerId = officer;
                @case.Record(new CaseEvent
                {
                    CaseId = @case.Id, At = now, Action = CaseAction.Assign, FromState = CaseState.Submitted, ToState = CaseState.Submitted, Detail = CaseEvent.Automatic,
                });
            }

            db.Add(@case);
            await db.SaveChangesAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
            return (RegisterOutcome)new RegisterOutcome.Registered(@case);
        });
    }

    public async Task<CaseFile?> OpenAsync(string number, string? reason = null, CancellationToken cancellationToken = default)
    {
        var @case = await Load(number).AsNoTracking().FirstOrDefaultAsync(cancellationToken);
        if (@case is null)
        {
            return null;
        }

        await db.AuditNowAsync(new AuditRecord(AuditAction.Read, nameof(ResidenceCase), @case.Number, Reason: reason), cancellationToken);
        return await FileOf(@case, cancellationToken);
    }

    public async Task<ActOutcome> ActAsync(string number, CaseAction action, int version, CaseActionInput input, ClaimsPrincipal by, CancellationToken cancellationToken = default)
    {
        var @case = await Load(number).FirstOrDefaultAsync(cancellationToken);
        if (@case is null)
        {
            return new ActOutcome.NotFound();
        }

        if (@case.Version != version)
        {
            return new ActOutcome.Stale(@case.Version);
        }

        var maySupervise = (await authorization.AuthorizeAsync(by, CasesPermissions.CasesSupervise)).Succeeded;
        var context = new ActionContext(Today(), clock.GetUtcNow().UtcDateTime, by.GetUserId(), maySupervise);
        if (CaseTransitions.Apply(@case, action, input, context) is { } refusal)
        {
            return new ActOutcome.Refused(refusal);
        }

        var file = await FileOf(@case, cancellationToken);
        if (@case.AwaitsDecision)
        {
            @case.DecisionDueOn = file.Clock.DueOn;
            @case.RefreshFacts();
        }

        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            // Another officer saved between our read and our write: nothing of ours was written.
            db.ChangeTracker.Clear();
            var current = await db.Set<ResidenceCase>().AsNoTracking().Where(c => c.Id == @case.Id).Select(c => c.Version).FirstAsync(cancellationToken);
            return new ActOutcome.Stale(current);
        }

        return new ActOutcome.Done(file);
    }

    public async Task<CaseQueuePage> QueueAsync(CaseQueueQuery query, ClaimsPrincipal by, CancellationToken cancellationToken = default)
    {
        var cases = db.Set<ResidenceCase>().AsNoTracking();
        var me = by.GetUserId();
        cases = query.Scope switch
        {
            CaseQueueScope.Mine => cases.Where(c => c.AssignedOfficerId == me),
            CaseQueueScope.Unassigned => cases.Where(c => c.AssignedOfficerId == null),
            _ => cases,
        };
        if (query.Officer is { } officer)
        {
            cases = cases.Where(c => c.AssignedOfficerId == officer);
        }

        if (query.State is { } state)
        {
            cases = cases.Where(c => c.State == state);
        }

        if (!string.IsNullOrWhiteSpace(query.ApplicationType))
        {
            cases = cases.Where(c => c.ApplicationType == query.ApplicationType);
        }

        if (query.Employer is { } employer)
        {
            // The employer is known from the online application's work step; a case filed on paper has none.
            var applications = db.Set<Applications.OnlineApplication>().AsNoTracking().Where(a => a.CaseNumber != null);
            var part = employer.ToUpperInvariant();
#pragma warning disable MA0011 // Translated to SQL UPPER(), which takes no culture.
            applications = Applications.Nip.Normalise(employer) is { } nip
                ? applications.Where(a => a.EmployerNip == nip)
                : applications.Where(a => a.EmployerName != null && a.EmployerName.ToUpper().Contains(part));
#pragma warning restore MA0011
            cases = cases.Where(c => applications.Any(a => a.TenantId == c.TenantId && a.CaseNumber == c.Number));
        }

        var today = Today();
        if (query.OverdueOnly)
        {
            cases = cases.Where(c => c.DecisionDueOn < today && AwaitingDecisionStates.Contains(c.State));
        }

        if (query.SoonDueOnly)
        {
            var soon = today.AddDays(CaseQueueQuery.SoonDueDays);
            cases = cases.Where(c => c.DecisionDueOn >= today && c.DecisionDueOn <= soon && AwaitingDecisionStates.Contains(c.State));
        }

        var capped = false;
        int total;
        List<CaseSummary> items;
        if (!string.IsNullOrWhiteSpace(query.Search))
        {
            // The filtered matches are gathered once, up to one more than the cap, with what they are
            // sorted by: sorted and paged here, only the page's cases are read again.
            var matches = await SearchedAsync(cases, query.Search, CaseQueueQuery.MaxSearchMatches + 1, cancellationToken);
            capped = matches.Count > CaseQueueQuery.MaxSearchMatches;
            if (capped)
            {
                matches.RemoveAt(matches.Count - 1);
            }

            total = matches.Count;
            var page = SearchMatch.Sorted(matches, query.Sort).Skip((query.Page - 1) * query.PageSize).Take(query.PageSize).ToList();
            var ids = page.Select(m => m.Id).ToList();
            var rows = await Summaries(db.Set<ResidenceCase>().AsNoTracking().Where(c => ids.Contains(c.Id))).ToListAsync(cancellationToken);
            items = [.. rows.OrderBy(r => page.FindIndex(m => m.Number == r.Number))];
            await db.AuditNowAsync(new AuditRecord(AuditAction.Search, nameof(ResidenceCase), "", Details: string.Create(CultureInfo.InvariantCulture, $"{items.Count} of {total}{(capped ? "+" : "")}")), cancellationToken);
        }
        else
        {
            total = await cases.CountAsync(cancellationToken);
            cases = query.Sort switch
            {
                CaseQueueSort.Submitted => cases.OrderBy(c => c.SubmittedOn).ThenBy(c => c.Id),
                CaseQueueSort.Number => cases.OrderBy(c => c.Number),
                // Cases without a due date (clock not started) come after the dated ones.
                _ => cases.OrderBy(c => c.DecisionDueOn == null).ThenBy(c => c.DecisionDueOn).ThenBy(c => c.SubmittedOn).ThenBy(c => c.Id),
            };
            items = await Summaries(cases.Skip((query.Page - 1) * query.PageSize).Take(query.PageSize)).ToListAsync(cancellationToken);
        }

        return new CaseQueuePage(items, total, query.Page, query.PageSize, capped);
    }

    /// <summary>The states in which a decision is owed and the clock runs, for the overdue filters.</summary>
    internal static readonly CaseState[] AwaitingDecisionStates =
        [.. Enum.GetValues<CaseState>().Where(s => ResidenceCase.AwaitingDecision(s) && s != CaseState.Suspended)];

    private static IQueryable<CaseSummary> Summaries(IQueryable<ResidenceCase> cases) =>
        cases.Select(c => new CaseSummary(
            c.Number, c.ApplicationType, c.ApplicantSurname + ", " + c.ApplicantGivenNames, c.ApplicantCitizenship, c.State, c.SubmittedOn, c.DecisionDueOn, c.AssignedOfficerId, c.Version));

    /// <summary>
    /// Up to <paramref name="limit"/> cases a search matches: a case number or a passport number
    /// exactly, or a name when every word does, in any order. The number lookup and the name lookup
    /// are each limited on their own and sent as one UNION ALL (one round trip); the name's runs from
    /// the name index (a two-word name from its pair, see <see cref="NameIndex"/>) into the cases and
    /// stops at the limit, so a name thousands of applicants share costs no more than a rare one.
    /// </summary>
    private async Task<List<SearchMatch>> SearchedAsync(IQueryable<ResidenceCase> cases, string search, int limit, CancellationToken cancellationToken)
    {
        var text = search.Trim();
        var upper = text.ToUpperInvariant();
        var found = cases.Where(c => c.Number == text || c.PassportNumber == upper).Take(limit);
        // Names have no digits: a case or passport number is not also looked up as a name.
        var words = NameIndex.Words(string.Join(' ', text.Split(' ', StringSplitOptions.RemoveEmptyEntries).Where(token => !token.Any(char.IsDigit))));
        if (words.Count > 0)
        {
            var applicantWords = db.Set<ApplicantWord>().AsNoTracking();
            var (first, alsoHas) = NameIndex.Lookup(words);
            var byName = applicantWords.Where(w => w.Word == first);
            foreach (var word in alsoHas)
            {
                byName = byName.Where(w => applicantWords.Any(other => other.CaseId == w.CaseId && other.Word == word));
            }

            found = found.Concat(byName.Join(cases, w => w.CaseId, c => c.Id, (w, c) => c).Take(limit));
        }

        // Projected after the UNION ALL: EF cannot unite projections into a record.
        return [.. (await SearchMatch.Of(found).ToListAsync(cancellationToken)).DistinctBy(m => m.Id).Take(limit)];
    }

    private IQueryable<ResidenceCase> Load(string number) =>
        db.Set<ResidenceCase>().Include(c => c.Events).Include(c => c.Suspensions).Include(c => c.SecurityChecks).AsSplitQuery().Where(c => c.Number == number);

    private async Task<CaseFile> FileOf(ResidenceCase @case, CancellationToken cancellationToken)
    {
        var period = await catalogue.DecisionPeriodAsync(@case.ApplicationType, @case.SubmittedOn, cancellationToken);
        var statutory = (await catalogue.SuspensionsAsync(@case.Permit, cancellationToken)).Select(s => s.AsExcluded(s.Name)).ToList();
        var reading = DecisionClock.Read(@case, period, statutory);
        return new CaseFile(@case, reading, CaseTransitions.NoticeTerm(@case), CaseTransitions.AppealTerm(@case));
    }

    private DateOnly Today() => DateOnly.FromDateTime(clock.GetLocalNow().DateTime);
}
