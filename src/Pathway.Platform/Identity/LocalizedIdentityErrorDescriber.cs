using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Localization;
using Pathway.Platform.Localization;

namespace Pathway.Platform.Identity;

/// <summary>
/// Identity's messages (password rules, taken e-mail) in the user's language. Every message a
/// user can meet is overridden, since the base class answers in English. Numbers stand in a
/// phrase that reads right for any count, as plural forms differ between the languages.
/// </summary>
public sealed class LocalizedIdentityErrorDescriber(IStringLocalizer<Text> text) : IdentityErrorDescriber
{
    private IdentityError Error(string code, string message, params object[] arguments) => new() { Code = code, Description = text[message, arguments] };

    public override IdentityError PasswordTooShort(int length) => Error(nameof(PasswordTooShort), "The password is too short (minimum number of characters: {0}).", length);

    public override IdentityError PasswordRequiresUniqueChars(int uniqueChars) =>
        Error(nameof(PasswordRequiresUniqueChars), "The password has too few different characters (minimum: {0}).", uniqueChars);

    public override IdentityError PasswordMismatch() => Error(nameof(PasswordMismatch), "The password is wrong.");

    public override IdentityError DefaultError() => Error(nameof(DefaultError), "Something went wrong. Try again.");

    public override IdentityError ConcurrencyFailure() => Error(nameof(ConcurrencyFailure), "Someone else changed this account at the same time. Open the page again and retry.");

    public override IdentityError RecoveryCodeRedemptionFailed() => Error(nameof(RecoveryCodeRedemptionFailed), "The code is wrong or has expired.");

    public override IdentityError PasswordRequiresDigit() => Error(nameof(PasswordRequiresDigit), "The password must contain a digit.");

    public override IdentityError PasswordRequiresLower() => Error(nameof(PasswordRequiresLower), "The password must contain a lower-case letter.");

    public override IdentityError PasswordRequiresUpper() => Error(nameof(PasswordRequiresUpper), "The password must contain an upper-case letter.");

    public override IdentityError PasswordRequiresNonAlphanumeric() => Error(nameof(PasswordRequiresNonAlphanumeric), "The password must contain a character that is not a letter or a digit.");

    public override IdentityError DuplicateEmail(string email) => Error(nameof(DuplicateEmail), "An account with this e-mail address already exists.");

    public override IdentityError DuplicateUserName(string userName) => Error(nameof(DuplicateUserName), "An account with this e-mail address already exists.");

    public override IdentityError InvalidEmail(string? email) => Error(nameof(InvalidEmail), "Enter a valid e-mail address.");

    public override IdentityError InvalidUserName(string? userName) => Error(nameof(InvalidUserName), "Enter a valid e-mail address.");

    public override IdentityError InvalidToken() => Error(nameof(InvalidToken), "The link is invalid or has expired.");
}
