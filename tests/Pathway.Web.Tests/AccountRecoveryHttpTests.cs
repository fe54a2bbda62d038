using System.Globalization;
using System.Net;
using System.Resources;
using AngleSharp.Html.Parser;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MimeKit;
using Pathway.Platform.Identity;
using Pathway.Platform.Localization;
using Pathway.Platform.Tenancy;
using Pathway.Testing;

namespace Pathway.Web.Tests;

/// <summary>Forgotten passwords, new confirmation e-mails and registration of a taken address; once on SQLite and once on PostgreSQL.</summary>
public abstract class AccountRecoveryHttpTests
{
    internal const string NewPassword = "Nowe-Haslo-2026!x";
    private const string StartPassword = "Start-Haslo-2026!x";
    private static readonly HtmlParser Parser = new();

    protected abstract Task<PathwayFactory> FactoryAsync();

    /// <summary>Sessions are checked against the security stamp on every request here, so a test sees a reset end them at once.</summary>
    [Fact]
    public async Task ForgotPassword_Migrant_MailsAResetLinkInTheirLanguage_AndTheNewPasswordSignsIn()
    {
        var factory = await FactoryAsync();
        var email = await CreateUserAsync(factory, Roles.Migrant);
        using var session = factory.Session();

        var answer = await ForgotPasswordAsync(session, email, "/uk");
        TextOf(answer).ShouldContain(Text("If an account exists for this address, we have sent a link. Check your e-mail.", "uk"));

        var mail = (await factory.Mailbox.WaitForAsync(email)).Single();
        mail.Subject.ShouldBe(Text("Reset your Pathway password", "uk"));
        var link = Mailbox.Link(mail, "/account/reset-password");
        link.ShouldStartWith("http://localhost/uk/account/reset-password?userId=");

        var differ = await session.PostFormAsync(link, "reset-password", new Dictionary<string, string> { ["Input.Password"] = NewPassword, ["Input.ConfirmPassword"] = NewPassword + "x" });
        TextOf(await differ.Content.ReadAsStringAsync()).ShouldContain(Text("The two passwords differ.", "uk"));
        var weak = await session.PostFormAsync(link, "reset-password", new Dictionary<string, string> { ["Input.Password"] = "short", ["Input.ConfirmPassword"] = "short" });
        TextOf(await weak.Content.ReadAsStringAsync()).ShouldContain(string.Format(CultureInfo.InvariantCulture, Text("The password is too short (minimum number of characters: {0}).", "uk"), 12));
        var done = await session.PostFormAsync(link, "reset-password", new Dictionary<string, string> { ["Input.Password"] = NewPassword, ["Input.ConfirmPassword"] = NewPassword });
        TextOf(await done.Content.ReadAsStringAsync()).ShouldContain(Text("Your password has been changed. You can sign in now.", "uk"));

        using var old = factory.Session();
        (await old.SignInAsync(email, StartPassword, "/uk")).RequestMessage!.RequestUri!.AbsolutePath.ShouldBe("/uk/account/login");
        using var fresh = factory.Session();
        (await fresh.SignInAsync(email, NewPassword, "/uk")).RequestMessage!.RequestUri!.AbsolutePath.ShouldBe("/uk/");
        (await fresh.Client.GetAsync("/uk/api/v1/me", TestContext.Current.CancellationToken)).StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    [Fact]
    public async Task ResetMail_Arabic_IsAValidMultipartMessageWithARightToLeftHtmlPart()
    {
        var factory = await FactoryAsync();
        var email = await CreateUserAsync(factory, Roles.Migrant, "أمل حداد");
        using var session = factory.Session();
        await ForgotPasswordAsync(session, email, "/ar");
        await factory.Mailbox.WaitForAsync(email);

        var file = Directory.GetFiles(factory.MailFolder, "*.eml").Single(f => MimeMessage.Load(f).To.Mailboxes.Any(m => m.Address == email));
        var bytes = await File.ReadAllBytesAsync(file, TestContext.Current.CancellationToken);
        bytes[0].ShouldNotBe((byte)0xEF, "no byte-order mark before the headers");
        bytes.ShouldAllBe(b => b < 0x80, "non-ASCII text is encoded, so the file is valid on any transport");
        var raw = System.Text.Encoding.ASCII.GetString(bytes);
        raw.ShouldMatch("^[A-Za-z-]+: ", "the file starts with a header");
        raw.Replace("\r\n", "", StringComparison.Ordinal).ShouldNotContain("\n", customMessage: "lines end in CRLF");
        var headers = raw[..raw.IndexOf("\r\n\r\n", StringComparison.Ordinal)];
        headers.ShouldContain("Subject: =?utf-8?");
        headers.ShouldContain("To: =?utf-8?");

        var message = MimeMessage.Load(file);
        message.Subject.ShouldBe(Text("Reset your Pathway password", "ar"));
        message.To.Mailboxes.Single().Name.ShouldBe("أمل حداد");
        message.Date.ShouldNotBe(DateTimeOffset.MinValue);
        message.Headers[HeaderId.Date].ShouldNotBeNullOrEmpty();
        message.MessageId.ShouldNotBeNullOrEmpty();
        var alternative = message.Body.ShouldBeOfType<MultipartAlternative>();
        alternative.Select(p => p.ContentType.MimeType).ShouldBe(new[] { "text/plain", "text/html" });
        var link = Mailbox.Link(message, "/account/reset-password");
        link.ShouldStartWith("http://localhost/ar/account/reset-password?");
        message.TextBody!.ShouldContain(link);
        message.TextBody!.ShouldContain(Text("If you did not ask for this, ignore this e-mail: your password stays as it is.", "ar"));
        var html = Parser.ParseDocument(message.HtmlBody!);
        html.DocumentElement.GetAttribute("dir").ShouldBe("rtl");
        html.DocumentElement.GetAttribute("lang").ShouldBe("ar");
    }

    [Fact]
    public async Task ForgotPassword_Staff_StillAsksForTheTwoFactorCode_AndEndsOtherSessions()
    {
        var factory = await FactoryAsync();
        var email = await CreateUserAsync(factory, Roles.CaseOfficer);
        using var signedIn = factory.Session();
        (await signedIn.SignInAsync(email, StartPassword)).Dispose();
        (await signedIn.Client.GetAsync("/api/v1/me", TestContext.Current.CancellationToken)).StatusCode.ShouldBe(HttpStatusCode.OK);

        using var session = factory.Session();
        await ForgotPasswordAsync(session, email, "/en");
        var link = Mailbox.Link((await factory.Mailbox.WaitForAsync(email)).Single(), "/account/reset-password");
        (await session.PostFormAsync(link, "reset-password", new Dictionary<string, string> { ["Input.Password"] = NewPassword, ["Input.ConfirmPassword"] = NewPassword })).Dispose();

        (await signedIn.Client.GetAsync("/api/v1/me", TestContext.Current.CancellationToken)).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        using var again = factory.Session();
        var password = await again.PostFormAsync("/account/login", "login", new Dictionary<string, string> { ["Input.Email"] = email, ["Input.Password"] = NewPassword });
        password.RequestMessage!.RequestUri!.AbsolutePath.ShouldBe("/account/login-2fa");
        (await again.Client.GetAsync("/api/v1/me", TestContext.Current.CancellationToken)).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        using var code = await again.PostFormAsync("/account/login-2fa", "login-2fa", new Dictionary<string, string> { ["Input.Code"] = Totp.Code(factory.AuthenticatorKeys[email]) });
        (await again.Client.GetAsync("/api/v1/me", TestContext.Current.CancellationToken)).StatusCode.ShouldBe(HttpStatusCode.OK);
        // Sessions are re-checked on every request here: the two-factor proof survives the check.
        (await again.Client.GetAsync("/api/v1/persons?name=a", TestContext.Current.CancellationToken)).StatusCode.ShouldBe(HttpStatusCode.OK);
        await WithUserAsync(factory, email, user => user.TwoFactorEnabled.ShouldBeTrue());
    }

    [Fact]
    public async Task ForgotPassword_UnknownAddress_GivesTheIdenticalPage_AndSendsNothing()
    {
        var factory = await FactoryAsync();
        var known = await CreateUserAsync(factory, Roles.Migrant);
        var unknown = $"nobody-{Guid.NewGuid():N}@example.org";
        using var session = factory.Session();

        var forUnknown = MainOf(await ForgotPasswordAsync(session, unknown, "/pl"));
        var forKnown = MainOf(await ForgotPasswordAsync(session, known, "/pl"));
        forUnknown.ShouldBe(forKnown);

        // One mailer sends in order: once the known address has its mail, the unknown one was dealt with.
        await factory.Mailbox.WaitForAsync(known);
        factory.Mailbox.To(unknown).ShouldBeEmpty();
    }

    [Fact]
    public async Task ResetPassword_ForgedOrUsedLink_IsRefusedAndChangesNothing()
    {
        var factory = await FactoryAsync();
        var email = await CreateUserAsync(factory, Roles.Migrant);
        using var session = factory.Session();
        await ForgotPasswordAsync(session, email, "/de");
        var link = Mailbox.Link((await factory.Mailbox.WaitForAsync(email)).Single(), "/account/reset-password");
        string? hash = null;
        await WithUserAsync(factory, email, user => hash = user.PasswordHash);
        var userId = link[(link.IndexOf("userId=", StringComparison.Ordinal) + 7)..link.IndexOf('&', StringComparison.Ordinal)];

        var refused = Text("The link is invalid or has expired.", "de");
        foreach (var forged in new[]
        {
            $"/de/account/reset-password?userId={userId}&code=Zm9yZ2VkLXRva2Vu",
            $"/de/account/reset-password?userId={userId}&code=%%%not-base64",
            $"/de/account/reset-password?userId={Guid.NewGuid()}&code={link[(link.IndexOf("code=", StringComparison.Ordinal) + 5)..]}",
            "/de/account/reset-password",
        })
        {
            var page = await session.GetPageAsync(forged);
            page.QuerySelector("main [role=alert]")!.TextContent.ShouldBe(refused);
            page.QuerySelector("main form").ShouldBeNull();
        }

        await WithUserAsync(factory, email, user => user.PasswordHash.ShouldBe(hash));
        (await session.PostFormAsync(link, "reset-password", new Dictionary<string, string> { ["Input.Password"] = NewPassword, ["Input.ConfirmPassword"] = NewPassword })).Dispose();
        var used = await session.GetPageAsync(link);
        used.QuerySelector("main [role=alert]")!.TextContent.ShouldBe(refused);
    }

    [Fact]
    public async Task ResendConfirmation_UnconfirmedAccount_MailsANewLinkThatConfirms_ConfirmedAccountGetsNothing()
    {
        var factory = await FactoryAsync();
        var unconfirmed = await CreateUserAsync(factory, Roles.Migrant, confirmed: false);
        var confirmed = await CreateUserAsync(factory, Roles.Migrant);
        using var session = factory.Session();

        var first = MainOf(await ResendConfirmationAsync(session, confirmed, "/es"));
        var second = MainOf(await ResendConfirmationAsync(session, unconfirmed, "/es"));
        first.ShouldBe(second);
        first.ShouldContain(Text("If an account exists for this address, we have sent a link. Check your e-mail.", "es"));

        var mail = (await factory.Mailbox.WaitForAsync(unconfirmed)).Single();
        mail.Subject.ShouldBe(Text("Confirm your Pathway account", "es"));
        factory.Mailbox.To(confirmed).ShouldBeEmpty();
        var page = await session.GetPageAsync(Mailbox.Link(mail, "/es/account/confirm-email"));
        page.QuerySelector("main .notice")!.TextContent.ShouldBe(Text("Thank you: your e-mail address is confirmed. You can sign in now.", "es"));
        await WithUserAsync(factory, unconfirmed, user => user.EmailConfirmed.ShouldBeTrue());
    }

    [Fact]
    public async Task Register_TakenAddress_ShowsTheSamePage_MailsTheOwner_AndChangesNothing()
    {
        var factory = await FactoryAsync();
        var email = $"taken-{Guid.NewGuid():N}@example.org";
        using var session = factory.Session();

        var created = MainOf(await RegisterAsync(session, email, "Olena Kovalenko", StartPassword));
        await factory.Mailbox.WaitForAsync(email);
        string? hash = null;
        await WithUserAsync(factory, email, user => hash = user.PasswordHash);
        var again = MainOf(await RegisterAsync(session, email.ToUpperInvariant(), "Someone Else", NewPassword));
        again.ShouldBe(created.Replace(email, email.ToUpperInvariant(), StringComparison.Ordinal));
        again.ShouldContain("account/resend-confirmation");

        var mails = await factory.Mailbox.WaitForAsync(email, 2);
        mails[0].Subject.ShouldBe(Text("Confirm your Pathway account", "uk"));
        var attempt = mails[1];
        attempt.Subject.ShouldBe(Text("Someone tried to create a Pathway account with your e-mail address", "uk"));
        attempt.To.Mailboxes.Single().Name.ShouldBe("Olena Kovalenko");
        Mailbox.Link(attempt, "/uk/account/login").ShouldNotBeNull();
        Mailbox.Link(attempt, "/uk/account/forgot-password").ShouldNotBeNull();
        attempt.TextBody!.ShouldContain("/uk/account/forgot-password");

        await factory.WithDbAsync(async db => (await db.Users.CountAsync(u => u.NormalizedEmail == email.ToUpperInvariant())).ShouldBe(1));
        await using (var scope = factory.Services.CreateAsyncScope())
        {
            var users = scope.ServiceProvider.GetRequiredService<UserManager<PathwayUser>>();
            (await users.GetRolesAsync((await users.FindByEmailAsync(email))!)).ShouldBe([Roles.Migrant]);
        }

        await WithUserAsync(factory, email, user =>
        {
            user.DisplayName.ShouldBe("Olena Kovalenko");
            user.PasswordHash.ShouldBe(hash);
            user.EmailConfirmed.ShouldBeFalse();
        });
    }

    [Fact]
    public async Task Register_TakenAddressWithAWeakPassword_GivesTheSameErrorsAsAFreeAddress()
    {
        var factory = await FactoryAsync();
        var taken = await CreateUserAsync(factory, Roles.Migrant);
        using var session = factory.Session();
        var forTaken = Errors(await RegisterAsync(session, taken, "Amal", "weak"));
        var forFree = Errors(await RegisterAsync(session, $"free-{Guid.NewGuid():N}@example.org", "Amal", "weak"));
        forTaken.ShouldBe(forFree);
        forTaken.ShouldContain(string.Format(CultureInfo.InvariantCulture, Text("The password is too short (minimum number of characters: {0}).", "uk"), 12));
    }

    [Theory]
    [InlineData("o'brien-{0}@example.org")]
    [InlineData("two-{0}@at@example.org")]
    public async Task Register_AddressIdentityCannotTake_IsRefusedOnThePage(string pattern)
    {
        var factory = await FactoryAsync();
        using var session = factory.Session();
        var email = string.Format(CultureInfo.InvariantCulture, pattern, Guid.NewGuid().ToString("N"));
        Errors(await RegisterAsync(session, email, "Sean O'Brien", StartPassword)).ShouldContain(Text("Enter a valid e-mail address.", "uk"));
        await factory.WithDbAsync(async db => (await db.Users.AnyAsync(u => u.NormalizedEmail == email.ToUpperInvariant())).ShouldBeFalse());
    }

    [Fact]
    public async Task ForgotPassword_RepeatedForOneAddress_MailsAtMostFiveAnHour()
    {
        var factory = await FactoryAsync();
        var email = await CreateUserAsync(factory, Roles.Migrant);
        var marker = await CreateUserAsync(factory, Roles.Migrant);
        using var session = factory.Session();
        for (var i = 0; i < 7; i++)
        {
            await ForgotPasswordAsync(session, email, "/en");
        }

        await ForgotPasswordAsync(session, marker, "/en");
        await factory.Mailbox.WaitForAsync(marker);
        factory.Mailbox.To(email).Count.ShouldBe(5);
    }

    internal static async Task<string> CreateUserAsync(PathwayFactory factory, string role, string name = "Test Person", bool confirmed = true)
    {
        var email = $"{role.ToLowerInvariant()}-{Guid.NewGuid():N}@example.org";
        await using var scope = factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<Pathway.Platform.Persistence.PathwayDbContext>();
        var tenant = await db.Tenants.Select(t => t.Id).FirstAsync();
        Guid? organisation = role == Roles.Migrant ? null : await db.Organisations.Where(o => o.Kind == OrganisationKind.OfficeUnit).Select(o => o.Id).FirstAsync();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<PathwayUser>>();
        var user = new PathwayUser
        {
            Id = Guid.CreateVersion7(),
            TenantId = tenant,
            OrganisationId = organisation,
            UserName = email,
            Email = email,
            EmailConfirmed = confirmed,
            DisplayName = name,
            CreatedAt = DateTime.UtcNow,
            LockoutEnabled = true,
        };
        (await users.CreateAsync(user, StartPassword)).Succeeded.ShouldBeTrue();
        (await users.AddToRoleAsync(user, role)).Succeeded.ShouldBeTrue();
        return email;
    }

    internal static async Task<string> ForgotPasswordAsync(WebSession session, string email, string prefix)
    {
        using var response = await session.PostFormAsync($"{prefix}/account/forgot-password", "forgot-password", new Dictionary<string, string> { ["Input.Email"] = email });
        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        return await response.Content.ReadAsStringAsync();
    }

    private static async Task<string> ResendConfirmationAsync(WebSession session, string email, string prefix)
    {
        using var response = await session.PostFormAsync($"{prefix}/account/resend-confirmation", "resend-confirmation", new Dictionary<string, string> { ["Input.Email"] = email });
        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        return await response.Content.ReadAsStringAsync();
    }

    private static async Task<string> RegisterAsync(WebSession session, string email, string name, string password)
    {
        using var response = await session.PostFormAsync("/uk/account/register", "register", new Dictionary<string, string>
        {
            ["Input.Name"] = name,
            ["Input.Email"] = email,
            ["Input.Password"] = password,
            ["Input.ConfirmPassword"] = password,
        });
        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        return await response.Content.ReadAsStringAsync();
    }

    private static async Task WithUserAsync(PathwayFactory factory, string email, Action<PathwayUser> check)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        check((await scope.ServiceProvider.GetRequiredService<UserManager<PathwayUser>>().FindByEmailAsync(email))!);
    }

    private static string MainOf(string html) => Parser.ParseDocument(html).QuerySelector("main")!.InnerHtml;

    private static string TextOf(string html) => Parser.ParseDocument(html).QuerySelector("main")!.TextContent;

    private static string Errors(string html) => Parser.ParseDocument(html).QuerySelector("main .errors")!.InnerHtml;

    internal static string Text(string key, string culture)
    {
        var text = UiTexts.GetString(key, CultureInfo.GetCultureInfo(culture == "prs" ? "fa-AF" : culture));
        text.ShouldNotBeNull(key);
        return text;
    }
}

public sealed class SqliteAccountRecoveryHttpTests(SqliteFactoryFixture fixture) : AccountRecoveryHttpTests, IClassFixture<SqliteFactoryFixture>
{
    protected override Task<PathwayFactory> FactoryAsync() => Task.FromResult(fixture.Factory);
}

public sealed class PostgresAccountRecoveryHttpTests(PostgresServer server, PostgresFactoryFixture fixture) : AccountRecoveryHttpTests, IClassFixture<PostgresFactoryFixture>
{
    protected override Task<PathwayFactory> FactoryAsync() => fixture.GetAsync(server);
}
