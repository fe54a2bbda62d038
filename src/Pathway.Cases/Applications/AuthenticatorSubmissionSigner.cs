using System.Security.Claims;
using Microsoft.AspNetCore.Identity;
using Pathway.Platform.Identity;

namespace Pathway.Cases.Applications;

/// <summary>Signs with the current code of the account's authenticator app, as at a two-factor sign-in.</summary>
internal sealed class AuthenticatorSubmissionSigner(UserManager<PathwayUser> users) : ISubmissionSigner
{
    public const string MethodName = "account-totp";

    public string Method => MethodName;

    public async Task<SignatureOutcome> SignAsync(ClaimsPrincipal user, string? confirmation, CancellationToken cancellationToken = default)
    {
        var account = await users.GetUserAsync(user);
        if (account is null || !account.TwoFactorEnabled || string.IsNullOrEmpty(await users.GetAuthenticatorKeyAsync(account)))
        {
            return new SignatureOutcome.NoSecondFactor();
        }

        var code = (confirmation ?? "").Replace(" ", "", StringComparison.Ordinal).Replace("-", "", StringComparison.Ordinal);
        return code.Length > 0 && await users.VerifyTwoFactorTokenAsync(account, users.Options.Tokens.AuthenticatorTokenProvider, code)
            ? new SignatureOutcome.Signed(MethodName)
            : new SignatureOutcome.Refused();
    }
}
