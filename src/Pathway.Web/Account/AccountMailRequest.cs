namespace Pathway.Web.Account;

/// <summary>
/// An e-mail a page asked for, before anyone has looked up whether the address has an account.
/// <paramref name="LinkBase"/> is the site's address with the requester's language prefix. With
/// <paramref name="Registration"/>, the account is made first if the address is free.
/// </summary>
internal sealed record AccountMailRequest(
    AccountMailKind Kind, string Email, string LanguageCode, string LinkBase, string? ClientAddress, MigrantRegistration? Registration = null);
