namespace Pathway.Web.Account;

/// <summary>The check the account forms make of a typed address before anything else; the mailbox itself proves the rest.</summary>
internal static class AccountEmailAddress
{
    public const int MaxLength = 256;

    public static bool LooksValid(string email) =>
        email.Length <= MaxLength && email.IndexOf('@') is > 0 and var at && at < email.Length - 1 && !email.Any(char.IsWhiteSpace);
}
