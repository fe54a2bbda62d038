using System.Globalization;
using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Pathway.Cases.Letters;
using Pathway.Cases.Workflow;
using Pathway.Platform.Audit;
using Pathway.Platform.Identity;
using Pathway.Platform.Persistence;
using Pathway.Platform.Printing;
using Pathway.Platform.Tenancy;

namespace Pathway.Cases.Confirmations;

/// <summary>What issuing a confirmation gives.</summary>
public abstract record IssueOutcome
{
    public sealed record Issued(StayConfirmation Confirmation) : IssueOutcome;

    /// <summary>The case has its confirmation already; the same one is given again.</summary>
    public sealed record AlreadyIssued(StayConfirmation Confirmation) : IssueOutcome;

    public sealed record NotFound : IssueOutcome;

    /// <summary>Why the case cannot have a confirmation now (an English text, the key of its translation).</summary>
    public sealed record Refused(string Reason) : IssueOutcome;
}

/// <summary>What the public check of a code finds: nothing personal, only the confirmation's number, its day and validity.</summary>
public sealed record VerifiedConfirmation(string Number, DateOnly IssuedOn, StayValidity Validity);

/// <summary>Issues confirmations of legal stay, prints them and answers the public check of their codes.</summary>
internal sealed class ConfirmationDesk(PathwayDbContext db, LetterTemplates templates, Lazy<PrintFonts> fonts, TimeProvider clock)
{
    public const string NotFormallyComplete = "The application is not formally complete yet: the confirmation of legal stay is issued after the formal check.";
    public const string CaseEnded = "The proceedings have ended: a confirmation of legal stay is issued only while the case runs.";

    public async Task<IssueOutcome> IssueAsync(string number, ClaimsPrincipal by, CancellationToken cancellationToken)
    {
        var c = await db.Set<ResidenceCase>().Include(x => x.Events).AsSplitQuery().FirstOrDefaultAsync(x => x.Number == number, cancellationToken);
        if (c is null)
        {
            return new IssueOutcome.NotFound();
        }

        if (await ForCaseAsync(c, cancellationToken) is { } existing)
        {
            return new IssueOutcome.AlreadyIssued(existing);
        }

        if (c.IsClosed || !StayValidity.Of(c).IsValid)
        {
            return new IssueOutcome.Refused(CaseEnded);
        }

        if (c.FormallyCompleteOn is null)
        {
            return new IssueOutcome.Refused(NotFormallyComplete);
        }

        var today = DateOnly.FromDateTime(clock.GetLocalNow().DateTime);
        var running = await db.TenantRowsOf<StayConfirmation>(c.TenantId).CountAsync(s => s.IssuedOn.Year == today.Year, cancellationToken) + 1;
        var confirmation = new StayConfirmation
        {
            TenantId = c.TenantId,
            OrganisationId = c.OrganisationId,
            CaseId = c.Id,
            Number = string.Create(CultureInfo.InvariantCulture, $"LS/{today.Year}/{running:D5}"),
            Code = VerificationCode.New(),
            IssuedOn = today,
            IssuedAt = clock.GetUtcNow().UtcDateTime,
            IssuedBy = by.GetUserId()!.Value,
        };
        db.Add(confirmation);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            // Another officer issued it (or took the number) between our read and our write: give theirs, or ask again.
            db.ChangeTracker.Clear();
            return await ForCaseAsync(c, cancellationToken) is { } theirs
                ? new IssueOutcome.AlreadyIssued(theirs)
                : new IssueOutcome.Refused("Someone changed this case since you opened it. Nothing was saved; open it again to see the change.");
        }

        return new IssueOutcome.Issued(confirmation);
    }

    /// <summary>The case's confirmation, read by the case the caller has already opened.</summary>
    public Task<StayConfirmation?> ForCaseAsync(ResidenceCase c, CancellationToken cancellationToken) =>
        db.TenantRowsOf<StayConfirmation>(c.TenantId).AsNoTracking().FirstOrDefaultAsync(s => s.CaseId == c.Id, cancellationToken);

    /// <summary>
    /// The public check: anyone with the code (an employer scanning it) learns the number, the day and
    /// whether it still holds. Codes are global and unguessable, so no tenant is asked for.
    /// </summary>
    public async Task<VerifiedConfirmation?> VerifyAsync(string? text, CancellationToken cancellationToken)
    {
        if (VerificationCode.Normalise(text) is not { } code)
        {
            return null;
        }

        var confirmation = await db.Set<StayConfirmation>().IgnoreQueryFilters().AsNoTracking().FirstOrDefaultAsync(s => s.Code == code, cancellationToken);
        if (confirmation is null)
        {
            return null;
        }

        var c = await db.Set<ResidenceCase>().IgnoreQueryFilters().AsNoTracking().Include(x => x.Events).AsSplitQuery()
            .FirstAsync(x => x.Id == confirmation.CaseId, cancellationToken);
        return new VerifiedConfirmation(confirmation.Number, confirmation.IssuedOn, StayValidity.Of(c));
    }

    /// <summary>The confirmation as PDF; <paramref name="verifyAddress"/> is the public check's address its QR code holds.</summary>
    public async Task<byte[]> PrintAsync(StayConfirmation confirmation, ResidenceCase c, string verifyAddress, IStringLocalizer text, CancellationToken cancellationToken)
    {
        await db.AuditNowAsync(new AuditRecord(AuditAction.Read, nameof(StayConfirmation), confirmation.Number, Details: c.Number), cancellationToken);
        var common = templates.Common(LetterComposer.LegalLanguage, c.TenantId) ?? throw new InvalidOperationException("The common letter texts in Polish are missing.");
        var letter = ConfirmationLetter.Compose(confirmation, c, verifyAddress, common, text, clock.GetLocalNow().DateTime);
        return new LetterPdfWriter(fonts.Value).Write(letter);
    }
}
