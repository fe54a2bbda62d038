using System.Globalization;
using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Pathway.Platform.Audit;
using Pathway.Platform.Persistence;
using Pathway.Platform.Tenancy;
using Pathway.Support.Languages;

namespace Pathway.Support.Beneficiaries;

/// <summary>A service as a form or the API sends it: delivered (with its day) or planned (with the day it is due).</summary>
public sealed record ServiceInput(
    ServiceKind? Kind, ServiceStatus? Status, DateOnly? DueOn, DateOnly? DeliveredOn, string? Provider, int? Minutes, string? Outcome,
    string? LanguageFrom, string? LanguageTo, string? Project, bool DayUnreadable = false);

public enum ServiceProblem
{
    KindMissing,
    StatusMissing,
    DueMissing,
    DueInPast,
    DeliveredMissing,
    DeliveredInFuture,
    ProviderMissing,
    TooLong,
    MinutesOutOfRange,
    LanguagesMissing,
    CaseNotFound,
    ServiceNotFound,
    NotPlanned,
    CaseClosed,
}

public sealed record ServiceRefusal(ServiceProblem Problem, string Field);

/// <summary>A planned service whose day has passed, with the case it belongs to.</summary>
public sealed record OverdueService(SupportService Service, Guid BeneficiaryId, string Number, string Name, int DaysOverdue);

/// <summary>
/// The services of a support case: recorded as delivered or planned, a planned one marked delivered
/// when it happens, and the list of planned ones whose day has passed. Through the case, so that
/// only its team and the organisation's supervisors see or change them; every change is audited and
/// told to statistics (<see cref="SupportService.Told"/>) in the same save.
/// </summary>
public sealed class ServiceLog(PathwayDbContext db, BeneficiaryDesk cases, ITenantScopeAccessor scope, OrganisationDirectory directory, TimeProvider clock)
{
    public Task<DateOnly> TodayAsync(CancellationToken cancellationToken = default) => directory.TodayOfAsync(scope.Current.TenantId, cancellationToken);

    /// <summary>The tenant of a case the caller may open: a record of the case is sealed under its key.</summary>
    internal static Task<Guid> TenantOfAsync(PathwayDbContext db, Guid beneficiaryId, CancellationToken cancellationToken) =>
        db.Set<Beneficiary>().Where(b => b.Id == beneficiaryId).Select(b => b.TenantId).SingleAsync(cancellationToken);

    /// <summary>The case's services, the latest first; null when the user may not open the case.</summary>
    public async Task<IReadOnlyList<SupportService>?> ListAsync(Guid beneficiaryId, ClaimsPrincipal user, CancellationToken cancellationToken = default)
    {
        if (!await cases.Visible(user).AnyAsync(b => b.Id == beneficiaryId, cancellationToken))
        {
            return null;
        }

        return await db.Set<SupportService>().AsNoTracking().Where(s => s.BeneficiaryId == beneficiaryId)
            .OrderByDescending(s => s.DeliveredOn ?? s.DueOn).ThenByDescending(s => s.RecordedAt).ToListAsync(cancellationToken);
    }

    public async Task<(SupportService? Service, IReadOnlyList<ServiceRefusal> Problems)> RecordAsync(
        Guid beneficiaryId, ServiceInput input, ClaimsPrincipal user, CancellationToken cancellationToken = default)
    {
        switch (await cases.IsClosedAsync(beneficiaryId, user, cancellationToken))
        {
            case null:
                return (null, [new ServiceRefusal(ServiceProblem.CaseNotFound, "beneficiary")]);
            case true:
                return (null, [new ServiceRefusal(ServiceProblem.CaseClosed, "beneficiary")]);
        }

        var today = await TodayAsync(cancellationToken);
        var problems = Check(input, today);
        if (problems.Count > 0)
        {
            return (null, problems);
        }

        var interpreting = input.Kind == ServiceKind.Interpreting;
        var service = new SupportService
        {
            TenantId = await TenantOfAsync(db, beneficiaryId, cancellationToken),
            BeneficiaryId = beneficiaryId,
            Kind = input.Kind!.Value,
            Status = input.Status!.Value,
            DueOn = input.Status == ServiceStatus.Planned ? input.DueOn : null,
            DeliveredOn = input.Status == ServiceStatus.Delivered ? input.DeliveredOn : null,
            Provider = input.Provider!.Trim(),
            Minutes = input.Minutes,
            Outcome = Blank(input.Outcome),
            LanguageFrom = interpreting ? input.LanguageFrom!.Trim().ToLowerInvariant() : null,
            LanguageTo = interpreting ? input.LanguageTo!.Trim().ToLowerInvariant() : null,
            Project = Blank(input.Project),
            RecordedAt = clock.GetUtcNow().UtcDateTime,
            RecordedBy = user.Identity?.Name ?? "?",
        };
        service.Told(await ServiceOwner.OfAsync(db, service.TenantId, beneficiaryId, cancellationToken));
        db.Add(service);
        db.Audit(new AuditRecord(AuditAction.Create, nameof(SupportService), service.Id.ToString(), Details: string.Create(
            CultureInfo.InvariantCulture, $"case {beneficiaryId}: {service.Kind} {service.Status}")));
        await db.SaveChangesAsync(cancellationToken);
        return (service, []);
    }

    /// <summary>Marks a planned service delivered on a day (not after today), with its length and outcome.</summary>
    public async Task<(SupportService? Service, IReadOnlyList<ServiceRefusal> Problems)> DeliverAsync(
        Guid beneficiaryId, Guid serviceId, DateOnly? deliveredOn, int? minutes, string? outcome, ClaimsPrincipal user, CancellationToken cancellationToken = default)
    {
        switch (await cases.IsClosedAsync(beneficiaryId, user, cancellationToken))
        {
            case null:
                return (null, [new ServiceRefusal(ServiceProblem.CaseNotFound, "beneficiary")]);
            case true:
                return (null, [new ServiceRefusal(ServiceProblem.CaseClosed, "beneficiary")]);
        }

        var service = await db.Set<SupportService>().FirstOrDefaultAsync(s => s.Id == serviceId && s.BeneficiaryId == beneficiaryId, cancellationToken);
        if (service is null)
        {
            return (null, [new ServiceRefusal(ServiceProblem.ServiceNotFound, "service")]);
        }

        if (service.Status != ServiceStatus.Planned)
        {
            return (null, [new ServiceRefusal(ServiceProblem.NotPlanned, "service")]);
        }

        var problems = new List<ServiceRefusal>();
        Delivered(deliveredOn, await TodayAsync(cancellationToken), problems);
        Length(minutes, outcome, problems);
        if (problems.Count > 0)
        {
            return (null, problems);
        }

        service.Status = ServiceStatus.Delivered;
        service.DeliveredOn = deliveredOn;
        service.Minutes = minutes;
        service.Outcome = Blank(outcome);
        service.Told(await ServiceOwner.OfAsync(db, service.TenantId, beneficiaryId, cancellationToken));
        db.Audit(new AuditRecord(AuditAction.Update, nameof(SupportService), service.Id.ToString(), Details: "delivered"));
        await db.SaveChangesAsync(cancellationToken);
        return (service, []);
    }

    /// <summary>The planned services whose day has passed, of the cases the user may open, the longest overdue first.</summary>
    public async Task<IReadOnlyList<OverdueService>> OverdueAsync(ClaimsPrincipal user, CancellationToken cancellationToken = default)
    {
        var today = await TodayAsync(cancellationToken);
        var visible = cases.Visible(user);
        var rows = await db.Set<SupportService>().AsNoTracking()
            .Where(s => s.Status == ServiceStatus.Planned && s.DueOn < today)
            .Join(visible, s => s.BeneficiaryId, b => b.Id, (s, b) => new { Service = s, b.Id, b.Number, b.GivenNames, b.Surname })
            .OrderBy(r => r.Service.DueOn).Take(500).ToListAsync(cancellationToken);
        return [.. rows.Select(r => new OverdueService(r.Service, r.Id, r.Number, $"{r.GivenNames} {r.Surname}", today.DayNumber - r.Service.DueOn!.Value.DayNumber))];
    }

    private static List<ServiceRefusal> Check(ServiceInput input, DateOnly today)
    {
        var problems = new List<ServiceRefusal>();
        if (input.Kind is not { } kind || !Enum.IsDefined(kind))
        {
            problems.Add(new ServiceRefusal(ServiceProblem.KindMissing, "kind"));
        }

        switch (input.Status)
        {
            case ServiceStatus.Planned when input.DayUnreadable || input.DueOn is null:
                problems.Add(new ServiceRefusal(ServiceProblem.DueMissing, "dueOn"));
                break;
            case ServiceStatus.Planned when input.DueOn < today:
                problems.Add(new ServiceRefusal(ServiceProblem.DueInPast, "dueOn"));
                break;
            case ServiceStatus.Planned:
                break;
            case ServiceStatus.Delivered:
                Delivered(input.DayUnreadable ? null : input.DeliveredOn, today, problems);
                break;
            default:
                problems.Add(new ServiceRefusal(ServiceProblem.StatusMissing, "status"));
                break;
        }

        if (string.IsNullOrWhiteSpace(input.Provider))
        {
            problems.Add(new ServiceRefusal(ServiceProblem.ProviderMissing, "provider"));
        }
        else if (input.Provider.Trim().Length > SupportService.MaxTextLength)
        {
            problems.Add(new ServiceRefusal(ServiceProblem.TooLong, "provider"));
        }

        Length(input.Minutes, input.Outcome, problems);
        if (input.Kind == ServiceKind.Interpreting)
        {
            var from = input.LanguageFrom?.Trim().ToLowerInvariant();
            var to = input.LanguageTo?.Trim().ToLowerInvariant();
            if (!LanguageNames.IsKnown(from) || !LanguageNames.IsKnown(to) || from == to)
            {
                problems.Add(new ServiceRefusal(ServiceProblem.LanguagesMissing, "languageTo"));
            }
        }

        if (input.Project?.Trim().Length > 64)
        {
            problems.Add(new ServiceRefusal(ServiceProblem.TooLong, "project"));
        }

        return problems;
    }

    private static void Delivered(DateOnly? deliveredOn, DateOnly today, List<ServiceRefusal> problems)
    {
        if (deliveredOn is null)
        {
            problems.Add(new ServiceRefusal(ServiceProblem.DeliveredMissing, "deliveredOn"));
        }
        else if (deliveredOn > today)
        {
            problems.Add(new ServiceRefusal(ServiceProblem.DeliveredInFuture, "deliveredOn"));
        }
    }

    private static void Length(int? minutes, string? outcome, List<ServiceRefusal> problems)
    {
        if (minutes is { } m && (m < 1 || m > SupportService.MaxMinutes))
        {
            problems.Add(new ServiceRefusal(ServiceProblem.MinutesOutOfRange, "minutes"));
        }

        if (outcome?.Trim().Length > SupportService.MaxOutcomeLength)
        {
            problems.Add(new ServiceRefusal(ServiceProblem.TooLong, "outcome"));
        }
    }

    private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
