using System.Security.Claims;
using Pathway.Platform.Identity;
using Pathway.Platform.Tenancy;

namespace Pathway.Platform.Tests;

public sealed class TenantScopeTests
{
    private static readonly Guid TenantId = Guid.NewGuid();
    private static readonly Organisation Office = new() { Id = Guid.NewGuid(), TenantId = TenantId, Name = "Residence", Kind = OrganisationKind.OfficeUnit };
    private static readonly Organisation Desk = new() { Id = Guid.NewGuid(), TenantId = TenantId, Name = "Front desk", Kind = OrganisationKind.OfficeUnit };
    private static readonly Organisation Ngo = new() { Id = Guid.NewGuid(), TenantId = TenantId, Name = "NGO", Kind = OrganisationKind.PartnerNgo };
    private static readonly OrganisationDirectory.Snapshot Directory =
        new([new Tenant { Id = TenantId, Slug = "t", Name = "T" }], [Office, Desk, Ngo], DateTimeOffset.UtcNow);

    private static ClaimsPrincipal StaffOf(Organisation organisation) => new(new ClaimsIdentity(
        [new Claim(PathwayClaims.TenantId, TenantId.ToString()), new Claim(PathwayClaims.OrganisationId, organisation.Id.ToString())], "test"));

    [Fact]
    public void Resolve_OfficeStaff_SeeAllOfficeUnitsButNotTheNgo()
    {
        var scope = HttpTenantScopeAccessor.Resolve(StaffOf(Office), Directory);
        scope.OrganisationIds.ShouldBe([Office.Id, Desk.Id], ignoreOrder: true);
    }

    [Fact]
    public void Resolve_NgoStaff_SeeOnlyTheirOrganisation() =>
        HttpTenantScopeAccessor.Resolve(StaffOf(Ngo), Directory).OrganisationIds.ShouldBe([Ngo.Id]);

    [Fact]
    public void Resolve_Anonymous_SeesNoOrganisation()
    {
        var scope = HttpTenantScopeAccessor.Resolve(new ClaimsPrincipal(new ClaimsIdentity()), Directory);
        scope.TenantId.ShouldBe(TenantId);
        scope.OrganisationIds.ShouldBeEmpty();
        scope.AllOrganisations.ShouldBeFalse();
    }

    [Fact]
    public void Resolve_OrganisationOfAnotherTenant_SeesNothing()
    {
        var foreign = new ClaimsPrincipal(new ClaimsIdentity(
            [new Claim(PathwayClaims.TenantId, Guid.NewGuid().ToString()), new Claim(PathwayClaims.OrganisationId, Office.Id.ToString())], "test"));
        HttpTenantScopeAccessor.Resolve(foreign, Directory).OrganisationIds.ShouldBeEmpty();
    }

    [Fact]
    public void Resolve_Anonymous_IsInTheOfficeTheAddressNames_ASignedInPersonInTheirOwn()
    {
        var other = Guid.NewGuid();
        HttpTenantScopeAccessor.Resolve(new ClaimsPrincipal(new ClaimsIdentity()), Directory, hostTenant: other).TenantId.ShouldBe(other);
        HttpTenantScopeAccessor.Resolve(StaffOf(Office), Directory, hostTenant: other).TenantId.ShouldBe(TenantId);
    }

    [Fact]
    public void TenantHosts_NameAnOfficeByItsSlug_WhateverTheLetterCase()
    {
        var hosts = new TenantHosts { Hosts = new(StringComparer.OrdinalIgnoreCase) { ["portal.t.example"] = "t", ["portal.gone.example"] = "gone" } };
        hosts.TenantOf("Portal.T.Example", Directory).ShouldBe(TenantId);
        hosts.TenantOf("portal.gone.example", Directory).ShouldBeNull("no office has that slug");
        hosts.TenantOf("localhost", Directory).ShouldBeNull();
        hosts.TenantOf("", Directory).ShouldBeNull();
    }
}
