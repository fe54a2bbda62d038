using System.Globalization;
using System.Net;
using System.Resources;
using AngleSharp.Html.Parser;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Pathway.Platform.Audit;
using Pathway.Platform.Demo;
using Pathway.Platform.Identity;
using Pathway.Platform.Localization;
using Pathway.Platform.Persistence;
using Pathway.Platform.Tenancy;
using Pathway.Testing;

namespace Pathway.Web.Tests;

/// <summary>Sign-in sessions across languages, ending them from the admin pages, recovery codes; on SQLite and PostgreSQL.</summary>
public abstract class AccountSessionTests
{
    private static readonly HtmlParser Parser = new();

    protected abstract Task<PathwayFactory> FactoryAsync();

    [Fact]
    public async Task SignIn_UnderLanguagePrefix_EveryCookieHoldsForTheWholeSite()
    {
        var factory = await FactoryAsync();
        using var migrant = factory.Session();
        await migrant.SignInAsync(DemoAccounts.EmailOf(Roles.Migrant), prefix: "/uk");
        (await migrant.NoRedirect.GetAsync("/api/v1/me", TestContext.Current.CancellationToken)).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await migrant.GetPageAsync("/en/")).QuerySelector("header a[href$='account/login']").ShouldBeNull("the English page shows the migrant signed in");

        var email = await CreateAccountAsync(factory, Roles.CaseOfficer);
        using (var first = factory.Session())
        {
            await first.SignInAsync(email, prefix: "/pl");
            first.SetCookies.ShouldNotBeEmpty();
            first.SetCookies.ShouldAllBe(cookie => PathOf(cookie) == "/");
        }

        // The second sign-in asks for the code, which goes through Identity's two-factor cookie.
        using var staff = factory.Session();
        var signedIn = await staff.SignInAsync(email, prefix: "/pl");
        signedIn.RequestMessage!.RequestUri!.AbsolutePath.ShouldBe("/pl/staff");
        staff.SetCookies.ShouldContain(cookie => cookie.StartsWith("Identity.TwoFactorUserId=", StringComparison.Ordinal));
        staff.SetCookies.ShouldAllBe(cookie => PathOf(cookie) == "/");
        foreach (var page in new[] { "/uk/staff", "/staff", "/pl/staff" })
        {
            (await staff.NoRedirect.GetAsync(page, TestContext.Current.CancellationToken)).StatusCode.ShouldBe(HttpStatusCode.OK, page);
        }

        (await migrant.NoRedirect.GetAsync("/api/v1/me", TestContext.Current.CancellationToken)).StatusCode.ShouldBe(HttpStatusCode.OK);
        migrant.SetCookies.ShouldAllBe(cookie => PathOf(cookie) == "/");
    }

    [Fact]
    public async Task RecoveryCode_TypedWithDashSpaceWithoutDashOrInLowerCase_SignsInOnceEach()
    {
        var factory = await FactoryAsync();
        var email = await CreateAccountAsync(factory, Roles.CaseOfficer);
        List<string> codes;
        using (var enrolling = factory.Session())
        {
            using var enrolled = await enrolling.SignInAsync(email);
            var page = Parser.ParseDocument(await enrolled.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
            codes = page.QuerySelectorAll("ul.codes li code").Select(c => c.TextContent.Trim()).ToList();
        }

        codes.Count.ShouldBe(10);
        codes[0].ShouldMatch("^[0-9A-Z]{5}-[0-9A-Z]{5}$");
        string[] typed = [codes[0], codes[1].Replace("-", " ", StringComparison.Ordinal), codes[2].Replace("-", "", StringComparison.Ordinal), codes[3].ToLowerInvariant().Replace("-", "", StringComparison.Ordinal), $" {codes[4].ToLowerInvariant()} "];
        foreach (var code in typed)
        {
            (await SignInWithCodeAsync(factory, email, code)).ShouldBe("/staff", $"recovery code typed as '{code}'");
        }

        (await SignInWithCodeAsync(factory, email, codes[2])).ShouldBe("/account/login-2fa", "a used code is refused the second time");
    }

    [Fact]
    public async Task Lock_SignedInUser_EndsTheSessionAtTheNextRequest_AndSignInSaysAnAdministratorLockedIt()
    {
        var factory = await FactoryAsync();
        var email = await CreateAccountAsync(factory, Roles.CaseOfficer);
        using var officer = factory.Session();
        await officer.SignInAsync(email);
        (await officer.NoRedirect.GetAsync("/api/v1/persons?name=a", TestContext.Current.CancellationToken)).StatusCode.ShouldBe(HttpStatusCode.OK);

        using var admin = await factory.SignInAsync(Roles.Admin);
        (await UserActionAsync(factory, admin, "lock", email)).ShouldContain($"{email} is locked and signed out everywhere.");
        (await StatusOnAdminPageAsync(admin, email)).ShouldBe("Locked");

        (await officer.NoRedirect.GetAsync("/api/v1/persons?name=a", TestContext.Current.CancellationToken)).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        using var staffPage = await officer.NoRedirect.GetAsync("/staff", TestContext.Current.CancellationToken);
        staffPage.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        staffPage.Headers.Location!.ToString().ShouldContain("/account/login");

        using var again = factory.Session();
        using var refused = await again.PostFormAsync("/en/account/login", "login", new Dictionary<string, string> { ["Input.Email"] = email, ["Input.Password"] = DemoAccounts.Password });
        var text = await refused.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        text.ShouldContain("An administrator has locked this account.");
        text.ShouldNotContain("too many failed attempts");
        await factory.WithDbAsync(async db => (await db.AuditEntries.AnyAsync(e => e.Action == AuditAction.AccountChange && e.Details!.StartsWith("locked by an administrator"))).ShouldBeTrue());

        (await UserActionAsync(factory, admin, "unlock", email)).ShouldContain($"{email} is unlocked.");
        using var back = factory.Session();
        (await back.SignInAsync(email)).RequestMessage!.RequestUri!.AbsolutePath.ShouldBe("/staff");
    }

    [Fact]
    public async Task Lock_SignedInUser_AStylesheetIsServedWithoutEndingTheSession_ThePageAfterItEndsIt()
    {
        var factory = await FactoryAsync();
        var email = await CreateAccountAsync(factory, Roles.CaseOfficer);
        using var officer = factory.Session();
        await officer.SignInAsync(email);
        using var admin = await factory.SignInAsync(Roles.Admin);
        (await UserActionAsync(factory, admin, "lock", email)).ShouldContain($"{email} is locked and signed out everywhere.");

        // A static asset is not checked against the account, so it does not sign the user out either.
        using var stylesheet = await officer.NoRedirect.GetAsync("/css/site.css", TestContext.Current.CancellationToken);
        stylesheet.StatusCode.ShouldBe(HttpStatusCode.OK);
        (stylesheet.Headers.TryGetValues("Set-Cookie", out var cookies) ? cookies : []).ShouldNotContain(c => c.StartsWith("pathway.auth=", StringComparison.Ordinal));

        using var staffPage = await officer.NoRedirect.GetAsync("/staff", TestContext.Current.CancellationToken);
        staffPage.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        staffPage.Headers.Location!.ToString().ShouldContain("/account/login");
    }

    [Fact]
    public async Task ResetTwoFactor_OnTheAdminPage_EndsTheUsersSessions_AndTheyEnrolAgain()
    {
        var factory = await FactoryAsync();
        var email = await CreateAccountAsync(factory, Roles.CaseOfficer);
        using var officer = factory.Session();
        await officer.SignInAsync(email);
        using var admin = await factory.SignInAsync(Roles.Admin);

        (await UserActionAsync(factory, admin, "reset-2fa", email)).ShouldContain($"Two-factor sign-in was reset for {email}.");
        (await officer.NoRedirect.GetAsync("/api/v1/persons?name=a", TestContext.Current.CancellationToken)).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        using var again = factory.Session();
        using var enrol = await again.PostFormAsync("/account/login", "login", new Dictionary<string, string> { ["Input.Email"] = email, ["Input.Password"] = DemoAccounts.Password });
        enrol.RequestMessage!.RequestUri!.AbsolutePath.ShouldBe("/account/enrol-2fa");
    }

    [Fact]
    public async Task SignIn_LockedAfterFailedAttempts_SaysSoAndNotAnAdministrator()
    {
        var factory = await FactoryAsync();
        var email = await CreateAccountAsync(factory, Roles.Migrant);
        using var session = factory.Session();
        string text = "";
        for (var attempt = 0; attempt < 6; attempt++)
        {
            using var response = await session.PostFormAsync("/en/account/login", "login", new Dictionary<string, string> { ["Input.Email"] = email, ["Input.Password"] = "not the password at all" });
            text = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        }

        text.ShouldContain("This account is locked after too many failed attempts.");
        text.ShouldNotContain("An administrator has locked");

        using var admin = await factory.SignInAsync(Roles.Admin);
        (await StatusOnAdminPageAsync(admin, email)).ShouldBe("Locked after failed attempts");
    }

    [Fact]
    public async Task Lock_LastActiveAdministrator_IsRefused_InTheAdministratorsLanguage()
    {
        var factory = await FactoryAsync();
        using var admin = await factory.SignInAsync(Roles.Admin);
        var id = await factory.UserIdAsync(DemoAccounts.EmailOf(Roles.Admin));

        using var refused = await admin.PostFormAsync("/pl/admin/users", "user-action", new Dictionary<string, string> { ["Action"] = $"lock:{id}" });
        var expected = UiTexts.GetString("This is the last active administrator and cannot be locked: nobody could unlock accounts any more.", CultureInfo.GetCultureInfo("pl"))!;
        Parser.ParseDocument(await refused.Content.ReadAsStringAsync(TestContext.Current.CancellationToken)).QuerySelector("main [role=alert]")!.TextContent.Trim().ShouldBe(expected);

        using var demoted = await admin.PostFormAsync($"/pl/admin/users/{id}", "change-roles", new Dictionary<string, string> { ["Input.Roles"] = Roles.CaseOfficer, ["Input.OrganisationId"] = (await OfficeAsync(factory)).ToString() });
        var roleError = Parser.ParseDocument(await demoted.Content.ReadAsStringAsync(TestContext.Current.CancellationToken)).QuerySelector("#roles-error")!.TextContent.Trim();
        roleError.ShouldBe(UiTexts.GetString("This is the last active administrator: give another account the Administrator role first.", CultureInfo.GetCultureInfo("pl")));

        (await admin.NoRedirect.GetAsync("/admin/users", TestContext.Current.CancellationToken)).StatusCode.ShouldBe(HttpStatusCode.OK);
        await factory.WithDbAsync(async db =>
        {
            var user = await db.Users.SingleAsync(u => u.Id == id);
            user.LockoutEnd.ShouldBeNull();
            (await db.UserRoles.AnyAsync(r => r.UserId == id && r.RoleId == db.Roles.Single(x => x.Name == Roles.Admin).Id)).ShouldBeTrue();
        });
    }

    [Fact]
    public async Task ResetTwoFactor_AsTheCommandLineDoesIt_EndsTheUsersSessions()
    {
        var factory = await FactoryAsync();
        var email = await CreateAccountAsync(factory, Roles.CaseOfficer);
        using var officer = factory.Session();
        await officer.SignInAsync(email);
        (await officer.NoRedirect.GetAsync("/api/v1/persons?name=a", TestContext.Current.CancellationToken)).StatusCode.ShouldBe(HttpStatusCode.OK);

        await using (var scope = factory.Services.CreateAsyncScope())
        {
            var accounts = scope.ServiceProvider.GetRequiredService<AccountAdministration>();
            var user = (await scope.ServiceProvider.GetRequiredService<Microsoft.AspNetCore.Identity.UserManager<PathwayUser>>().FindByEmailAsync(email))!;
            await accounts.ResetTwoFactorAsync(user, "from the command line", TestContext.Current.CancellationToken);
        }

        (await officer.NoRedirect.GetAsync("/api/v1/persons?name=a", TestContext.Current.CancellationToken)).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task CreateAccount_OnTheAdminPage_ShowsThePasswordOnce_AndThePersonSignsInWithIt()
    {
        var factory = await FactoryAsync();
        using var admin = await factory.SignInAsync(Roles.Admin);
        var email = $"created.{Guid.NewGuid():N}@example.org";
        using var created = await admin.PostFormAsync("/admin/users", "create-account", new Dictionary<string, string>
        {
            ["Input.DisplayName"] = "Ewa Nowicka",
            ["Input.Email"] = email,
            ["Input.Role"] = Roles.NgoWorker,
            ["Input.OrganisationId"] = (await OfficeAsync(factory, OrganisationKind.PartnerNgo)).ToString(),
        });
        var page = Parser.ParseDocument(await created.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
        var password = page.QuerySelector("#initial-password")?.TextContent.Trim();
        password.ShouldNotBeNullOrEmpty();
        page.QuerySelectorAll("tbody td").Select(td => td.TextContent.Trim()).ShouldContain(email);
        (await admin.GetPageAsync("/admin/users")).QuerySelector("#initial-password").ShouldBeNull("the password is shown only once");

        using var person = factory.Session();
        using var first = await person.PostFormAsync("/account/login", "login", new Dictionary<string, string> { ["Input.Email"] = email, ["Input.Password"] = password! });
        first.RequestMessage!.RequestUri!.AbsolutePath.ShouldBe("/account/enrol-2fa");
        await factory.WithDbAsync(async db =>
        {
            var user = await db.Users.SingleAsync(u => u.Email == email);
            user.OrganisationId.ShouldBe(await OfficeAsync(factory, OrganisationKind.PartnerNgo));
            (await db.AuditEntries.AnyAsync(e => e.Action == AuditAction.AccountChange && e.EntityId == user.Id.ToString() && e.Details == "account created with the role NgoWorker")).ShouldBeTrue();
        });
    }

    [Fact]
    public async Task CreateAccount_BadInput_ShowsFieldErrorsInTheAdministratorsLanguage_AndCreatesNothing()
    {
        var factory = await FactoryAsync();
        using var admin = await factory.SignInAsync(Roles.Admin);
        var before = await factory.CountAsync<PathwayUser>();
        var polish = CultureInfo.GetCultureInfo("pl");

        using var duplicate = await admin.PostFormAsync("/pl/admin/users", "create-account", new Dictionary<string, string>
        {
            ["Input.DisplayName"] = "Anna Again",
            ["Input.Email"] = DemoAccounts.EmailOf(Roles.CaseOfficer).ToUpperInvariant(),
            ["Input.Role"] = Roles.CaseOfficer,
            ["Input.OrganisationId"] = "",
        });
        var page = Parser.ParseDocument(await duplicate.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
        page.QuerySelector("#account-email-error")!.TextContent.Trim().ShouldBe(UiTexts.GetString("An account with this e-mail address already exists.", polish));
        page.QuerySelector("#account-organisation-error")!.TextContent.Trim().ShouldBe(UiTexts.GetString("Choose the organisation this person works for.", polish));
        page.QuerySelector("#account-email")!.GetAttribute("aria-invalid").ShouldBe("true");
        page.QuerySelector("#initial-password").ShouldBeNull();

        using var unknownRole = await admin.PostFormAsync("/pl/admin/users", "create-account", new Dictionary<string, string>
        {
            ["Input.DisplayName"] = "X",
            ["Input.Email"] = $"x.{Guid.NewGuid():N}@example.org",
            ["Input.Role"] = "Wizard",
        });
        Parser.ParseDocument(await unknownRole.Content.ReadAsStringAsync(TestContext.Current.CancellationToken))
            .QuerySelector("#account-role-error")!.TextContent.Trim().ShouldBe(string.Format(polish, UiTexts.GetString("There is no role '{0}'.", polish)!, "Wizard"));

        (await factory.CountAsync<PathwayUser>()).ShouldBe(before);
    }

    [Fact]
    public async Task ChangeRoles_OnTheAdminPage_EndsTheUsersSessions_AndIsAudited()
    {
        var factory = await FactoryAsync();
        var email = await CreateAccountAsync(factory, Roles.CaseOfficer);
        var id = await factory.UserIdAsync(email);
        using var officer = factory.Session();
        await officer.SignInAsync(email);
        (await officer.NoRedirect.GetAsync("/api/v1/persons?name=a", TestContext.Current.CancellationToken)).StatusCode.ShouldBe(HttpStatusCode.OK);

        using var admin = await factory.SignInAsync(Roles.Admin);
        var office = await OfficeAsync(factory);
        using var saved = await admin.PostFormAsync($"/en/admin/users/{id}", "change-roles", new Dictionary<string, string> { ["Input.Roles"] = Roles.Analyst, ["Input.OrganisationId"] = office.ToString() });
        (await saved.Content.ReadAsStringAsync(TestContext.Current.CancellationToken)).ShouldContain("They are signed out everywhere");

        (await officer.NoRedirect.GetAsync("/api/v1/persons?name=a", TestContext.Current.CancellationToken)).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        using var analyst = factory.Session();
        await analyst.SignInAsync(email);
        (await analyst.NoRedirect.GetAsync("/api/v1/persons?name=a", TestContext.Current.CancellationToken)).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await analyst.NoRedirect.GetAsync("/analytics/forecasts", TestContext.Current.CancellationToken)).StatusCode.ShouldBe(HttpStatusCode.OK);
        await factory.WithDbAsync(async db =>
            (await db.AuditEntries.AnyAsync(e => e.Action == AuditAction.AccountChange && e.EntityId == id.ToString() && e.Details!.StartsWith("roles set to Analyst"))).ShouldBeTrue());

        using var missing = await admin.PostFormAsync($"/admin/users/{id}", "change-roles", new Dictionary<string, string> { ["Input.Roles"] = Roles.Supervisor, ["Input.OrganisationId"] = "" });
        Parser.ParseDocument(await missing.Content.ReadAsStringAsync(TestContext.Current.CancellationToken)).QuerySelector("#organisation-error").ShouldNotBeNull();
    }

    private static async Task<string?> StatusOnAdminPageAsync(WebSession admin, string email)
    {
        var page = await admin.GetPageAsync("/en/admin/users");
        var row = page.QuerySelectorAll("tbody tr").FirstOrDefault(r => r.Children[1].TextContent.Trim() == email);
        return row?.Children[5].TextContent.Trim();
    }

    private static string PathOf(string setCookie) =>
        setCookie.Split(';').Select(a => a.Trim()).FirstOrDefault(a => a.StartsWith("path=", StringComparison.OrdinalIgnoreCase))?[5..] ?? "(none)";

    private static async Task<string> SignInWithCodeAsync(PathwayFactory factory, string email, string code)
    {
        using var session = factory.Session();
        using var prompt = await session.PostFormAsync("/account/login", "login", new Dictionary<string, string> { ["Input.Email"] = email, ["Input.Password"] = DemoAccounts.Password });
        prompt.RequestMessage!.RequestUri!.AbsolutePath.ShouldBe("/account/login-2fa");
        using var answer = await session.PostFormAsync("/account/login-2fa", "login-2fa", new Dictionary<string, string> { ["Input.Code"] = code });
        return answer.RequestMessage!.RequestUri!.AbsolutePath;
    }

    /// <summary>An administrator's action on a user's row of the users page (lock, unlock, reset-2fa): the page that answers.</summary>
    private static async Task<string> UserActionAsync(PathwayFactory factory, WebSession admin, string action, string email)
    {
        using var response = await admin.PostFormAsync("/en/admin/users", "user-action", new Dictionary<string, string> { ["Action"] = $"{action}:{await factory.UserIdAsync(email)}" });
        return await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
    }

    /// <summary>A fresh account for one test, so locking or changing it leaves the demo accounts to the other tests.</summary>
    private static async Task<string> CreateAccountAsync(PathwayFactory factory, string role)
    {
        var email = $"{role.ToLowerInvariant()}.{Guid.NewGuid():N}@example.org";
        var organisation = role == Roles.Migrant ? (Guid?)null : await OfficeAsync(factory);
        await using var scope = factory.Services.CreateAsyncScope();
        var tenant = await scope.ServiceProvider.GetRequiredService<PathwayDbContext>().Tenants.Select(t => t.Id).FirstAsync();
        var outcome = await scope.ServiceProvider.GetRequiredService<AccountAdministration>()
            .CreateAsync(tenant, new NewAccount(email, "Test Person", role, organisation, DemoAccounts.Password));
        outcome.Errors.ShouldBeEmpty();
        return email;
    }

    private static async Task<Guid> OfficeAsync(PathwayFactory factory, OrganisationKind kind = OrganisationKind.OfficeUnit)
    {
        var id = Guid.Empty;
        await factory.WithDbAsync(async db => id = await db.Organisations.Where(o => o.Kind == kind).OrderBy(o => o.Name).Select(o => o.Id).FirstAsync());
        return id;
    }
}

public sealed class SqliteAccountSessionTests(SqliteFactoryFixture fixture) : AccountSessionTests, IClassFixture<SqliteFactoryFixture>
{
    protected override Task<PathwayFactory> FactoryAsync() => Task.FromResult(fixture.Factory);
}

public sealed class PostgresAccountSessionTests(PostgresServer server, PostgresFactoryFixture fixture) : AccountSessionTests, IClassFixture<PostgresFactoryFixture>
{
    protected override Task<PathwayFactory> FactoryAsync() => fixture.GetAsync(server);
}
