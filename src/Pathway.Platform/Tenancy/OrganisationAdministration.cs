using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Pathway.Platform.Audit;
using Pathway.Platform.Localization;
using Pathway.Platform.Persistence;

namespace Pathway.Platform.Tenancy;

/// <summary>
/// What an administrator keeps about the office's organisations, from the admin page and the API
/// alike: for now the voivodeship each serves, which statistics count by. Every change is audited
/// and the cached <see cref="OrganisationDirectory"/> is read again.
/// </summary>
public sealed class OrganisationAdministration(PathwayDbContext db, OrganisationDirectory directory, IStringLocalizer<Text> text)
{
    public const string VoivodeshipField = "voivodeship";

    public async Task<IReadOnlyList<OrganisationView>> ListAsync(Guid tenantId, CancellationToken cancellationToken = default) =>
        [.. (await db.Organisations.AsNoTracking().Where(o => o.TenantId == tenantId).ToListAsync(cancellationToken))
            .OrderBy(o => o.Kind).ThenBy(o => o.Name, StringComparer.CurrentCulture).Select(OrganisationView.Of)];

    /// <summary>Sets the voivodeship of <paramref name="organisationId"/>, one of the caller's office; an empty code clears it.</summary>
    public async Task<VoivodeshipOutcome> SetVoivodeshipAsync(Guid tenantId, Guid organisationId, string? code, CancellationToken cancellationToken = default)
    {
        var wanted = string.IsNullOrWhiteSpace(code) ? null : code.Trim();
        var organisation = await db.Organisations.SingleOrDefaultAsync(o => o.Id == organisationId && o.TenantId == tenantId, cancellationToken);
        if (organisation is null)
        {
            return new VoivodeshipOutcome.NotFound();
        }

        if (wanted is not null && !Voivodeships.IsKnown(wanted))
        {
            var errors = new FieldErrors(text);
            errors.Add(VoivodeshipField, "Choose a voivodeship from the list.");
            return new VoivodeshipOutcome.Invalid(errors.ToDictionary());
        }

        if (organisation.Voivodeship != wanted)
        {
            var before = organisation.Voivodeship;
            organisation.Voivodeship = wanted;
            db.Audit(new AuditRecord(AuditAction.Update, nameof(Organisation), organisation.Id.ToString(),
                Details: $"voivodeship set to {wanted ?? "none"} (was {before ?? "none"})"));
            await db.SaveChangesAsync(cancellationToken);
            directory.Invalidate();
        }

        return new VoivodeshipOutcome.Saved(OrganisationView.Of(organisation));
    }
}
