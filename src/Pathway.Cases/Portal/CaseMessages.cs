using Microsoft.EntityFrameworkCore;
using Pathway.Cases.Workflow;
using Pathway.Platform.Audit;
using Pathway.Platform.Localization;
using Pathway.Platform.Persistence;

namespace Pathway.Cases.Portal;

/// <summary>
/// The reply channel of a case: the applicant writes to the office and the office answers. Reading
/// a side's messages marks the other side's as read; every read of a case's messages is audited.
/// </summary>
internal sealed class CaseMessages(PathwayDbContext db, TimeProvider clock)
{
    /// <summary>The message's text, or a field error: required, at most <see cref="CaseMessage.MaxTextLength"/> characters.</summary>
    public static string? Read(string? text, FieldErrors errors)
    {
        var trimmed = text?.Trim();
        if (string.IsNullOrEmpty(trimmed))
        {
            errors.Add("text", "Write your message.");
            return null;
        }

        if (trimmed.Length > CaseMessage.MaxTextLength)
        {
            errors.Add("text", "Write at most {0} characters.", CaseMessage.MaxTextLength);
            return null;
        }

        return trimmed;
    }

    public async Task<CaseMessage> PostAsync(ResidenceCase @case, MessageDirection direction, string text, Guid author, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var postedOn = DateOnly.FromDateTime(clock.GetLocalNow().DateTime);
        // A reply posted by the last day of a notice's term is on time however late it is read (KPA art. 57 §5).
        var term = direction == MessageDirection.FromApplicant ? CaseTransitions.NoticeTerm(@case) : null;
        var message = new CaseMessage
        {
            TenantId = @case.TenantId,
            OrganisationId = @case.OrganisationId,
            CaseId = @case.Id,
            Direction = direction,
            Text = text,
            At = now,
            PostedOn = postedOn,
            InTimeFor = term is { } t && t.IsMetBy(postedOn) ? t.End : null,
            AuthorUserId = author,
        };
        db.Add(message);
        await db.SaveChangesAsync(cancellationToken);
        return message;
    }

    /// <summary>The case's messages, oldest first; the ones the reader's side received are marked read now.</summary>
    public async Task<IReadOnlyList<CaseMessage>> ReadAsync(ResidenceCase @case, MessageDirection received, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        // The caller has opened the case already (the applicant their own, staff through the tenancy filter);
        // its messages are read by the case, as an applicant's scope would hide them.
        await db.Set<CaseMessage>().IgnoreQueryFilters()
            .Where(m => m.CaseId == @case.Id && m.TenantId == @case.TenantId && m.Direction == received && m.ReadAt == null)
            .ExecuteUpdateAsync(s => s.SetProperty(m => m.ReadAt, now), cancellationToken);
        await db.AuditNowAsync(new AuditRecord(AuditAction.Read, nameof(CaseMessage), @case.Number), cancellationToken);
        return await db.Set<CaseMessage>().IgnoreQueryFilters().AsNoTracking()
            .Where(m => m.CaseId == @case.Id && m.TenantId == @case.TenantId)
            .OrderBy(m => m.At).ThenBy(m => m.Id).ToListAsync(cancellationToken);
    }

    /// <summary>A case the staff member may see (the tenancy filter applies), by number; tracked for posting.</summary>
    public Task<ResidenceCase?> StaffCaseAsync(string number, CancellationToken cancellationToken) =>
        db.Set<ResidenceCase>().FirstOrDefaultAsync(c => c.Number == number, cancellationToken);
}
