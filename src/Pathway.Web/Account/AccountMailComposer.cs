using System.Globalization;
using System.Text;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Extensions.Localization;
using Pathway.Platform.Email;
using Pathway.Platform.Identity;
using Pathway.Platform.Localization;

namespace Pathway.Web.Account;

/// <summary>Writes the account e-mails in the language of the request that caused them.</summary>
internal sealed class AccountMailComposer(UserManager<PathwayUser> users, IStringLocalizer<Text> text)
{
    public async Task<EmailMessage> ComposeAsync(AccountMailKind kind, string linkBase, PathwayUser user, CultureInfo culture)
    {
        var hello = new EmailBlock.Paragraph(text["Hello {0},", user.DisplayName]);
        (string Subject, EmailBlock[] Body) mail = kind switch
        {
            AccountMailKind.Confirmation => (text["Confirm your Pathway account"],
            [
                hello,
                new EmailBlock.Link(text["Open this link to confirm your e-mail address:"],
                    $"{linkBase}/account/confirm-email?userId={user.Id}&code={Encode(await users.GenerateEmailConfirmationTokenAsync(user))}"),
                new EmailBlock.Paragraph(text["If you did not create an account, you can ignore this e-mail."]),
            ]),
            AccountMailKind.PasswordReset => (text["Reset your Pathway password"],
            [
                hello,
                new EmailBlock.Link(text["Someone asked to change the password of your Pathway account. Open this link to choose a new password:"],
                    $"{linkBase}/account/reset-password?userId={user.Id}&code={Encode(await users.GeneratePasswordResetTokenAsync(user))}"),
                new EmailBlock.Paragraph(text["If you did not ask for this, ignore this e-mail: your password stays as it is."]),
            ]),
            AccountMailKind.RegistrationAttempt => (text["Someone tried to create a Pathway account with your e-mail address"],
            [
                hello,
                new EmailBlock.Paragraph(text["Someone tried to create a new Pathway account with this e-mail address. You already have an account, and nothing in it was changed."]),
                new EmailBlock.Link(text["Sign in here:"], $"{linkBase}/account/login"),
                new EmailBlock.Link(text["If you forgot your password, you can choose a new one here:"], $"{linkBase}/account/forgot-password"),
                new EmailBlock.Paragraph(text["If this was not you, you can ignore this e-mail."]),
            ]),
            _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "An account e-mail of an unknown kind."),
        };
        return new EmailMessage(user.Email!, user.DisplayName, mail.Subject, culture, mail.Body);
    }

    private static string Encode(string token) => WebEncoders.Base64UrlEncode(Encoding.UTF8.GetBytes(token));
}
