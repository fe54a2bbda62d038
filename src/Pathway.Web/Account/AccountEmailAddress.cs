using System.ComponentModel.DataAnnotations;

namespace Pathway.Web.Account;

/// <summary>
/// The check the account forms make of a typed address: the one Identity makes of an e-mail, so
/// an address that passes here is not refused after the answer; the mailbox itself proves the rest.
/// </summary>
internal static class AccountEmailAddress
{
    public const int MaxLength = 256;

    private static readonly EmailAddressAttribute Format = new();

    public static bool LooksValid(string email) =>
        email.Length <= MaxLength && !email.Any(char.IsWhiteSpace) && Format.IsValid(email);
}
