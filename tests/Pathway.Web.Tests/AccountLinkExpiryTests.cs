using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using Pathway.Platform.Identity;
using Pathway.Testing;

namespace Pathway.Web.Tests;

/// <summary>A reset link past its lifetime; the lifetime is cut to seconds here so the test can wait it out.</summary>
public sealed class AccountLinkExpiryTests
{
    [Fact]
    public async Task ResetPassword_ExpiredLink_IsRefusedInTheUsersLanguageAndChangesNothing()
    {
        using var factory = PathwayFactory.Sqlite(
            new Dictionary<string, string?> { ["Database:DemoPersons"] = "0" },
            services => services.Configure<DataProtectionTokenProviderOptions>(options => options.TokenLifespan = TimeSpan.FromSeconds(5)));
        var email = await AccountRecoveryHttpTests.CreateUserAsync(factory, Roles.Migrant);
        using var session = factory.Session();
        await AccountRecoveryHttpTests.ForgotPasswordAsync(session, email, "/ru");
        var link = Mailbox.Link((await factory.Mailbox.WaitForAsync(email)).Single(), "/ru/account/reset-password");
        (await session.GetPageAsync(link)).QuerySelector("main form").ShouldNotBeNull();
        string? hash = null;
        await WithHashAsync(factory, email, value => hash = value);

        await Task.Delay(TimeSpan.FromSeconds(6), TestContext.Current.CancellationToken);
        var page = await session.GetPageAsync(link);
        page.QuerySelector("main [role=alert]")!.TextContent.ShouldBe(AccountRecoveryHttpTests.Text("The link is invalid or has expired.", "ru"));
        page.QuerySelector("main form").ShouldBeNull();
        await WithHashAsync(factory, email, value => value.ShouldBe(hash));
    }

    private static async Task WithHashAsync(PathwayFactory factory, string email, Action<string?> check)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        check((await scope.ServiceProvider.GetRequiredService<UserManager<PathwayUser>>().FindByEmailAsync(email))!.PasswordHash);
    }
}
