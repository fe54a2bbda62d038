using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Pathway.Cases.Catalogue;
using Pathway.Cases.Workflow;
using Pathway.Platform.Audit;
using Pathway.Platform.Identity;
using Pathway.Platform.Persistence;
using Pathway.Platform.Registry;
using Pathway.Platform.Tenancy;

namespace Pathway.Cases.DecisionSupport;

/// <summary>A case's checklist, or why there is none: no rules for its type.</summary>
public sealed record ChecklistSheet(ResidenceCase Case, DecisionRuleSet? RuleSet, IReadOnlyList<ChecklistLine> Lines);

/// <summary>The tenant's decision rules and the checklists they give.</summary>
/// <remarks>The registry's identity signals come through the platform's <see cref="IIdentitySignals"/>: none registered, the checks say they could not look.</remarks>
internal sealed class DecisionSupportDesk(PathwayDbContext db, ITenantScopeAccessor scope, ICaseCatalogue catalogue, TimeProvider clock, IEnumerable<IIdentitySignals> registries)
{
    public async Task<ChecklistSheet?> ChecklistAsync(string number, CancellationToken cancellationToken)
    {
        var @case = await db.Set<ResidenceCase>().AsNoTracking().Include(c => c.SecurityChecks).FirstOrDefaultAsync(c => c.Number == number, cancellationToken);
        if (@case is null)
        {
            return null;
        }

        await db.AuditNowAsync(new AuditRecord(AuditAction.Read, "DecisionChecklist", @case.Number), cancellationToken);
        var ruleSet = await RulesAsync(@case.ApplicationType, cancellationToken);
        if (ruleSet is null || DecisionRules.Parse(ruleSet.Yaml).Rules is not { } rules)
        {
            return new(@case, ruleSet, []);
        }

        var entry = (await catalogue.InForceAsync(@case.SubmittedOn, cancellationToken)).FirstOrDefault(t => t.Type.Code == @case.ApplicationType);
        var identity = registries.FirstOrDefault() is { } registry
            ? await registry.ForApplicantAsync(@case.PersonId, @case.PassportNumber, @case.ApplicantCitizenship, cancellationToken)
            : null;
        var filed = await FiledAsync(@case, entry, cancellationToken);
        return new(@case, ruleSet, DecisionChecklist.Evaluate(rules, @case, entry, DateOnly.FromDateTime(clock.GetLocalNow().DateTime), identity, filed));
    }

    /// <summary>What the online application behind the case filed, judged by the catalogue of its submission day.</summary>
    private async Task<FiledApplication?> FiledAsync(ResidenceCase @case, CatalogueEntry? entry, CancellationToken cancellationToken)
    {
        var application = await db.Set<Applications.OnlineApplication>().AsNoTracking().Include(a => a.Files)
            .FirstOrDefaultAsync(a => a.CaseNumber == @case.Number, cancellationToken);
        if (application is null || entry is null)
        {
            return null;
        }

        return new FiledApplication(
            [.. Applications.ApplicationChecklist.Required(entry, application, @case.SubmittedOn)],
            application.Files.Select(f => f.DocumentCode).ToHashSet(StringComparer.Ordinal),
            application.PassportExpiresOn);
    }

    public Task<DecisionRuleSet?> RulesAsync(string applicationType, CancellationToken cancellationToken)
    {
        var tenant = scope.Current.TenantId;
        return db.Set<DecisionRuleSet>().AsNoTracking().FirstOrDefaultAsync(r => r.TenantId == tenant && r.ApplicationType == applicationType, cancellationToken);
    }

    /// <summary>Replaces the rules of a type with valid YAML; invalid YAML changes nothing.</summary>
    public async Task<RulesOutcome> ReplaceAsync(string applicationType, string? yaml, ClaimsPrincipal by, CancellationToken cancellationToken)
    {
        var today = DateOnly.FromDateTime(clock.GetLocalNow().DateTime);
        if (!(await catalogue.InForceAsync(today, cancellationToken)).Any(t => t.Type.Code == applicationType))
        {
            return new RulesOutcome.UnknownType();
        }

        if (yaml?.Length > DecisionRuleSet.MaxYamlLength)
        {
            return new RulesOutcome.Invalid(new RulesError(1, 1, "Write at most {0} characters.", [DecisionRuleSet.MaxYamlLength]));
        }

        if (DecisionRules.Parse(yaml).Error is { } error)
        {
            return new RulesOutcome.Invalid(error);
        }

        var tenant = scope.Current.TenantId;
        var ruleSet = await db.Set<DecisionRuleSet>().FirstOrDefaultAsync(r => r.TenantId == tenant && r.ApplicationType == applicationType, cancellationToken);
        if (ruleSet is null)
        {
            ruleSet = new DecisionRuleSet { TenantId = tenant, ApplicationType = applicationType };
            db.Add(ruleSet);
        }

        (ruleSet.Yaml, ruleSet.UpdatedAt, ruleSet.UpdatedBy) = (yaml!, clock.GetUtcNow().UtcDateTime, by.GetUserId());
        await db.SaveChangesAsync(cancellationToken);
        return new RulesOutcome.Saved(ruleSet);
    }
}

/// <summary>What replacing a type's rules gives.</summary>
public abstract record RulesOutcome
{
    public sealed record Saved(DecisionRuleSet RuleSet) : RulesOutcome;

    public sealed record UnknownType : RulesOutcome;

    public sealed record Invalid(RulesError Error) : RulesOutcome;
}
