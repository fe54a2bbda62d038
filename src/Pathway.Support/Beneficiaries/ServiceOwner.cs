using Microsoft.EntityFrameworkCore;
using Pathway.Platform.Persistence;
using Pathway.Platform.Tenancy;

namespace Pathway.Support.Beneficiaries;

/// <summary>What statistics read of the case a service belongs to: its organisation and the person's countable traits, no name.</summary>
public sealed record ServiceOwner(Guid OrganisationId, Guid? PersonId, string? Citizenship, Sex Sex, DateOnly? BirthDate)
{
    public static ServiceOwner Of(Beneficiary beneficiary) =>
        new(beneficiary.OrganisationId, beneficiary.PersonId, beneficiary.Citizenship, beneficiary.Sex, beneficiary.BirthDate);

    /// <summary>The case's traits, read past the organisation filter (the caller has checked who may open it).</summary>
    internal static Task<ServiceOwner> OfAsync(PathwayDbContext db, Guid tenantId, Guid beneficiaryId, CancellationToken cancellationToken) =>
        db.TenantRowsOf<Beneficiary>(tenantId).Where(b => b.Id == beneficiaryId)
            .Select(b => new ServiceOwner(b.OrganisationId, b.PersonId, b.Citizenship, b.Sex, b.BirthDate)).SingleAsync(cancellationToken);
}
