using System.Security.Cryptography;
using Microsoft.AspNetCore.Http;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;
using Pathway.Cases.Applications;
using Pathway.Cases.Workflow;
using Pathway.Platform.Audit;
using Pathway.Platform.Localization;
using Pathway.Platform.Persistence;
using Pathway.Platform.Uploads;

namespace Pathway.Cases.Portal;

/// <summary>
/// The reply channel of a case: the applicant writes to the office and the office answers. Reading
/// a side's messages marks the other side's as read; every read of a case's messages is audited.
/// </summary>
internal sealed class CaseMessages(PathwayDbContext db, TimeProvider clock, IApplicationFileStore store, IOptions<ApplicationOptions> options, LimitedUpload uploads)
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

    /// <summary>
    /// A message as an API request carries it: JSON <c>{"text": …}</c>, or multipart/form-data with the
    /// field text and files in the field files. Nulls with field errors when anything is refused.
    /// </summary>
    public async Task<(string? Text, IReadOnlyList<SentFile>? Files)> ReadRequestAsync(HttpRequest request, FieldErrors errors, IStringLocalizer text, CancellationToken cancellationToken)
    {
        if (request.HasFormContentType)
        {
            var form = await request.ReadFormAsync(cancellationToken);
            var message = Read(form["text"].ToString(), errors);
            return (message, await ReadFilesAsync(form.Files, errors, text, cancellationToken));
        }

        var body = await JsonBody.ReadAsync<MessageRequest>(request, errors, cancellationToken);
        return (body is null ? null : Read(body.Text, errors), []);
    }

    /// <summary>
    /// The files of a form's "files" field (empty file inputs left out), each read no further than
    /// the size limit, then checked as <see cref="Check"/> does; null with "files" errors when any is refused.
    /// </summary>
    public async Task<IReadOnlyList<SentFile>?> ReadFilesAsync(IFormFileCollection form, FieldErrors errors, IStringLocalizer text, CancellationToken cancellationToken)
    {
        var incoming = new List<IncomingFile>();
        var refused = false;
        foreach (var file in form.GetFiles("files").Where(f => f.Length > 0 || !string.IsNullOrEmpty(f.FileName)))
        {
            var reading = await uploads.ReadAsync(file, options.Value.MaxFileBytes, cancellationToken);
            if (reading.IsRead)
            {
                incoming.Add(new IncomingFile(file.FileName, reading.Content));
            }
            else
            {
                errors.AddTranslated("files", $"{file.FileName}: {reading.Problem}");
                refused = true;
            }
        }

        var sent = Check(incoming, errors, text);
        return refused ? null : sent;
    }

    /// <summary>
    /// The files to send, each checked (at most <see cref="MessageAttachment.MaxPerMessage"/>, within the
    /// size limit, a whole PDF, JPEG or PNG by content); a refused one is named in a "files" error.
    /// Null when any is refused: the message then goes nowhere, with none of its files.
    /// </summary>
    private IReadOnlyList<SentFile>? Check(IReadOnlyList<IncomingFile> files, FieldErrors errors, IStringLocalizer text)
    {
        if (files.Count > MessageAttachment.MaxPerMessage)
        {
            errors.Add("files", "Send at most {0} files with one message.", MessageAttachment.MaxPerMessage);
            return null;
        }

        var sent = new List<SentFile>();
        foreach (var file in files)
        {
            var problems = new FieldErrors(text);
            if (UploadCheck.Accept(file.Content, options.Value.MaxFileBytes, "files", problems) is { } accepted)
            {
                sent.Add(new SentFile(UploadCheck.CleanName(file.Name, accepted.Kind, ApplicationFile.MaxFileNameLength), accepted.ContentType, file.Content));
                continue;
            }

            foreach (var reason in problems.ToDictionary().Values.SelectMany(v => v))
            {
                errors.AddTranslated("files", $"{file.Name}: {reason}");
            }
        }

        return sent.Count == files.Count ? sent : null;
    }

    public async Task<CaseMessage> PostAsync(ResidenceCase @case, MessageDirection direction, string text, Guid author, IReadOnlyList<SentFile> files, CancellationToken cancellationToken)
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
        var stored = new List<string>();
        try
        {
            foreach (var file in files)
            {
                var id = Guid.CreateVersion7();
                var key = await store.SaveAsync(@case.TenantId, @case.Id, id, file.Content, cancellationToken);
                stored.Add(key);
                message.Attachments.Add(new MessageAttachment
                {
                    Id = id, TenantId = @case.TenantId, OrganisationId = @case.OrganisationId, MessageId = message.Id, CaseId = @case.Id,
                    FileName = file.Name, ContentType = file.ContentType, Size = file.Content.Length,
                    Sha256 = Convert.ToHexStringLower(SHA256.HashData(file.Content)), StorageKey = key,
                });
            }

            db.Add(message);
            await db.SaveChangesAsync(cancellationToken);
        }
        catch
        {
            // Nothing half-sent: the files stored before a failure would be orphans nobody lists.
            foreach (var key in stored)
            {
                await store.DeleteAsync(key, CancellationToken.None);
            }

            throw;
        }

        return message;
    }

    /// <summary>An attachment of one of the case's messages with its content, or null; the read is audited.</summary>
    public async Task<(MessageAttachment Attachment, Stream Content)?> OpenAttachmentAsync(ResidenceCase @case, Guid messageId, Guid fileId, CancellationToken cancellationToken)
    {
        var attachment = await db.Set<MessageAttachment>().IgnoreQueryFilters().AsNoTracking()
            .FirstOrDefaultAsync(a => a.Id == fileId && a.MessageId == messageId && a.CaseId == @case.Id && a.TenantId == @case.TenantId, cancellationToken);
        if (attachment is null || await store.OpenAsync(attachment.StorageKey, cancellationToken) is not { } content)
        {
            return null;
        }

        await db.AuditNowAsync(new AuditRecord(AuditAction.Read, nameof(MessageAttachment), attachment.Id.ToString(), Details: $"case={@case.Number}"), cancellationToken);
        return (attachment, content);
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
        return await db.Set<CaseMessage>().IgnoreQueryFilters().AsNoTracking().Include(m => m.Attachments)
            .Where(m => m.CaseId == @case.Id && m.TenantId == @case.TenantId)
            .OrderBy(m => m.At).ThenBy(m => m.Id).ToListAsync(cancellationToken);
    }

    /// <summary>A case the staff member may see (the tenancy filter applies), by number; tracked for posting.</summary>
    public Task<ResidenceCase?> StaffCaseAsync(string number, CancellationToken cancellationToken) =>
        db.Set<ResidenceCase>().FirstOrDefaultAsync(c => c.Number == number, cancellationToken);
}

/// <summary>A file as it arrived: the name the sender gave and the bytes (already read within the size limit).</summary>
public sealed record IncomingFile(string? Name, byte[] Content);

/// <summary>A checked file, with the name to keep and its content type by content.</summary>
public sealed record SentFile(string Name, string ContentType, byte[] Content);
