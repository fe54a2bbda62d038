using System.Security.Claims;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Authentication;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Pathway.Platform.Identity;
using Pathway.Platform.Persistence;

namespace Pathway.Platform.ApiKeys;

/// <summary>Authenticates machine clients by the <c>X-Api-Key</c> header.</summary>
public sealed class ApiKeyAuthenticationHandler(
    IOptionsMonitor<AuthenticationSchemeOptions> options,
    ILoggerFactory logger,
    UrlEncoder encoder,
    PathwayDbContext db,
    TimeProvider clock)
    : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    public const string SchemeName = "ApiKey";
    public const string HeaderName = "X-Api-Key";

    protected override async Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        if (!Request.Headers.TryGetValue(HeaderName, out var values) || string.IsNullOrWhiteSpace(values.ToString()))
        {
            return AuthenticateResult.NoResult();
        }

        var presented = values.ToString().Trim();
        var prefix = ApiKeySecret.PrefixOf(presented);
        if (prefix is null)
        {
            return AuthenticateResult.Fail("The API key is malformed.");
        }

        var key = await db.ApiKeys.IgnoreQueryFilters().FirstOrDefaultAsync(k => k.Prefix == prefix, Context.RequestAborted);
        var now = clock.GetUtcNow().UtcDateTime;
        if (key is null || !ApiKeySecret.Matches(presented, key.SecretHash))
        {
            return AuthenticateResult.Fail("The API key is not known.");
        }

        if (!key.IsActive(now))
        {
            return AuthenticateResult.Fail(key.RevokedAt is null ? "The API key has expired." : "The API key was revoked.");
        }

        // Record use at most every few minutes: a busy reader should not write on every call.
        if (key.LastUsedAt is null || now - key.LastUsedAt > TimeSpan.FromMinutes(5))
        {
            await db.ApiKeys.Where(k => k.Id == key.Id).ExecuteUpdateAsync(s => s.SetProperty(k => k.LastUsedAt, now), Context.RequestAborted);
        }

        var claims = new List<Claim>
        {
            new(ClaimTypes.NameIdentifier, key.Id.ToString()),
            new(ClaimTypes.Name, $"apikey:{key.Name}"),
            new(PathwayClaims.ApiKeyId, key.Id.ToString()),
            new(PathwayClaims.TenantId, key.TenantId.ToString()),
            new(PathwayClaims.OrganisationId, key.OrganisationId.ToString()),
        };
        claims.AddRange(key.ScopeList.Select(scope => new Claim(PathwayClaims.ApiKeyScope, scope)));
        var principal = new ClaimsPrincipal(new ClaimsIdentity(claims, SchemeName));
        return AuthenticateResult.Success(new AuthenticationTicket(principal, SchemeName));
    }
}
