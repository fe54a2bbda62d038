namespace Pathway.Platform.Audit;

/// <summary>The kinds of event the audit trail records.</summary>
public static class AuditAction
{
    public const string SignIn = "sign-in";
    public const string SignInFailed = "sign-in-failed";
    public const string SignOut = "sign-out";
    public const string Read = "read";
    public const string Search = "search";
    public const string Create = "create";
    public const string Update = "update";
    public const string Delete = "delete";
    public const string AccountChange = "account-change";
    /// <summary>An account e-mail (confirmation, password reset) went out; also the count behind the per-address limit.</summary>
    public const string AccountMail = "account-mail";
    public const string Verify = "verify";
}
