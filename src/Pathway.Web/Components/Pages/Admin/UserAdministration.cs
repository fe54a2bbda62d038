using Microsoft.AspNetCore.Identity;
using Pathway.Platform.Identity;

namespace Pathway.Web.Components.Pages.Admin;

internal static class UserAdministration
{
    /// <summary>For a lost phone: the old authenticator stops working, sessions end, and the user enrols anew.</summary>
    public static async Task ResetTwoFactorAsync(UserManager<PathwayUser> users, PathwayUser user)
    {
        await users.SetTwoFactorEnabledAsync(user, false);
        await users.ResetAuthenticatorKeyAsync(user);
        await users.UpdateSecurityStampAsync(user);
    }
}
