using System.Globalization;
using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Pathway.Platform.Audit;
using Pathway.Platform.Persistence;
using Pathway.Platform.Tenancy;
using Pathway.Support.Beneficiaries;

namespace Pathway.Support.Needs;

/// <summary>
/// The vulnerability assessments of a support case, reviewed over time: each review is recorded as a
/// new assessment, the newest is the current one. Through the case, so that only its team and the
/// organisation's supervisors read or record them. The audit trail names the case and how many needs
/// were found, never which: they are special categories of data (health, sex life, origin).
/// </summary>
/// <summary>A case whose current assessment's review is due: in how many days (below zero, overdue by so many).</summary>
public sealed record ReviewDue(Guid BeneficiaryId, string Number, string Name, DateOnly AssessedOn, DateOnly NextReviewOn, int InDays);

public sealed class NeedAssessments(PathwayDbContext db, BeneficiaryDesk cases, ITenantScopeAccessor scope, OrganisationDirectory directory, TimeProvider clock)
{
    public Task<DateOnly> TodayAsync(CancellationToken cancellationToken = default) => directory.TodayOfAsync(scope.Current.TenantId, cancellationToken);

    /// <summary>The case's assessments with their needs, the newest (the current one) first; null when the user may not open the case.</summary>
    public async Task<IReadOnlyList<NeedAssessment>?> ListAsync(Guid beneficiaryId, ClaimsPrincipal user, CancellationToken cancellationToken = default)
    {
        if (!await cases.Visible(user).AnyAsync(b => b.Id == beneficiaryId, cancellationToken))
        {
            return null;
        }

        return await db.Set<NeedAssessment>().AsNoTracking().Include(a => a.Needs).Where(a => a.BeneficiaryId == beneficiaryId)
            .OrderByDescending(a => a.AssessedOn).ThenByDescending(a => a.RecordedAt).ToListAsync(cancellationToken);
    }

    /// <summary>The number of days ahead the list of reviews due looks.</summary>
    public const int ReviewHorizonDays = 14;

    /// <summary>
    /// The reviews due in the cases the user may open: each case's current assessment whose next
    /// review is on or before <see cref="ReviewHorizonDays"/> days from today, the longest overdue
    /// first. An older assessment's review, overtaken by a newer one, is not due any more.
    /// </summary>
    public async Task<IReadOnlyList<ReviewDue>> DueAsync(ClaimsPrincipal user, CancellationToken cancellationToken = default)
    {
        var today = await TodayAsync(cancellationToken);
        var horizon = today.AddDays(ReviewHorizonDays);
        var visible = cases.Visible(user);
        var assessments = db.Set<NeedAssessment>();
        var due = await assessments.AsNoTracking()
            .Where(a => a.NextReviewOn <= horizon
                && !assessments.Any(b => b.BeneficiaryId == a.BeneficiaryId && (b.AssessedOn > a.AssessedOn || (b.AssessedOn == a.AssessedOn && b.RecordedAt > a.RecordedAt))))
            .Join(visible, a => a.BeneficiaryId, b => b.Id, (a, b) => new { a.BeneficiaryId, b.Number, b.GivenNames, b.Surname, a.AssessedOn, a.NextReviewOn })
            .OrderBy(r => r.NextReviewOn).Take(500)
            .ToListAsync(cancellationToken);
        return [.. due.Select(r => new ReviewDue(r.BeneficiaryId, r.Number, $"{r.GivenNames} {r.Surname}", r.AssessedOn, r.NextReviewOn, r.NextReviewOn.DayNumber - today.DayNumber))];
    }

    public async Task<(NeedAssessment? Assessment, IReadOnlyList<NeedRefusal> Problems)> RecordAsync(
        Guid beneficiaryId, AssessmentInput input, ClaimsPrincipal user, CancellationToken cancellationToken = default)
    {
        switch (await cases.IsClosedAsync(beneficiaryId, user, cancellationToken))
        {
            case null:
                return (null, [new NeedRefusal(NeedProblem.CaseNotFound, "beneficiary")]);
            case true:
                return (null, [new NeedRefusal(NeedProblem.CaseClosed, "beneficiary")]);
        }

        var problems = Check(input, await TodayAsync(cancellationToken));
        if (problems.Count > 0)
        {
            return (null, problems);
        }

        var me = user.Identity?.Name ?? "?";
        var assessment = new NeedAssessment
        {
            TenantId = await ServiceLog.TenantOfAsync(db, beneficiaryId, cancellationToken),
            BeneficiaryId = beneficiaryId,
            AssessedOn = input.AssessedOn!.Value,
            AssessedBy = string.IsNullOrWhiteSpace(input.AssessedBy) ? me : input.AssessedBy.Trim(),
            Note = string.IsNullOrWhiteSpace(input.Note) ? null : input.Note.Trim(),
            NextReviewOn = input.NextReviewOn!.Value,
            RecordedAt = clock.GetUtcNow().UtcDateTime,
            RecordedBy = me,
        };
        foreach (var need in input.Needs ?? [])
        {
            var category = need.Category!.Value;
            UnhcrNeedCodes.TryRecord(category, need.Code, out var code);
            assessment.Needs.Add(new AssessedNeed
            {
                AssessmentId = assessment.Id, Category = category, UnhcrCode = code,
                Exploitation = category == NeedCategory.Trafficking ? input.Exploitation : null,
            });
        }

        db.Add(assessment);
        await TellStatisticsAsync(assessment, cancellationToken);
        db.Audit(new AuditRecord(AuditAction.Create, nameof(NeedAssessment), assessment.Id.ToString(), Details: string.Create(
            CultureInfo.InvariantCulture, $"case {beneficiaryId}: {assessment.Needs.Count} needs, next review {assessment.NextReviewOn:yyyy-MM-dd}")));
        await db.SaveChangesAsync(cancellationToken);
        return (assessment, []);
    }

    /// <summary>
    /// Statistics are told of the case when the assessment becomes its current one (none assessed later) and
    /// finds other needs than the one before; an assessment dated before the current one changes nothing.
    /// </summary>
    private async Task TellStatisticsAsync(NeedAssessment assessment, CancellationToken cancellationToken)
    {
        var later = await db.Set<NeedAssessment>().AnyAsync(a => a.BeneficiaryId == assessment.BeneficiaryId
            && (a.AssessedOn > assessment.AssessedOn || (a.AssessedOn == assessment.AssessedOn && a.RecordedAt > assessment.RecordedAt)), cancellationToken);
        var standing = await CaseStanding.OfAsync(db, assessment.TenantId, assessment.BeneficiaryId, cancellationToken);
        var needs = assessment.Needs.Select(n => n.Category).ToList();
        if (later || standing.SameNeeds(needs))
        {
            return;
        }

        var beneficiary = await db.TenantRowsOf<Beneficiary>(assessment.TenantId).FirstAsync(b => b.Id == assessment.BeneficiaryId, cancellationToken);
        beneficiary.Told(standing with { Needs = [.. needs.Order()] });
    }

    /// <summary>Where the review of the current assessment stands on <paramref name="today"/>.</summary>
    public static ReviewState ReviewOf(NeedAssessment current, DateOnly today) =>
        current.NextReviewOn < today ? ReviewState.Overdue : current.NextReviewOn == today ? ReviewState.DueToday : ReviewState.Scheduled;

    internal static List<NeedRefusal> Check(AssessmentInput input, DateOnly today)
    {
        var problems = new List<NeedRefusal>();
        if (input.AssessedOnUnreadable || input.AssessedOn is null)
        {
            problems.Add(new NeedRefusal(NeedProblem.AssessedOnMissing, "assessedOn"));
        }
        else if (input.AssessedOn > today)
        {
            problems.Add(new NeedRefusal(NeedProblem.AssessedInFuture, "assessedOn"));
        }

        if (input.AssessedBy?.Trim().Length > NeedAssessment.MaxNameLength)
        {
            problems.Add(new NeedRefusal(NeedProblem.NameTooLong, "assessedBy"));
        }

        var needs = input.Needs ?? [];
        if (needs.Count == 0 && !input.NoSpecificNeeds)
        {
            problems.Add(new NeedRefusal(NeedProblem.NeedsMissing, "needs"));
        }
        else if (needs.Count > 0 && input.NoSpecificNeeds)
        {
            problems.Add(new NeedRefusal(NeedProblem.NoNeedsContradicted, "needs"));
        }

        if (needs.Any(n => n.Category is not { } c || !Enum.IsDefined(c)))
        {
            problems.Add(new NeedRefusal(NeedProblem.CategoryUnknown, "needs"));
        }
        else if (needs.GroupBy(n => n.Category).Any(g => g.Count() > 1))
        {
            problems.Add(new NeedRefusal(NeedProblem.CategoryTwice, "needs"));
        }
        else if (needs.Any(n => !UnhcrNeedCodes.TryRecord(n.Category!.Value, n.Code, out _)))
        {
            problems.Add(new NeedRefusal(NeedProblem.CodeNotOfCategory, "needs"));
        }

        var trafficking = needs.Any(n => n.Category == NeedCategory.Trafficking);
        if (trafficking && (input.Exploitation is not { } form || !Enum.IsDefined(form)))
        {
            problems.Add(new NeedRefusal(NeedProblem.ExploitationMissing, "exploitation"));
        }
        else if (!trafficking && input.Exploitation is not null)
        {
            problems.Add(new NeedRefusal(NeedProblem.ExploitationWithoutTrafficking, "exploitation"));
        }

        if (input.Note?.Trim().Length > NeedAssessment.MaxNoteLength)
        {
            problems.Add(new NeedRefusal(NeedProblem.NoteTooLong, "note"));
        }

        if (input.NextReviewUnreadable || input.NextReviewOn is null)
        {
            problems.Add(new NeedRefusal(NeedProblem.ReviewMissing, "nextReviewOn"));
        }
        else if (input.AssessedOn is { } assessed && input.NextReviewOn <= assessed)
        {
            problems.Add(new NeedRefusal(NeedProblem.ReviewNotAfterAssessment, "nextReviewOn"));
        }

        return problems;
    }
}
