using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.StaticAssets;
using Pathway.Platform.Identity;

namespace Pathway.Web.Hosting;

/// <summary>
/// Checks the sign-in cookie against the account on every request. Locking an account, resetting its
/// two-factor sign-in or changing its roles changes the security stamp, and the administrator is told
/// the user is signed out everywhere: that must hold at the user's very next click, not after
/// Identity's default half hour. Every request, not only those reading personal data, because every
/// staff page shows some and a narrower rule would be one more thing to keep right; the cost is one
/// look-up of a user by primary key, small next to what a page reads anyway. Unlike Identity's
/// SecurityStampValidator with a zero interval, a valid cookie is left as it is: no new cookie on
/// every response, and the "amr" claim of a two-factor sign-in is kept. Static assets (stylesheets,
/// scripts, images from MapStaticAssets) are the exception: they show nothing of anyone, and a page
/// asks for several, so they are served without the look-up; the page or API call after them checks.
/// </summary>
internal static class SessionCheck
{
    public static async Task ValidatePrincipalAsync(CookieValidatePrincipalContext context)
    {
        if (IsPublicStaticAsset(context.HttpContext.GetEndpoint()))
        {
            return;
        }

        var signIn = context.HttpContext.RequestServices.GetRequiredService<SignInManager<PathwayUser>>();
        var user = await signIn.ValidateSecurityStampAsync(context.Principal);
        if (user is not null && !await signIn.UserManager.IsLockedOutAsync(user))
        {
            return;
        }

        context.RejectPrincipal();
        await context.HttpContext.SignOutAsync(IdentityConstants.ApplicationScheme);
    }

    /// <summary>An asset MapStaticAssets serves, unless someone put it behind authorization: then its reader is checked like any other.</summary>
    private static bool IsPublicStaticAsset(Endpoint? endpoint) =>
        endpoint?.Metadata.GetMetadata<StaticAssetDescriptor>() is not null && endpoint.Metadata.GetMetadata<IAuthorizeData>() is null;
}
