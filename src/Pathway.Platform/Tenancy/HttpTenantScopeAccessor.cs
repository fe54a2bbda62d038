using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Options;
using Pathway.Platform.Identity;

namespace Pathway.Platform.Tenancy;

/// <summary>
/// The data scope of a web request, worked out once by <see cref="TenantScopeMiddleware"/>:
/// office staff see the records of the office units, NGO staff only their own organisation's,
/// migrants and anonymous visitors no one's.
/// </summary>
public sealed class HttpTenantScopeAccessor(IHttpContextAccessor http, TenantScopeOverride job) : ITenantScopeAccessor
{
    public TenantScope Current =>
        http.HttpContext?.Features.Get<TenantScope>()
        // Outside a request (background work) there is no caller to limit, unless the job works for one office.
        ?? (http.HttpContext is null ? job.Scope ?? TenantScope.System : throw new InvalidOperationException("The tenant scope is not resolved yet for this request."));

    /// <summary>The scope of <paramref name="user"/>: their own office when signed in, else the one the address names (<paramref name="hostTenant"/>) or the first.</summary>
    public static TenantScope Resolve(System.Security.Claims.ClaimsPrincipal user, OrganisationDirectory.Snapshot directory, Guid? hostTenant = null)
    {
        var tenantId = user.GetTenantId() ?? hostTenant ?? directory.Tenants.FirstOrDefault()?.Id ?? Guid.Empty;
        var organisation = user.GetOrganisationId();
        if (organisation is null)
        {
            return TenantScope.Anonymous(tenantId);
        }

        var own = directory.Organisations.FirstOrDefault(o => o.Id == organisation);
        if (own is null || own.TenantId != tenantId)
        {
            return TenantScope.Anonymous(tenantId);
        }

        var visible = own.Kind switch
        {
            OrganisationKind.OfficeUnit => directory.Organisations.Where(o => o.TenantId == tenantId && o.Kind == OrganisationKind.OfficeUnit).Select(o => o.Id).ToList(),
            OrganisationKind.PartnerNgo => [own.Id],
        };
        return new TenantScope(tenantId, false, visible);
    }
}

public sealed class TenantScopeMiddleware(RequestDelegate next)
{
    public async Task InvokeAsync(HttpContext context, OrganisationDirectory directory, IOptions<TenantHosts> hosts)
    {
        var snapshot = await directory.GetAsync(context.RequestAborted);
        var scope = HttpTenantScopeAccessor.Resolve(context.User, snapshot, hosts.Value.TenantOf(context.Request.Host.Host, snapshot));
        context.Features.Set(scope);
        // The office itself (its branding and features), for the layouts and the feature gate.
        if (snapshot.Tenants.FirstOrDefault(t => t.Id == scope.TenantId) is { } tenant)
        {
            context.Features.Set(tenant);
        }

        await next(context);
    }
}
