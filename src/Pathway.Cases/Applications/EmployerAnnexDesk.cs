using System.Globalization;
using System.Net.Mail;
using System.Security.Claims;
using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.Http;
using Microsoft.EntityFrameworkCore;
using Pathway.Platform.Audit;
using Pathway.Platform.Email;
using Pathway.Platform.Identity;
using Pathway.Platform.Localization;
using Pathway.Platform.Persistence;
using Pathway.Platform.Tenancy;

namespace Pathway.Cases.Applications;

/// <summary>
/// The employer's annex to a work application: the migrant asks for it (a one-time link e-mailed to
/// the employer, in Polish), the application waits, and the employer files the annex through the link
/// without an account. The employer's reading and filing go to the audit trail under the request's id.
/// </summary>
internal sealed class EmployerAnnexDesk(
    PathwayDbContext db, ITenantScopeAccessor scope, ApplicationDesk applications, IEmailSender sender, IHttpContextAccessor http, TimeProvider clock)
{
    private static readonly CultureInfo Polish = CultureInfo.GetCultureInfo("pl");

    /// <summary>The link waiting for the employer on this application, if any.</summary>
    public Task<EmployerAnnexRequest?> PendingAsync(Guid applicationId, CancellationToken cancellationToken = default) =>
        db.Set<EmployerAnnexRequest>().IgnoreQueryFilters().AsNoTracking()
            .Where(r => r.ApplicationId == applicationId && r.UsedAt == null).OrderByDescending(r => r.CreatedAt).FirstOrDefaultAsync(cancellationToken);

    /// <summary>
    /// Sends the employer a new one-time link (any older link of the application stops working) and puts
    /// the application to wait for the annex.
    /// </summary>
    public async Task<AnnexRequestOutcome> RequestAsync(Guid id, string? email, ClaimsPrincipal owner, string siteBase, FieldErrors errors, CancellationToken cancellationToken = default)
    {
        var me = owner.GetUserId() ?? Guid.Empty;
        var tenantId = scope.Current.TenantId;
        var application = await db.Set<OnlineApplication>().IgnoreQueryFilters()
            .FirstOrDefaultAsync(a => a.Id == id && a.TenantId == tenantId && a.OwnerUserId == me, cancellationToken);
        if (application is null)
        {
            return new AnnexRequestOutcome.NotFound();
        }

        if (application.State == ApplicationState.Submitted)
        {
            return new AnnexRequestOutcome.ReadOnly();
        }

        if (await applications.EntryAsync(application.ApplicationType, cancellationToken) is not { } entry || ApplicationPurposes.Of(entry) != ApplicationPurpose.Work)
        {
            errors.Add("email", "Only an application for work has an employer's annex.");
            return new AnnexRequestOutcome.Invalid();
        }

        var address = email?.Trim();
        if (string.IsNullOrEmpty(address) || address.Length > EmployerAnnexRequest.MaxEmailLength || !MailAddress.TryCreate(address, out var parsed) || parsed.Address != address
            || !parsed.Host.Contains('.', StringComparison.Ordinal))
        {
            errors.Add("email", "Write a valid e-mail address, e.g. kadry@firma.pl.");
            return new AnnexRequestOutcome.Invalid();
        }

        var now = clock.GetUtcNow().UtcDateTime;
        var older = await db.Set<EmployerAnnexRequest>().IgnoreQueryFilters()
            .Where(r => r.ApplicationId == id && r.UsedAt == null).ToListAsync(cancellationToken);
        db.RemoveRange(older);
        var token = EmployerAnnexRequest.NewToken();
        var request = new EmployerAnnexRequest
        {
            TenantId = application.TenantId,
            OrganisationId = application.OrganisationId,
            ApplicationId = id,
            Email = address,
            TokenHash = EmployerAnnexRequest.Hash(token),
            CreatedAt = now,
            ExpiresAt = now + EmployerAnnexRequest.Lifetime,
        };
        db.Add(request);
        application.State = ApplicationState.AwaitingEmployerAnnex;
        application.Touch(now);
        await db.SaveChangesAsync(cancellationToken);

        // In Polish by default (the employer is a Polish firm); the page offers the other languages.
        var link = siteBase.TrimEnd('/') + "/pl/employer-annex/" + token;
        var until = request.ExpiresAt.ToString("d MMMM yyyy", Polish);
        await sender.SendAsync(new EmailMessage(address, application.EmployerName, "Załącznik nr 1 do wniosku o zezwolenie na pobyt czasowy i pracę", Polish,
        [
            new EmailBlock.Paragraph($"{application.GivenNames} {application.Surname} składa wniosek o zezwolenie na pobyt czasowy i pracę i wskazał(a) Państwa jako pracodawcę."),
            new EmailBlock.Link("Prosimy o wypełnienie załącznika nr 1 (informacja pracodawcy) pod adresem:", link),
            new EmailBlock.Paragraph($"Link jest jednorazowy i ważny do {until}. Konto nie jest potrzebne."),
        ]), cancellationToken);
        return new AnnexRequestOutcome.Sent(request);
    }

    /// <summary>What the link leads to; an opened link's reading is audited under its request.</summary>
    public async Task<AnnexLookup> OpenAsync(string? token, CancellationToken cancellationToken = default)
    {
        if (await FindAsync(token, tracked: false, cancellationToken) is not { } request)
        {
            return new AnnexLookup.Unknown();
        }

        if (request.UsedAt is not null)
        {
            return new AnnexLookup.Used();
        }

        if (request.IsExpired(clock.GetUtcNow().UtcDateTime))
        {
            return new AnnexLookup.Expired();
        }

        var application = await db.Set<OnlineApplication>().IgnoreQueryFilters().AsNoTracking().FirstAsync(a => a.Id == request.ApplicationId, cancellationToken);
        var entry = await applications.EntryAsync(application.ApplicationType, cancellationToken);
        await db.AuditNowAsync(new AuditRecord(AuditAction.Read, nameof(EmployerAnnexRequest), request.Id.ToString(), Details: application.Id.ToString(), Actor: Employer(request)), cancellationToken);
        return new AnnexLookup.Open(new EmployerAnnexView(
            $"{application.GivenNames} {application.Surname}".Trim(), application.ApplicationType, entry?.Type.Name ?? application.ApplicationType, request.ExpiresAt));
    }

    /// <summary>Files the annex: stored with its hash, the link used up and the application back to a draft, all in one transaction.</summary>
    public async Task<AnnexFileOutcome> FileAsync(string? token, EmployerAnnexForm form, FieldErrors errors, CancellationToken cancellationToken = default)
    {
        if (await FindAsync(token, tracked: true, cancellationToken) is not { } request)
        {
            return new AnnexFileOutcome.Unknown();
        }

        var now = clock.GetUtcNow().UtcDateTime;
        if (request.UsedAt is not null)
        {
            return new AnnexFileOutcome.Used();
        }

        if (request.IsExpired(now))
        {
            return new AnnexFileOutcome.Expired();
        }

        if (form.Validate(errors) is not { } content)
        {
            return new AnnexFileOutcome.Invalid();
        }

        var application = await db.Set<OnlineApplication>().IgnoreQueryFilters().FirstAsync(a => a.Id == request.ApplicationId, cancellationToken);
        var annex = new EmployerAnnex
        {
            TenantId = request.TenantId,
            OrganisationId = request.OrganisationId,
            ApplicationId = request.ApplicationId,
            RequestId = request.Id,
            Content = content,
            Sha256 = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(content))),
            FiledAt = now,
        };
        db.Add(annex);
        request.UsedAt = now;
        application.EmployerAnnexId = annex.Id;
        application.EmployerAnnexSha256 = annex.Sha256;
        application.EmployerAnnexFiledAt = now;
        if (application.State == ApplicationState.AwaitingEmployerAnnex)
        {
            application.State = ApplicationState.Draft;
        }

        application.Touch(now);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            // Filed twice at once, or the application changed meanwhile: nothing of this one is written.
            db.ChangeTracker.Clear();
            return new AnnexFileOutcome.Used();
        }

        await db.AuditNowAsync(new AuditRecord(AuditAction.Create, nameof(EmployerAnnex), annex.Id.ToString(), Details: application.Id.ToString(), Actor: Employer(request)), cancellationToken);
        return new AnnexFileOutcome.Filed(annex);
    }

    private async Task<EmployerAnnexRequest?> FindAsync(string? token, bool tracked, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(token) || token.Length > 100)
        {
            return null;
        }

        var hash = EmployerAnnexRequest.Hash(token.Trim());
        var requests = db.Set<EmployerAnnexRequest>().IgnoreQueryFilters();
        return await (tracked ? requests : requests.AsNoTracking()).FirstOrDefaultAsync(r => r.TokenHash == hash, cancellationToken);
    }

    private AuditActor Employer(EmployerAnnexRequest request) =>
        new(null, "anonymous employer-annex:" + request.Id, request.TenantId, http.HttpContext?.Connection.RemoteIpAddress?.ToString());
}

/// <summary>What the employer sees: whose application and of which type, nothing more.</summary>
public sealed record EmployerAnnexView(string ApplicantName, string ApplicationType, string ApplicationTypeName, DateTime LinkValidUntil);

public abstract record AnnexRequestOutcome
{
    public sealed record Sent(EmployerAnnexRequest Request) : AnnexRequestOutcome;

    public sealed record NotFound : AnnexRequestOutcome;

    public sealed record ReadOnly : AnnexRequestOutcome;

    public sealed record Invalid : AnnexRequestOutcome;
}

public abstract record AnnexLookup
{
    public sealed record Open(EmployerAnnexView View) : AnnexLookup;

    public sealed record Unknown : AnnexLookup;

    public sealed record Used : AnnexLookup;

    public sealed record Expired : AnnexLookup;
}

public abstract record AnnexFileOutcome
{
    public sealed record Filed(EmployerAnnex Annex) : AnnexFileOutcome;

    public sealed record Unknown : AnnexFileOutcome;

    public sealed record Used : AnnexFileOutcome;

    public sealed record Expired : AnnexFileOutcome;

    public sealed record Invalid : AnnexFileOutcome;
}
