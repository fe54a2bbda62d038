namespace Pathway.Web.Account;

/// <summary>The e-mails the account pages send; each counts against the per-address limit.</summary>
internal enum AccountMailKind
{
    Confirmation,
    PasswordReset,
    RegistrationAttempt,
}
