using System.Globalization;
using System.Net;
using Pathway.Testing;

namespace Pathway.Web.Tests;

/// <summary>The account forms share the public-form limit per client; past it the person gets a page in their language.</summary>
public sealed class AccountRateLimitTests
{
    [Theory]
    [InlineData("forgot-password")]
    [InlineData("resend-confirmation")]
    public async Task AccountForm_PastThePublicFormLimit_Answers429WithATranslatedPage(string form)
    {
        using var factory = PathwayFactory.Sqlite(new Dictionary<string, string?> { ["RateLimits:PublicFormPerMinute"] = "3", ["Database:DemoPersons"] = "0" });
        using var session = factory.Session();
        for (var i = 0; i < 3; i++)
        {
            using var allowed = await session.PostFormAsync($"/uk/account/{form}", form, new Dictionary<string, string> { ["Input.Email"] = string.Create(CultureInfo.InvariantCulture, $"someone{i}@example.org") });
            allowed.StatusCode.ShouldBe(HttpStatusCode.OK);
        }

        using var refused = await session.PostFormAsync($"/uk/account/{form}", form, new Dictionary<string, string> { ["Input.Email"] = "someone@example.org" });
        refused.StatusCode.ShouldBe(HttpStatusCode.TooManyRequests);
        var html = new AngleSharp.Html.Parser.HtmlParser().ParseDocument(await refused.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
        html.Body!.TextContent.ShouldContain(AccountRecoveryHttpTests.Text("Too many attempts in a short time. Wait a minute and try again.", "uk"));
        factory.Mailbox.To("someone@example.org").ShouldBeEmpty();
    }
}
