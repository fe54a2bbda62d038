using System.Security.Claims;

namespace Pathway.Cases.Applications;

/// <summary>
/// Signs a migrant's submission. The account's own two-factor confirmation is the first way; an
/// external trusted profile (profil zaufany) or a qualified signature can come as other signers.
/// </summary>
public interface ISubmissionSigner
{
    /// <summary>The method's name, printed on the receipt, e.g. <c>account-totp</c>.</summary>
    string Method { get; }

    Task<SignatureOutcome> SignAsync(ClaimsPrincipal user, string? confirmation, CancellationToken cancellationToken = default);
}

public abstract record SignatureOutcome
{
    public sealed record Signed(string Method) : SignatureOutcome;

    /// <summary>The account has no second factor to confirm with: it must set one up first.</summary>
    public sealed record NoSecondFactor : SignatureOutcome;

    /// <summary>The confirmation is wrong or has expired.</summary>
    public sealed record Refused : SignatureOutcome;
}
