using System.Net;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Pathway.People.Registry;
using Pathway.Platform.Demo;
using Pathway.Platform.Idempotency;
using Pathway.Platform.Identity;
using Pathway.Testing;
using static Pathway.Web.Tests.ProblemDetails;

namespace Pathway.Web.Tests;

/// <summary>An Idempotency-Key makes a repeated creating request create one record and answer alike.</summary>
public abstract class IdempotencyTests
{
    protected abstract Task<PathwayFactory> FactoryAsync();

    [Fact]
    public async Task Register_TwentyConcurrentRequestsWithOneKey_CreateOnePersonAndAllAnswerTheFirstResponse()
    {
        var factory = await FactoryAsync();
        using var officer = await factory.SignInAsync(Roles.CaseOfficer);
        var surname = NewSurname();
        var key = Guid.NewGuid().ToString();

        var responses = await Task.WhenAll(Enumerable.Range(0, 20).Select(async _ =>
        {
            using var response = await officer.Client.SendAsync(Register(surname, key), TestContext.Current.CancellationToken);
            return (response.StatusCode, Body: await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
        }));

        responses.ShouldAllBe(r => r.StatusCode == HttpStatusCode.Created, string.Join("\n", responses.Select(r => $"{r.StatusCode} {r.Body}")));
        responses.Select(r => r.Body).Distinct().ShouldHaveSingleItem();
        await factory.WithDbAsync(async db => (await db.Set<Person>().CountAsync(p => p.Surname == surname)).ShouldBe(1));
    }

    [Fact]
    public async Task Register_RepeatAfterTheFirstFinished_ReplaysStatusBodyAndLocation()
    {
        var factory = await FactoryAsync();
        using var officer = await factory.SignInAsync(Roles.CaseOfficer);
        var surname = NewSurname();
        var key = Guid.NewGuid().ToString();

        using var first = await officer.Client.SendAsync(Register(surname, key), TestContext.Current.CancellationToken);
        using var repeat = await officer.Client.SendAsync(Register(surname, key), TestContext.Current.CancellationToken);

        first.StatusCode.ShouldBe(HttpStatusCode.Created);
        repeat.StatusCode.ShouldBe(HttpStatusCode.Created);
        (await repeat.Content.ReadAsStringAsync(TestContext.Current.CancellationToken)).ShouldBe(await first.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
        repeat.Headers.Location.ShouldBe(first.Headers.Location);
        repeat.Content.Headers.ContentType.ShouldBe(first.Content.Headers.ContentType);
        repeat.Headers.GetValues("Idempotent-Replayed").ShouldBe(["true"]);
        await factory.WithDbAsync(async db => (await db.Set<Person>().CountAsync(p => p.Surname == surname)).ShouldBe(1));
    }

    [Fact]
    public async Task Register_SameKeyWithAnotherBody_Returns422InTheCallersLanguageAndCreatesNothing()
    {
        var factory = await FactoryAsync();
        using var officer = await factory.SignInAsync(Roles.CaseOfficer);
        var key = Guid.NewGuid().ToString();
        var other = NewSurname();
        using var first = await officer.Client.SendAsync(Register(NewSurname(), key), TestContext.Current.CancellationToken);
        first.StatusCode.ShouldBe(HttpStatusCode.Created);

        using var refused = await officer.Client.SendAsync(Register(other, key, "de"), TestContext.Current.CancellationToken);

        var body = await refused.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        refused.StatusCode.ShouldBe(HttpStatusCode.UnprocessableEntity, body);
        refused.Content.Headers.ContentType!.MediaType.ShouldBe("application/problem+json");
        JsonDocument.Parse(body).RootElement.GetProperty("title").GetString()
            .ShouldBe(Translation("This Idempotency-Key was already used for another request. Send a new key with a new request.", "de"));
        await factory.WithDbAsync(async db => (await db.Set<Person>().AnyAsync(p => p.Surname == other)).ShouldBeFalse());
    }

    [Fact]
    public async Task Register_KeyLongerThan255Characters_Returns400NamingTheHeader()
    {
        var factory = await FactoryAsync();
        using var officer = await factory.SignInAsync(Roles.CaseOfficer);
        var surname = NewSurname();

        using var response = await officer.Client.SendAsync(Register(surname, new string('k', 256), "pl"), TestContext.Current.CancellationToken);

        (await ErrorsAsync(response))["Idempotency-Key"].ShouldBe([Translation("Send one Idempotency-Key of 1 to {0} characters.", "pl", 255)]);
        await factory.WithDbAsync(async db => (await db.Set<Person>().AnyAsync(p => p.Surname == surname)).ShouldBeFalse());
    }

    [Fact]
    public async Task Register_WithoutAKey_TwoRequestsCreateTwoPersons()
    {
        var factory = await FactoryAsync();
        using var officer = await factory.SignInAsync(Roles.CaseOfficer);
        var surname = NewSurname();

        using var first = await officer.Client.SendAsync(Register(surname, key: null), TestContext.Current.CancellationToken);
        using var second = await officer.Client.SendAsync(Register(surname, key: null), TestContext.Current.CancellationToken);

        first.StatusCode.ShouldBe(HttpStatusCode.Created);
        second.StatusCode.ShouldBe(HttpStatusCode.Created);
        await factory.WithDbAsync(async db => (await db.Set<Person>().CountAsync(p => p.Surname == surname)).ShouldBe(2));
    }

    [Fact]
    public async Task RegisterPersonForm_SentAgainWithTheSameToken_CreatesOnePersonAndShowsTheFirstResult()
    {
        var factory = await FactoryAsync();
        using var officer = await factory.SignInAsync(Roles.CaseOfficer);
        var surname = NewSurname();
        var page = await officer.GetPageAsync("/staff/persons/new");
        var fields = WebSession.HiddenFields(page, "register-person");
        fields.ShouldContain(f => f.Key == "_oneTimeToken" && f.Value.Length == 32);
        fields.AddRange(new Dictionary<string, string>
        {
            ["Input.Surname"] = surname,
            ["Input.GivenNames"] = "Ola",
            ["Input.Sex"] = "F",
            ["Input.BirthDate"] = "1990-01-02",
            ["Input.Citizenship"] = "UKR",
            ["Input.Acknowledged"] = "true",
            ["Input.Step"] = "register",
        });

        // A double click: two at once; then the page sent again later.
        var pages = await Task.WhenAll(Enumerable.Range(0, 2).Select(async _ =>
        {
            using var response = await officer.Client.PostAsync("/staff/persons/new", new FormUrlEncodedContent(fields), TestContext.Current.CancellationToken);
            return response.RequestMessage!.RequestUri!.AbsolutePath;
        }));
        using var again = await officer.Client.PostAsync("/staff/persons/new", new FormUrlEncodedContent(fields), TestContext.Current.CancellationToken);

        Guid id = default;
        await factory.WithDbAsync(async db => id = (await db.Set<Person>().Where(p => p.Surname == surname).ToListAsync()).ShouldHaveSingleItem().Id);
        pages.ShouldAllBe(path => path.EndsWith($"/staff/persons/{id}"));
        again.RequestMessage!.RequestUri!.AbsolutePath.ShouldEndWith($"/staff/persons/{id}");
    }

    [Fact]
    public async Task CreateAccountForm_SentAgain_OpensTheFirstAccount_WhileThePageItShowsCarriesANewToken()
    {
        var factory = await FactoryAsync();
        using var admin = factory.Session();
        await admin.SignInAsync(DemoAccounts.EmailOf(Roles.Admin));
        var email = $"once.{Guid.NewGuid():N}@example.org";
        var page = await admin.GetPageAsync("/admin/users");
        string? organisation = null;
        await factory.WithDbAsync(async db => organisation = (await db.Users.SingleAsync(u => u.Email == DemoAccounts.EmailOf(Roles.Supervisor))).OrganisationId.ToString());
        var fields = WebSession.HiddenFields(page, "create-account");
        fields.AddRange(new Dictionary<string, string>
        {
            ["Input.DisplayName"] = "Ewa Raz",
            ["Input.Email"] = email,
            ["Input.Role"] = Roles.Supervisor,
            ["Input.OrganisationId"] = organisation!,
        });

        using var first = await admin.Client.PostAsync("/admin/users", new FormUrlEncodedContent(fields), TestContext.Current.CancellationToken);
        using var again = await admin.Client.PostAsync("/admin/users", new FormUrlEncodedContent(fields), TestContext.Current.CancellationToken);

        var shown = await first.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        shown.ShouldContain("initial-password");
        var next = WebSession.HiddenFields(new AngleSharp.Html.Parser.HtmlParser().ParseDocument(shown), "create-account").Single(f => f.Key == "_oneTimeToken").Value;
        next.ShouldNotBe(fields.Single(f => f.Key == "_oneTimeToken").Value, "the next account needs a token of its own");
        Guid id = default;
        await factory.WithDbAsync(async db => id = (await db.Users.Where(u => u.Email == email).ToListAsync()).ShouldHaveSingleItem().Id);
        again.RequestMessage!.RequestUri!.AbsolutePath.ShouldEndWith($"/admin/users/{id}");
    }

    [Fact]
    public async Task Store_ReleasedOrExpiredKey_CanBeClaimedAgain_AndKeysArePrivateToTheirCaller()
    {
        var factory = await FactoryAsync();
        var scopes = factory.Service<IServiceScopeFactory>();
        var store = new IdempotencyStore(scopes, TimeProvider.System);
        var (caller, other, key) = (Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid().ToString());

        var first = (await store.ClaimAsync(null, caller, key, "a", TestContext.Current.CancellationToken)).ShouldBeOfType<IdempotencyClaim.Won>();
        (await store.ClaimAsync(null, other, key, "a", TestContext.Current.CancellationToken)).ShouldBeOfType<IdempotencyClaim.Won>();
        (await store.ClaimAsync(null, caller, key, "a", TestContext.Current.CancellationToken)).ShouldBeOfType<IdempotencyClaim.Taken>().Record.IsCompleted.ShouldBeFalse();

        // A server fault frees the key, so the retry runs.
        await store.ReleaseAsync(first.RecordId);
        var retry = (await store.ClaimAsync(null, caller, key, "a", TestContext.Current.CancellationToken)).ShouldBeOfType<IdempotencyClaim.Won>();
        await store.CompleteAsync(retry.RecordId, 201, "application/json", "/x", [1, 2], TestContext.Current.CancellationToken);
        var kept = (await store.ClaimAsync(null, caller, key, "a", TestContext.Current.CancellationToken)).ShouldBeOfType<IdempotencyClaim.Taken>().Record;
        (kept.StatusCode, kept.Location).ShouldBe((201, "/x"));
        kept.Body.ShouldBe(new byte[] { 1, 2 });

        // A day later the key is forgotten.
        var dayLater = new IdempotencyStore(scopes, new ShiftedClock(IdempotencyStore.Lifetime + TimeSpan.FromMinutes(1)));
        (await dayLater.ClaimAsync(null, caller, key, "b", TestContext.Current.CancellationToken)).ShouldBeOfType<IdempotencyClaim.Won>();
    }

    private sealed class ShiftedClock(TimeSpan shift) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => System.GetUtcNow() + shift;
    }

    private static string NewSurname() => $"Idem{Guid.NewGuid():N}"[..20];

    // No document, so the registry's one-number-one-person rule never answers in its stead.
    private static HttpRequestMessage Register(string surname, string? key, string language = "en")
    {
        var request = Json("/api/v1/persons", new { surname, givenNames = "Ola", sex = "F", birthDate = "1990-01-02", citizenship = "UKR" }, language);
        if (key is not null)
        {
            request.Headers.Add("Idempotency-Key", key);
        }

        return request;
    }
}

public sealed class SqliteIdempotencyTests(SqliteFactoryFixture fixture) : IdempotencyTests, IClassFixture<SqliteFactoryFixture>
{
    protected override Task<PathwayFactory> FactoryAsync() => Task.FromResult(fixture.Factory);
}

public sealed class PostgresIdempotencyTests(PostgresServer server, PostgresFactoryFixture fixture) : IdempotencyTests, IClassFixture<PostgresFactoryFixture>
{
    protected override Task<PathwayFactory> FactoryAsync() => fixture.GetAsync(server);
}
