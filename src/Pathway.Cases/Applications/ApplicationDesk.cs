using System.Globalization;
using System.Security.Claims;
using System.Security.Cryptography;
using Microsoft.AspNetCore.Http;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Pathway.Cases.Catalogue;
using Pathway.Cases.Workflow;
using Pathway.Documents;
using Pathway.Platform.Audit;
using Pathway.Platform.Identity;
using Pathway.Platform.Localization;
using Pathway.Platform.Persistence;
using Pathway.Platform.Tenancy;
using Pathway.Platform.Uploads;

namespace Pathway.Cases.Applications;

/// <summary>
/// A migrant's online applications: drafts saved step by step, their files, and the signed submission
/// that registers the case. Only the owner reaches an application here; every read is audited.
/// </summary>
internal sealed class ApplicationDesk(
    PathwayDbContext db,
    ITenantScopeAccessor scope,
    ICaseCatalogue catalogue,
    ICaseDesk cases,
    IApplicationFileStore store,
    ISubmissionSigner signer,
    IFeePayment fees,
    OrganisationDirectory directory,
    IHttpContextAccessor http,
    IOptions<ApplicationOptions> options,
    TimeProvider clock)
{
    public DateOnly Today() => DateOnly.FromDateTime(clock.GetLocalNow().DateTime);

    /// <summary>The application types a migrant may apply for today: those in force with a stamp duty and a decision period.</summary>
    public async Task<IReadOnlyList<CatalogueEntry>> OfferedAsync(CancellationToken cancellationToken = default) =>
        [.. (await catalogue.InForceAsync(Today(), cancellationToken)).Where(e => e.StampDuty is not null && e.DecisionPeriod is not null)];

    public async Task<CatalogueEntry?> EntryAsync(string code, CancellationToken cancellationToken = default) =>
        (await catalogue.InForceAsync(Today(), cancellationToken)).FirstOrDefault(e => e.Type.Code == code);

    public async Task<IReadOnlyList<OnlineApplication>> MineAsync(ClaimsPrincipal owner, CancellationToken cancellationToken = default)
    {
        var list = await Own(owner).AsNoTracking().OrderByDescending(a => a.CreatedAt).ToListAsync(cancellationToken);
        if (list.Count > 0)
        {
            await db.AuditNowAsync(new AuditRecord(AuditAction.Read, nameof(OnlineApplication), "", Details: string.Create(CultureInfo.InvariantCulture, $"{list.Count} own")), cancellationToken);
        }

        return list;
    }

    /// <summary>Opens one of the owner's applications with its files; the read goes to the audit trail.</summary>
    public async Task<OnlineApplication?> OpenAsync(Guid id, ClaimsPrincipal owner, CancellationToken cancellationToken = default)
    {
        var application = await Own(owner).AsNoTracking().Include(a => a.Files).FirstOrDefaultAsync(a => a.Id == id, cancellationToken);
        if (application is not null)
        {
            await db.AuditNowAsync(new AuditRecord(AuditAction.Read, nameof(OnlineApplication), id.ToString()), cancellationToken);
        }

        return application;
    }

    public async Task<ApplicationOutcome> StartAsync(string? typeCode, ClaimsPrincipal owner, FieldErrors errors, CancellationToken cancellationToken = default)
    {
        if (string.IsNullOrWhiteSpace(typeCode))
        {
            errors.Add("applicationType", "This field is required.");
            return new ApplicationOutcome.Invalid();
        }

        if ((await OfferedAsync(cancellationToken)).FirstOrDefault(e => e.Type.Code == typeCode.Trim()) is not { } entry)
        {
            errors.Add("applicationType", "There is no such application type in the catalogue for that day.");
            return new ApplicationOutcome.Invalid();
        }

        if (owner.GetUserId() is not { } me || await ReceivingUnitAsync(cancellationToken) is not { } unit)
        {
            return new ApplicationOutcome.NotOffered();
        }

        var now = clock.GetUtcNow().UtcDateTime;
        var application = new OnlineApplication
        {
            TenantId = scope.Current.TenantId,
            OrganisationId = unit,
            OwnerUserId = me,
            ApplicationType = entry.Type.Code,
            State = ApplicationState.Draft,
            Version = 1,
            CreatedAt = now,
            UpdatedAt = now,
        };
        db.Add(application);
        await db.SaveChangesAsync(cancellationToken);
        return new ApplicationOutcome.Saved(application);
    }

    public async Task<ApplicationOutcome> SaveStepAsync(Guid id, string step, ApplicationStepRequest request, ClaimsPrincipal owner, FieldErrors errors, CancellationToken cancellationToken = default)
    {
        if (request.Version is null)
        {
            errors.Add("version", "Give the version of the application you read; it stops two tabs overwriting each other.");
            return new ApplicationOutcome.Invalid();
        }

        // A step belongs to the type's form: the employer's fields are not written on an application for studies.
        var type = await Own(owner).Where(a => a.Id == id).Select(a => a.ApplicationType).FirstOrDefaultAsync(cancellationToken);
        if (type is not null && await EntryAsync(type, cancellationToken) is { } entry
            && !ApplicationSteps.For(ApplicationPurposes.Of(entry)).Contains(step, StringComparer.Ordinal))
        {
            errors.Add("step", "There is no such step in this application.");
            return new ApplicationOutcome.Invalid();
        }

        if (ApplicationStepReader.Read(step, request, errors, Today()) is not { } change)
        {
            return new ApplicationOutcome.Invalid();
        }

        return await ChangeAsync(id, request.Version.Value, owner, change.Apply, cancellationToken);
    }

    /// <summary>Fills the personal data from a passport's machine-readable zone; a zone with errors fills nothing and its errors are given.</summary>
    public async Task<ApplicationOutcome> FillFromMrzAsync(Guid id, int? version, string? mrz, ClaimsPrincipal owner, FieldErrors errors, CancellationToken cancellationToken = default)
    {
        if (version is null)
        {
            errors.Add("version", "Give the version of the application you read; it stops two tabs overwriting each other.");
            return new ApplicationOutcome.Invalid();
        }

        var result = Mrz.Parse(mrz);
        if (!result.Valid)
        {
            errors.Add("mrz", "The machine-readable zone could not be read; nothing was filled in. What is wrong with it:");
            foreach (var error in result.Errors)
            {
                errors.AddTranslated("mrz", MrzErrorLine(error));
            }

            return new ApplicationOutcome.Invalid();
        }

        var today = Today();
        var fields = result.Fields;
        return await ChangeAsync(id, version.Value, owner, a =>
        {
            a.Surname = fields.Surname.Length > 0 ? fields.Surname : null;
            a.GivenNames = fields.GivenNames.Length > 0 ? fields.GivenNames : null;
            a.BirthDate = MrzDates.BirthDate(fields.BirthDate, today);
            a.Sex = fields.Sex is "F" or "M" ? fields.Sex : "X";
            a.Citizenship = fields.Nationality;
            a.PassportNumber = fields.DocumentNumber.Length is > 0 and <= OnlineApplication.MaxPassportLength ? fields.DocumentNumber : null;
            a.PassportExpiresOn = MrzDates.ExpiryDate(fields.ExpiryDate, today);
        }, cancellationToken);
    }

    // The reader's own words (English, as the MRZ library states them), with where in the zone.
    private static string MrzErrorLine(MrzError error) => error.Line is { } line
        ? string.Create(CultureInfo.InvariantCulture, $"{error.Field} ({line}:{error.Position}): {error.Message}")
        : $"{error.Field}: {error.Message}";

    public async Task<ApplicationOutcome> UploadAsync(
        Guid id, string? documentCode, string? fileName, byte[] content, ClaimsPrincipal owner, FieldErrors errors, CancellationToken cancellationToken = default)
    {
        var application = await Own(owner).Include(a => a.Files).FirstOrDefaultAsync(a => a.Id == id, cancellationToken);
        if (application is null)
        {
            return new ApplicationOutcome.NotFound();
        }

        if (application.IsReadOnly)
        {
            return new ApplicationOutcome.ReadOnly(application.CaseNumber);
        }

        var entry = await EntryAsync(application.ApplicationType, cancellationToken);
        var code = documentCode?.Trim();
        if (entry is null || string.IsNullOrEmpty(code) || entry.Documents.All(d => d.Code != code))
        {
            errors.Add("document", "This application type asks for no such document.");
            return new ApplicationOutcome.Invalid();
        }

        if (application.Files.Count >= options.Value.MaxFiles)
        {
            errors.Add("file", "An application takes at most {0} files.", options.Value.MaxFiles);
            return new ApplicationOutcome.Invalid();
        }

        if (UploadCheck.Accept(content, options.Value.MaxFileBytes, "file", errors) is not { } accepted)
        {
            return new ApplicationOutcome.Invalid();
        }

        var fileId = Guid.CreateVersion7();
        var key = await store.SaveAsync(application.TenantId, application.Id, fileId, content, cancellationToken);
        var file = new ApplicationFile
        {
            Id = fileId,
            ApplicationId = application.Id,
            DocumentCode = code,
            FileName = UploadCheck.CleanName(fileName, accepted.Kind, ApplicationFile.MaxFileNameLength),
            ContentType = accepted.ContentType,
            Size = content.Length,
            Sha256 = Convert.ToHexStringLower(SHA256.HashData(content)),
            StorageKey = key,
            UploadedAt = clock.GetUtcNow().UtcDateTime,
        };
        try
        {
            db.Add(file);
            application.UpdatedAt = file.UploadedAt;
            await db.SaveChangesAsync(cancellationToken);
        }
        catch
        {
            // The row did not save: the stored file would be an orphan nobody lists.
            await store.DeleteAsync(key, CancellationToken.None);
            throw;
        }

        return new ApplicationOutcome.Saved(application);
    }

    public async Task<ApplicationOutcome> RemoveFileAsync(Guid id, Guid fileId, ClaimsPrincipal owner, CancellationToken cancellationToken = default)
    {
        var application = await Own(owner).Include(a => a.Files).FirstOrDefaultAsync(a => a.Id == id, cancellationToken);
        if (application?.Files.FirstOrDefault(f => f.Id == fileId) is not { } file)
        {
            return new ApplicationOutcome.NotFound();
        }

        if (application.IsReadOnly)
        {
            return new ApplicationOutcome.ReadOnly(application.CaseNumber);
        }

        db.Remove(file);
        application.UpdatedAt = clock.GetUtcNow().UtcDateTime;
        await db.SaveChangesAsync(cancellationToken);
        await store.DeleteAsync(file.StorageKey, cancellationToken);
        return new ApplicationOutcome.Saved(application);
    }

    public async Task<Stream?> OpenFileAsync(OnlineApplication application, Guid fileId, CancellationToken cancellationToken = default) =>
        application.Files.FirstOrDefault(f => f.Id == fileId) is { } file ? await store.OpenAsync(file.StorageKey, cancellationToken) : null;

    public async Task<ApplicationChecklist?> ChecklistAsync(OnlineApplication application, CancellationToken cancellationToken = default) =>
        await EntryAsync(application.ApplicationType, cancellationToken) is { } entry ? ApplicationChecklist.For(application, entry, Today()) : null;

    /// <summary>
    /// Signs and files the application: checks it is complete, takes the signature and the fee, registers
    /// the case (the office's case, the migrant's account as applicant) and records the fee paid on it.
    /// An application submitted already answers with its case again: a retried submission is one case.
    /// </summary>
    public async Task<SubmitOutcome> SubmitAsync(
        Guid id, int? version, string? submissionKey, string? confirmation, FeeStatement fee, ClaimsPrincipal owner, FieldErrors errors, CancellationToken cancellationToken = default)
    {
        var application = await Own(owner).Include(a => a.Files).FirstOrDefaultAsync(a => a.Id == id, cancellationToken);
        if (application is null)
        {
            return new SubmitOutcome.NotFound();
        }

        switch (application.State)
        {
            case ApplicationState.Submitted:
                return new SubmitOutcome.Submitted(application, Repeated: true);
            case ApplicationState.AwaitingEmployerAnnex:
                return new SubmitOutcome.AwaitingEmployerAnnex();
            case ApplicationState.Draft:
                break;
        }

        if (version is null)
        {
            errors.Add("version", "Give the version of the application you read; it stops two tabs overwriting each other.");
            return new SubmitOutcome.Invalid();
        }

        if (application.Version != version)
        {
            return new SubmitOutcome.Stale(application.Version);
        }

        var today = Today();
        var entry = await EntryAsync(application.ApplicationType, cancellationToken);
        if (entry?.StampDuty is null)
        {
            return new SubmitOutcome.NotOffered();
        }

        var checklist = ApplicationChecklist.For(application, entry, today);
        if (!checklist.IsComplete)
        {
            return new SubmitOutcome.Incomplete(checklist);
        }

        var payment = await fees.RecordAsync(fee, entry.StampDuty.AmountPln, today, errors, cancellationToken);
        if (payment is null)
        {
            return new SubmitOutcome.Invalid();
        }

        switch (await signer.SignAsync(owner, confirmation, cancellationToken))
        {
            case SignatureOutcome.NoSecondFactor:
                return new SubmitOutcome.NeedsSecondFactor();
            case SignatureOutcome.Refused:
                errors.Add("code", "The code is wrong or has expired.");
                return new SubmitOutcome.Invalid();
            case SignatureOutcome.Signed signed:
                application.SignatureMethod = signed.Method;
                break;
        }

        // Claim the application first: of two submissions at once only one raises the version, the other is stale.
        var now = clock.GetUtcNow().UtcDateTime;
        application.SubmissionKey = submissionKey is { Length: > 0 and <= OnlineApplication.MaxSubmissionKeyLength } ? submissionKey : null;
        application.Touch(now);
        if (await TrySaveAsync(application, cancellationToken) is { } stale)
        {
            return new SubmitOutcome.Stale(stale);
        }

        var registered = await AsOfficeAsync(application, async () =>
        {
            var outcome = await cases.RegisterAsync(
                new NewCase(application.ApplicationType, application.Surname!, application.GivenNames!, application.BirthDate!.Value, application.Citizenship!,
                    application.PassportNumber, today, ApplicantUserId: application.OwnerUserId, Sex: application.Sex is "F" or "M" or "X" ? application.Sex : null),
                application.OrganisationId, owner, cancellationToken);
            if (outcome is not RegisterOutcome.Registered { Case: var @case })
            {
                return null;
            }

            if (payment.Method == FeeMethod.Transfer)
            {
                // The office receives the proof with the application: the fee counts as paid on the day of submission
                // (a case's facts cannot predate it); the transfer's own date and reference go with it as the note.
                var note = string.Create(CultureInfo.InvariantCulture, $"{payment.Reference} ({payment.PaidOn:yyyy-MM-dd})");
                await cases.ActAsync(@case.Number, CaseAction.RecordFee, @case.Version, new CaseActionInput { On = today, Reason = note }, owner, cancellationToken);
            }

            return @case.Number;
        });
        if (registered is null)
        {
            return new SubmitOutcome.NotOffered();
        }

        application.State = ApplicationState.Submitted;
        application.CaseNumber = registered;
        application.SubmittedAt = now;
        application.FeeMethod = payment.Method;
        application.FeeReference = payment.Reference;
        application.FeePaidOn = payment.PaidOn;
        application.FeeAmountPln = payment.AmountPln;
        application.Touch(now);
        await db.SaveChangesAsync(cancellationToken);
        return new SubmitOutcome.Submitted(application, Repeated: false);
    }

    private async Task<ApplicationOutcome> ChangeAsync(Guid id, int version, ClaimsPrincipal owner, Action<OnlineApplication> change, CancellationToken cancellationToken)
    {
        var application = await Own(owner).Include(a => a.Files).FirstOrDefaultAsync(a => a.Id == id, cancellationToken);
        if (application is null)
        {
            return new ApplicationOutcome.NotFound();
        }

        if (application.IsReadOnly)
        {
            return new ApplicationOutcome.ReadOnly(application.CaseNumber);
        }

        if (application.Version != version)
        {
            return new ApplicationOutcome.Stale(application.Version);
        }

        change(application);
        application.Touch(clock.GetUtcNow().UtcDateTime);
        return await TrySaveAsync(application, cancellationToken) is { } current
            ? new ApplicationOutcome.Stale(current)
            : new ApplicationOutcome.Saved(application);
    }

    /// <summary>Saves; on a concurrent change, nothing of ours is written and the current version is given.</summary>
    private async Task<int?> TrySaveAsync(OnlineApplication application, CancellationToken cancellationToken)
    {
        try
        {
            await db.SaveChangesAsync(cancellationToken);
            return null;
        }
        catch (DbUpdateConcurrencyException)
        {
            db.ChangeTracker.Clear();
            return await db.Set<OnlineApplication>().IgnoreQueryFilters().AsNoTracking().Where(a => a.Id == application.Id).Select(a => a.Version).FirstAsync(cancellationToken);
        }
    }

    /// <summary>
    /// The migrant's scope sees no office records; registering the case and recording its fee are the
    /// office's acts on the migrant's behalf, so they run in the receiving unit's scope.
    /// </summary>
    private async Task<T> AsOfficeAsync<T>(OnlineApplication application, Func<Task<T>> act)
    {
        var context = http.HttpContext;
        if (context is null)
        {
            return await act();
        }

        var snapshot = await directory.GetAsync(context.RequestAborted);
        var units = snapshot.Organisations.Where(o => o.TenantId == application.TenantId && o.Kind == OrganisationKind.OfficeUnit).Select(o => o.Id).ToList();
        var previous = context.Features.Get<TenantScope>();
        context.Features.Set(new TenantScope(application.TenantId, false, units));
        try
        {
            return await act();
        }
        finally
        {
            context.Features.Set(previous);
        }
    }

    private async Task<Guid?> ReceivingUnitAsync(CancellationToken cancellationToken)
    {
        var tenantId = scope.Current.TenantId;
        var units = (await directory.GetAsync(cancellationToken)).Organisations
            .Where(o => o.TenantId == tenantId && o.Kind == OrganisationKind.OfficeUnit)
            .OrderBy(o => o.Name, StringComparer.Ordinal)
            .ToList();
        var named = options.Value.ReceivingUnit;
        return (string.IsNullOrWhiteSpace(named) ? units.FirstOrDefault() : units.FirstOrDefault(u => u.Name == named))?.Id;
    }

    // The migrant's scope sees no office unit's records, so the owner and the tenant are the filter here.
    private IQueryable<OnlineApplication> Own(ClaimsPrincipal owner)
    {
        var me = owner.GetUserId() ?? Guid.Empty;
        var tenantId = scope.Current.TenantId;
        return db.TenantRowsOf<OnlineApplication>(tenantId).Where(a => a.OwnerUserId == me);
    }
}
