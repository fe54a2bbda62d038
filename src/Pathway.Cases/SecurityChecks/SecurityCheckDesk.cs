using System.Security.Claims;
using Microsoft.AspNetCore.Authorization;
using Microsoft.EntityFrameworkCore;
using Pathway.Cases.TimeLimits;
using Pathway.Cases.Workflow;
using Pathway.Platform.Audit;
using Pathway.Platform.Identity;
using Pathway.Platform.Persistence;

namespace Pathway.Cases.SecurityChecks;

/// <summary>A case's security checks as the office sees them: what to ask, what was asked, and the answers.</summary>
public sealed record SecurityCheckSheet(ResidenceCase Case, DateOnly Today, IReadOnlyList<PlannedCheck> Planned, IReadOnlyList<SecurityCheck> Checks);

/// <summary>What recording a step of a security check gives; a refusal with a field is a 400, without one a 409.</summary>
public abstract record CheckOutcome
{
    public sealed record Done(SecurityCheck Check) : CheckOutcome;

    public sealed record NotFound : CheckOutcome;

    public sealed record Refused(Refusal Refusal) : CheckOutcome;
}

/// <summary>Requests to the authorities and their answers, for the API and the case page alike.</summary>
internal sealed class SecurityCheckDesk(PathwayDbContext db, IAuthorizationService authorization, TimeProvider clock)
{
    // The request goes out once the application is formally complete and until a decision is drafted.
    private static readonly CaseState[] Requestable = [CaseState.Examination, CaseState.EvidenceRequested, CaseState.Suspended];

    public async Task<SecurityCheckSheet?> SheetAsync(string number, CancellationToken cancellationToken)
    {
        var @case = await db.Set<ResidenceCase>().AsNoTracking().Include(c => c.SecurityChecks).FirstOrDefaultAsync(c => c.Number == number, cancellationToken);
        if (@case is null)
        {
            return null;
        }

        await db.AuditNowAsync(new AuditRecord(AuditAction.Read, nameof(SecurityCheck), @case.Number), cancellationToken);
        var today = Today();
        return new(@case, today, SecurityCheckCatalogue.For(@case.Permit, @case.ApplicantBirthDate, @case.FormallyCompleteOn ?? today),
            [.. @case.SecurityChecks.OrderBy(c => c.Authority)]);
    }

    public Task<CheckOutcome> RequestAsync(string number, Authority authority, DateOnly? on, CancellationToken cancellationToken) =>
        ChangeAsync(number, authority, cancellationToken, (@case, check, today) =>
        {
            var day = on ?? today;
            if (check is not null)
            {
                return Refuse(Refusal.Of("The {0} has already been asked, on {1}.", SecurityCheckNames.Of(authority), check.RequestedOn));
            }

            if (!Requestable.Contains(@case.State))
            {
                return Refuse(Refusal.Of("The authorities are asked while the case is examined; a case in the state “{0}” is not.", CaseNames.Of(@case.State)));
            }

            if (day > today || day < (@case.FormallyCompleteOn ?? @case.SubmittedOn))
            {
                return Refuse(Refusal.Input("requestedOn", "The day must be from the formally complete application up to today."));
            }

            var planned = SecurityCheckCatalogue.For(@case.Permit, @case.ApplicantBirthDate, day).FirstOrDefault(p => p.Authority == authority);
            if (planned is null)
            {
                return Refuse(Refusal.Of("The catalogue does not name the {0} for this permit.", SecurityCheckNames.Of(authority)));
            }

            if (planned.Exemption is { } exemption)
            {
                return Refuse(Refusal.Of(exemption.Text));
            }

            var added = new SecurityCheck
            {
                TenantId = @case.TenantId, OrganisationId = @case.OrganisationId, CaseId = @case.Id, Authority = authority, RequestedOn = day,
                DueOn = Due(day, SecurityCheckCatalogue.Period.Days),
            };
            db.Add(added);
            return new CheckOutcome.Done(added);
        });

    public Task<CheckOutcome> AnswerAsync(string number, Authority authority, CheckAnswer? answer, DateOnly? on, string? note, CancellationToken cancellationToken) =>
        ChangeAsync(number, authority, cancellationToken, (_, check, today) =>
        {
            if (answer is not { } given)
            {
                return Refuse(Refusal.Input("answer", "Choose one of: {0}.", KebabNames.List<CheckAnswer>()));
            }

            if (TooLong(note, "note") is { } longNote)
            {
                return longNote;
            }

            if (check is null)
            {
                return Refuse(Refusal.Of("The {0} has not been asked in this case.", SecurityCheckNames.Of(authority)));
            }

            if (check.Answer is not null)
            {
                return Refuse(Refusal.Of("The answer of the {0} is already recorded.", SecurityCheckNames.Of(authority)));
            }

            var day = on ?? today;
            if (day > today || day < check.RequestedOn)
            {
                return Refuse(Refusal.Input("answeredOn", "The day must be from the request up to today."));
            }

            if (given == CheckAnswer.NoAnswerInTime && today <= check.DueOn)
            {
                return Refuse(Refusal.Of("The period of the {0} runs until {1}.", SecurityCheckNames.Of(authority), check.DueOn));
            }

            (check.Answer, check.AnsweredOn, check.Note) = (given, given == CheckAnswer.NoAnswerInTime ? check.DueOn : day, Trimmed(note));
            return new CheckOutcome.Done(check);
        });

    public Task<CheckOutcome> ExtendAsync(string number, Authority authority, string? reason, CancellationToken cancellationToken) =>
        ChangeAsync(number, authority, cancellationToken, (_, check, _) =>
        {
            if (NeedReason(reason) is { } missing)
            {
                return missing;
            }

            if (check is null)
            {
                return Refuse(Refusal.Of("The {0} has not been asked in this case.", SecurityCheckNames.Of(authority)));
            }

            if (check.Answer is not null || check.IsExtended)
            {
                return Refuse(Refusal.Of("The period of the {0} can be extended once, before it answers.", SecurityCheckNames.Of(authority)));
            }

            (check.DueOn, check.ExtensionReason) = (Due(check.RequestedOn, SecurityCheckCatalogue.Period.ExtendedDays), Trimmed(reason));
            return new CheckOutcome.Done(check);
        });

    public async Task<CheckOutcome> OverrideAsync(string number, Authority authority, string? reason, ClaimsPrincipal by, CancellationToken cancellationToken)
    {
        var maySupervise = (await authorization.AuthorizeAsync(by, CasesPermissions.CasesSupervise)).Succeeded;
        return await ChangeAsync(number, authority, cancellationToken, (_, check, _) =>
        {
            if (NeedReason(reason) is { } missing)
            {
                return missing;
            }

            if (!maySupervise)
            {
                return Refuse(Refusal.Of("Only a supervisor may record the reason to grant a permit despite an objection."));
            }

            if (check?.Answer != CheckAnswer.Objection)
            {
                return Refuse(Refusal.Of("The {0} has not objected.", SecurityCheckNames.Of(authority)));
            }

            (check.OverrideReason, check.OverriddenBy) = (Trimmed(reason), by.GetUserId());
            return new CheckOutcome.Done(check);
        });
    }

    private async Task<CheckOutcome> ChangeAsync(
        string number, Authority authority, CancellationToken cancellationToken, Func<ResidenceCase, SecurityCheck?, DateOnly, CheckOutcome> change)
    {
        var @case = await db.Set<ResidenceCase>().Include(c => c.SecurityChecks).FirstOrDefaultAsync(c => c.Number == number, cancellationToken);
        if (@case is null)
        {
            return new CheckOutcome.NotFound();
        }

        var outcome = change(@case, @case.SecurityChecks.FirstOrDefault(c => c.Authority == authority), Today());
        if (outcome is CheckOutcome.Done)
        {
            try
            {
                await db.SaveChangesAsync(cancellationToken);
            }
            catch (DbUpdateException)
            {
                // Two officers recorded the same request at once: the unique index kept one.
                db.ChangeTracker.Clear();
                return Refuse(Refusal.Of("The {0} has already been asked, on {1}.", SecurityCheckNames.Of(authority), Today()));
            }
        }

        return outcome;
    }

    /// <summary>The period counts from the request (sent electronically the same day) and ends on a working day (KPA art. 57).</summary>
    internal static DateOnly Due(DateOnly requestedOn, int days) => TimeLimitCalculator.Compute(requestedOn, Period.Days(days)).End;

    private static CheckOutcome.Refused Refuse(Refusal refusal) => new(refusal);

    private static CheckOutcome? NeedReason(string? reason) =>
        string.IsNullOrWhiteSpace(reason) ? Refuse(Refusal.Input("reason", "Give the reasons; they go on the record.")) : TooLong(reason, "reason");

    private static CheckOutcome? TooLong(string? text, string field) =>
        text?.Trim().Length > SecurityCheck.MaxNoteLength ? Refuse(Refusal.Input(field, "Write at most {0} characters.", SecurityCheck.MaxNoteLength)) : null;

    private static string? Trimmed(string? text) => text?.Trim() is { Length: > 0 } t ? t : null;

    private DateOnly Today() => DateOnly.FromDateTime(clock.GetLocalNow().DateTime);
}
