using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Pathway.Platform.Audit;
using Pathway.Platform.Identity;
using Pathway.Support.Tracing;
using Pathway.Testing;
using static Pathway.Testing.ApiAnswers;

namespace Pathway.Web.Tests;

/// <summary>
/// Family tracing over HTTP, on SQLite and PostgreSQL: every wrong field named, a child's case
/// matched across scripts with its evidence, nothing told to the requester before a case worker
/// confirms, a rejected pair never proposed again from either side, and 404 outside the data scope.
/// </summary>
public abstract class TracingHttpTests
{
    protected abstract Task<PathwayFactory> FactoryAsync();

    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    private static async Task<(Guid Id, string Number)> ChildAsync(WebSession session, string given, string surname, string sex, int age)
    {
        using var created = await session.Client.PostAsJsonAsync("/api/v1/beneficiaries",
            new { givenNames = given, surname, birthDate = OfficeDay.Today.AddYears(-age).AddDays(-30), sex, citizenship = "UKR", language = "uk", legalBasis = "Consent", consentsToServices = true, registerAnyway = true }, Cancel);
        var json = await JsonAsync(created, HttpStatusCode.Created);
        return (json.GetProperty("id").GetGuid(), json.GetProperty("number").GetString()!);
    }

    private static async Task<JsonElement> RequestAsync(WebSession session, object body)
    {
        using var created = await session.Client.PostAsJsonAsync("/api/v1/tracing", body, Cancel);
        return await JsonAsync(created, HttpStatusCode.Created);
    }

    private static async Task<JsonElement> GetAsync(WebSession session, string path)
    {
        using var response = await session.Client.GetAsync(path, Cancel);
        return await JsonAsync(response, HttpStatusCode.OK);
    }

    [Fact]
    public async Task ARequest_NamesEveryWrongField_InTheCallersLanguage_AndKeepsNothing()
    {
        var factory = await FactoryAsync();
        using var ngo = await factory.SignInAsync(Roles.NgoWorker);
        var before = await factory.CountAsync<TracingRequest>(_ => true);

        using var wrong = await ngo.Client.PostAsJsonAsync("/api/v1/tracing",
            new { direction = "RelativeSeeksChild", givenNames = " ", age = 30, separatedOn = "March 2024", requesterContact = "+48 600 100 200" }, Cancel);
        var errors = (await JsonAsync(wrong, HttpStatusCode.BadRequest)).GetProperty("errors");
        errors.EnumerateObject().Select(e => e.Name).Order(StringComparer.Ordinal)
            .ShouldBe(["age", "givenNames", "requesterLanguage", "requesterName", "requesterRelationship", "separatedOn"]);
        errors.GetProperty("age")[0].GetString().ShouldBe(ProblemDetails.Translation("A relative's request is for a child: the age given makes the sought person 18 or older.", "pl"));

        using var noCase = await ngo.Client.PostAsJsonAsync("/api/v1/tracing", new { direction = "ChildSeeksRelative", surname = "Kovalenko", childCaseId = Guid.NewGuid() }, Cancel);
        (await JsonAsync(noCase, HttpStatusCode.BadRequest)).GetProperty("errors").GetProperty("childCaseId")[0].GetString()
            .ShouldBe(ProblemDetails.Translation("There is no such case among those you may open.", "pl"));
        var (adult, _) = await ChildAsync(ngo, "Iryna", "Tkachenko", "Female", 30);
        using var notAChild = await ngo.Client.PostAsJsonAsync("/api/v1/tracing", new { direction = "ChildSeeksRelative", surname = "Tkachenko", childCaseId = adult }, Cancel);
        (await JsonAsync(notAChild, HttpStatusCode.BadRequest)).GetProperty("errors").TryGetProperty("childCaseId", out _).ShouldBeTrue();
        using var direction = await ngo.Client.PostAsJsonAsync("/api/v1/tracing", new { direction = "Sideways", surname = "Tkachenko" }, Cancel);
        direction.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        using var language = await ngo.Client.PostAsJsonAsync("/api/v1/tracing", new
        {
            direction = "RelativeSeeksChild", surname = "Tkachenko", requesterName = "Iryna Tkachenko", requesterRelationship = "mother", requesterContact = "+48 600 100 200",
            requesterLanguage = "tlh",
        }, Cancel);
        (await JsonAsync(language, HttpStatusCode.BadRequest)).GetProperty("errors").GetProperty("requesterLanguage")[0].GetString()
            .ShouldBe(ProblemDetails.Translation("Choose one of the languages offered.", "pl"));

        (await factory.CountAsync<TracingRequest>(_ => true)).ShouldBe(before);
        using var missing = await ngo.Client.GetAsync($"/api/v1/tracing/{Guid.NewGuid()}", Cancel);
        missing.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        using var noCandidates = await ngo.Client.GetAsync($"/api/v1/tracing/{Guid.NewGuid()}/candidates", Cancel);
        noCandidates.StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task AMothersRequest_FindsTheChildAcrossScripts_TellsHerNothingUntilConfirmed_AndARejectedPairIsNeverProposedAgain()
    {
        var factory = await FactoryAsync();
        using var ngo = await factory.SignInAsync(Roles.NgoWorker);
        var (taras, tarasNumber) = await ChildAsync(ngo, "Taras", "Shevchenko", "Male", 14);
        var own = await RequestAsync(ngo, new
        {
            direction = "ChildSeeksRelative", givenNames = "Olena", surname = "Shevchenko", sex = "Female", placeOfOrigin = "Kharkiv", placeOfSeparation = "Przemyśl",
            separatedOn = "2024-03", childCaseId = taras,
        });
        own.GetProperty("status").GetString().ShouldBe("Open");

        // The mother writes in Ukrainian: the boy's case is proposed, with the evidence of each field.
        var mother = await RequestAsync(ngo, new
        {
            direction = "RelativeSeeksChild", givenNames = "Тарас", surname = "Шевченко", sex = "Male", age = 14, placeOfOrigin = "Харків",
            requesterName = "Олена Шевченко", requesterRelationship = "мати", requesterContact = "+380 50 123 4567", requesterLanguage = "uk",
        });
        var motherId = mother.GetProperty("id").GetGuid();
        mother.GetProperty("status").GetString().ShouldBe("MatchProposed");
        var candidates = await GetAsync(ngo, $"/api/v1/tracing/{motherId}/candidates");
        var candidate = candidates.EnumerateArray().Single(c => c.GetProperty("candidateId").GetGuid() == taras);
        candidate.GetProperty("hidden").GetBoolean().ShouldBeFalse();
        candidate.GetProperty("number").GetString().ShouldBe(tarasNumber);
        var lines = candidate.GetProperty("evidence").GetProperty("lines").EnumerateArray().ToDictionary(l => l.GetProperty("field").GetString()!, l => l.GetProperty("agreement").GetString());
        (lines["GivenNames"], lines["Surname"], lines["BirthYear"], lines["PlaceOfOrigin"], lines["RelativeName"]).ShouldBe(("Agree", "Agree", "Agree", "Agree", "Agree"));
        (await factory.CountAsync<AuditEntry>(a => a.EntityId == motherId.ToString() && a.Reason == "tracing match run")).ShouldBe(1);
        (await factory.CountAsync<AuditEntry>(a => a.EntityId == motherId.ToString() && a.Reason == "tracing candidates")).ShouldBe(1);

        // What the mother may be told: still searching, nothing of the boy's case.
        var told = await GetAsync(ngo, $"/api/v1/tracing/{motherId}/requester");
        told.GetProperty("progress").GetString().ShouldBe("Searching");
        told.GetProperty("foundName").ValueKind.ShouldBe(JsonValueKind.Null);
        told.GetRawText().ShouldNotContain("Taras");
        told.GetRawText().ShouldNotContain(tarasNumber);
        told.GetRawText().ShouldNotContain("Proposed");
        var letter = await ngo.GetPageAsync($"/support/tracing/{motherId}/letter");
        letter.QuerySelector("#requester-letter")!.TextContent.ShouldNotContain("Taras");
        letter.QuerySelector("#requester-letter")!.TextContent.ShouldNotContain(tarasNumber);

        // The boy's own request finds the mother's; his side is told nothing of her either.
        var ownId = own.GetProperty("id").GetGuid();
        using var rerun = await ngo.Client.PostAsync($"/api/v1/tracing/{ownId}/match", null, Cancel);
        (await JsonAsync(rerun, HttpStatusCode.OK)).GetProperty("status").GetString().ShouldBe("MatchProposed");
        var ownTold = await GetAsync(ngo, $"/api/v1/tracing/{ownId}/requester");
        ownTold.GetProperty("progress").GetString().ShouldBe("Searching");
        ownTold.GetRawText().ShouldNotContain("+380");
        ownTold.GetRawText().ShouldNotContain(mother.GetProperty("number").GetString()!);

        // Rejected from the mother's side: never proposed again, from either side.
        var matchId = candidate.GetProperty("matchId").GetGuid();
        using var rejected = await ngo.Client.PostAsync($"/api/v1/tracing/{motherId}/candidates/{matchId}/reject", null, Cancel);
        (await JsonAsync(rejected, HttpStatusCode.OK)).GetProperty("status").GetString().ShouldBe("Open");
        using var again = await ngo.Client.PostAsync($"/api/v1/tracing/{motherId}/candidates/{matchId}/confirm", null, Cancel);
        again.StatusCode.ShouldBe(HttpStatusCode.Conflict);
        using var motherRun = await ngo.Client.PostAsync($"/api/v1/tracing/{motherId}/match", null, Cancel);
        (await JsonAsync(motherRun, HttpStatusCode.OK)).GetProperty("status").GetString().ShouldBe("Open");
        using var ownRun = await ngo.Client.PostAsync($"/api/v1/tracing/{ownId}/match", null, Cancel);
        (await JsonAsync(ownRun, HttpStatusCode.OK)).GetProperty("status").GetString().ShouldBe("Open");
        (await GetAsync(ngo, $"/api/v1/tracing/{motherId}/candidates")).EnumerateArray().Where(c => c.GetProperty("candidateId").GetGuid() == taras)
            .Select(c => c.GetProperty("state").GetString()).ShouldBe(["Rejected"]);
        (await GetAsync(ngo, $"/api/v1/tracing/{ownId}/candidates")).EnumerateArray().Where(c => c.GetProperty("candidateId").GetGuid() == motherId)
            .Select(c => c.GetProperty("state").GetString()).ShouldBe(["Rejected"]);
        (await factory.CountAsync<AuditEntry>(a => a.EntityId == motherId.ToString() && a.Action == "tracing-reject")).ShouldBe(1);
        (await GetAsync(ngo, $"/api/v1/tracing/{motherId}/requester")).GetProperty("progress").GetString().ShouldBe("Searching");
    }

    [Fact]
    public async Task AConfirmedMatch_IsToldToTheRequester_AndTheRequestCloses()
    {
        var factory = await FactoryAsync();
        using var ngo = await factory.SignInAsync(Roles.NgoWorker);
        var (darya, _) = await ChildAsync(ngo, "Darya", "Bondarenko", "Female", 11);
        var father = await RequestAsync(ngo, new
        {
            direction = "RelativeSeeksChild", givenNames = "Бондаренко", surname = "Дар'я", sex = "Female", birthYear = OfficeDay.Today.Year - 12, uncertainty = 1,
            requesterName = "Ihor Bondarenko", requesterRelationship = "father", requesterContact = "ihor@example.org", requesterLanguage = "uk",
        });
        var id = father.GetProperty("id").GetGuid();
        var candidate = (await GetAsync(ngo, $"/api/v1/tracing/{id}/candidates")).EnumerateArray().Single(c => c.GetProperty("candidateId").GetGuid() == darya);
        candidate.GetProperty("evidence").GetProperty("namesSwapped").GetBoolean().ShouldBeTrue();

        // Another organisation's supervisor cannot see the request at all.
        using var office = await factory.SignInAsync(Roles.Supervisor);
        using var elsewhere = await office.Client.GetAsync($"/api/v1/tracing/{id}/requester", Cancel);
        elsewhere.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        using var notTheirs = await office.Client.PostAsync($"/api/v1/tracing/{id}/candidates/{candidate.GetProperty("matchId").GetGuid()}/confirm", null, Cancel);
        notTheirs.StatusCode.ShouldBe(HttpStatusCode.NotFound);

        using var confirmed = await ngo.Client.PostAsync($"/api/v1/tracing/{id}/candidates/{candidate.GetProperty("matchId").GetGuid()}/confirm", null, Cancel);
        (await JsonAsync(confirmed, HttpStatusCode.OK)).GetProperty("status").GetString().ShouldBe("Confirmed");
        (await factory.CountAsync<AuditEntry>(a => a.EntityId == id.ToString() && a.Action == "tracing-confirm")).ShouldBe(1);
        var told = await GetAsync(ngo, $"/api/v1/tracing/{id}/requester");
        told.GetProperty("progress").GetString().ShouldBe("Found");
        told.GetProperty("foundName").GetString().ShouldBe("Darya Bondarenko");
        var letter = await ngo.GetPageAsync($"/support/tracing/{id}/letter");
        letter.QuerySelector("#letter-found")!.TextContent.ShouldContain("Darya Bondarenko");

        using var rerun = await ngo.Client.PostAsync($"/api/v1/tracing/{id}/match", null, Cancel);
        rerun.StatusCode.ShouldBe(HttpStatusCode.Conflict);
        using var closed = await ngo.Client.PostAsync($"/api/v1/tracing/{id}/close", null, Cancel);
        (await JsonAsync(closed, HttpStatusCode.OK)).GetProperty("status").GetString().ShouldBe("Closed");
        using var closedAgain = await ngo.Client.PostAsync($"/api/v1/tracing/{id}/close", null, Cancel);
        closedAgain.StatusCode.ShouldBe(HttpStatusCode.Conflict);
        (await GetAsync(ngo, "/api/v1/tracing")).EnumerateArray().Any(r => r.GetProperty("id").GetGuid() == id).ShouldBeTrue();
    }

    private static async Task<JsonElement> CandidateHeldByAsync(WebSession session, Guid request, string organisation) =>
        (await GetAsync(session, $"/api/v1/tracing/{request}/candidates")).EnumerateArray()
            .Single(c => c.GetProperty("heldBy").ValueKind == JsonValueKind.String && c.GetProperty("heldBy").GetString() == organisation);

    private static async Task<JsonElement?> SharedAsync(WebSession session, Guid ownId) =>
        (await GetAsync(session, "/api/v1/tracing/shared")).EnumerateArray().Where(m => m.GetProperty("ownId").GetGuid() == ownId).Cast<JsonElement?>().SingleOrDefault();

    [Fact]
    public async Task AnNgosRequest_FindsTheOfficesChild_WhomNeitherSideSeesUntilBothConfirm_AndTheLetterIsInTheRequestersLanguage()
    {
        var factory = await FactoryAsync();
        using var office = await factory.SignInAsync(Roles.Supervisor);
        using var ngo = await factory.SignInAsync(Roles.NgoWorker);
        var (bohdan, bohdanNumber) = await ChildAsync(office, "Bohdan", "Marchenko", "Male", 10);

        var aunt = await RequestAsync(ngo, new
        {
            direction = "RelativeSeeksChild", givenNames = "Богдан", surname = "Марченко", sex = "Male", age = 10, placeOfOrigin = "Mariupol",
            requesterName = "Nadia Marchenko", requesterRelationship = "aunt", requesterContact = "+48 600 200 300", requesterLanguage = "ar",
        });
        var id = aunt.GetProperty("id").GetGuid();
        aunt.GetProperty("status").GetString().ShouldBe("MatchProposed");
        aunt.GetProperty("requesterLanguage").GetString().ShouldBe("ar");

        // The NGO sees a possible match held by the office: the agreement of each field, nothing of the boy.
        var candidate = await CandidateHeldByAsync(ngo, id, "Oddział Legalizacji Pobytu");
        candidate.GetProperty("hidden").GetBoolean().ShouldBeTrue();
        candidate.GetProperty("evidence").ValueKind.ShouldBe(JsonValueKind.Null);
        candidate.GetProperty("candidateId").ValueKind.ShouldBe(JsonValueKind.Null);
        candidate.GetProperty("agreements").EnumerateArray().Single(a => a.GetProperty("field").GetString() == "GivenNames").GetProperty("agreement").GetString().ShouldBe("Agree");
        candidate.GetRawText().ShouldNotContain("Bohdan");
        candidate.GetRawText().ShouldNotContain(bohdanNumber);
        candidate.GetRawText().ShouldNotContain(bohdan.ToString());
        var matchId = candidate.GetProperty("matchId").GetGuid();

        // Not proposed yet: the office is told nothing, and cannot judge it.
        (await SharedAsync(office, bohdan)).ShouldBeNull();
        using var early = await office.Client.PostAsync($"/api/v1/tracing/shared/{matchId}/confirm", null, Cancel);
        early.StatusCode.ShouldBe(HttpStatusCode.NotFound);

        // The NGO's case worker proposes it: confirmed on their side, still hidden, and the aunt is told nothing.
        using var proposed = await ngo.Client.PostAsync($"/api/v1/tracing/{id}/candidates/{matchId}/confirm", null, Cancel);
        (await JsonAsync(proposed, HttpStatusCode.OK)).GetProperty("status").GetString().ShouldBe("MatchProposed");
        using var twice = await ngo.Client.PostAsync($"/api/v1/tracing/{id}/candidates/{matchId}/confirm", null, Cancel);
        twice.StatusCode.ShouldBe(HttpStatusCode.Conflict);
        candidate = await CandidateHeldByAsync(ngo, id, "Oddział Legalizacji Pobytu");
        (candidate.GetProperty("state").GetString(), candidate.GetProperty("hidden").GetBoolean()).ShouldBe(("Proposed", true));
        candidate.GetProperty("ownSideConfirmedAt").ValueKind.ShouldBe(JsonValueKind.String);
        var told = await GetAsync(ngo, $"/api/v1/tracing/{id}/requester");
        (told.GetProperty("progress").GetString(), told.GetProperty("foundName").ValueKind).ShouldBe(("Searching", JsonValueKind.Null));

        // The office sees its own boy and the NGO's name, not the aunt; the NGO cannot judge the office's side.
        var shared = (await SharedAsync(office, bohdan))!.Value;
        (shared.GetProperty("ownNumber").GetString(), shared.GetProperty("ownName").GetString(), shared.GetProperty("proposedBy").GetString())
            .ShouldBe((bohdanNumber, "Bohdan Marchenko", "Fundacja Wspólna Droga"));
        shared.GetProperty("otherName").ValueKind.ShouldBe(JsonValueKind.Null);
        shared.GetRawText().ShouldNotContain("Nadia");
        shared.GetRawText().ShouldNotContain(aunt.GetProperty("number").GetString()!);
        using var notTheirs = await ngo.Client.PostAsync($"/api/v1/tracing/shared/{matchId}/confirm", null, Cancel);
        notTheirs.StatusCode.ShouldBe(HttpStatusCode.NotFound);

        // Both have confirmed: each side learns the other's person, and the letter names the boy, in Arabic, right to left.
        using var confirmed = await office.Client.PostAsync($"/api/v1/tracing/shared/{matchId}/confirm", null, Cancel);
        confirmed.StatusCode.ShouldBe(HttpStatusCode.NoContent);
        candidate = await CandidateHeldByAsync(ngo, id, "Oddział Legalizacji Pobytu");
        (candidate.GetProperty("state").GetString(), candidate.GetProperty("hidden").GetBoolean(), candidate.GetProperty("name").GetString())
            .ShouldBe(("Confirmed", false, "Bohdan Marchenko"));
        (await GetAsync(ngo, $"/api/v1/tracing/{id}")).GetProperty("status").GetString().ShouldBe("Confirmed");
        shared = (await SharedAsync(office, bohdan))!.Value;
        (shared.GetProperty("state").GetString(), shared.GetProperty("otherName").GetString()).ShouldBe(("Confirmed", "Nadia Marchenko"));
        told = await GetAsync(ngo, $"/api/v1/tracing/{id}/requester");
        (told.GetProperty("progress").GetString(), told.GetProperty("foundName").GetString(), told.GetProperty("language").GetString())
            .ShouldBe(("Found", "Bohdan Marchenko", "ar"));
        (await factory.CountAsync<AuditEntry>(a => a.EntityId == id.ToString() && a.Action == "tracing-confirm-side")).ShouldBe(1);
        (await factory.CountAsync<AuditEntry>(a => a.EntityId == id.ToString() && a.Action == "tracing-confirm")).ShouldBe(1);
        (await factory.CountAsync<AuditEntry>(a => a.Reason == "tracing shared matches")).ShouldBeGreaterThanOrEqualTo(2);

        var letter = await ngo.GetPageAsync($"/support/tracing/{id}/letter");
        letter.DocumentElement.GetAttribute("lang").ShouldBe("pl");
        var article = letter.QuerySelector("#requester-letter")!;
        (article.GetAttribute("lang"), article.GetAttribute("dir")).ShouldBe(("ar", "rtl"));
        article.QuerySelector("h1")!.TextContent.ShouldBe(ProblemDetails.Translation("Your tracing request", "ar"));
        letter.QuerySelector("#letter-found")!.TextContent.ShouldContain("Bohdan Marchenko");
        letter.QuerySelector("#letter-language")!.TextContent.ShouldContain("العربية");
        letter.QuerySelector("title")!.TextContent.ShouldStartWith(ProblemDetails.Translation("Letter to the requester", "pl"));
    }

    [Fact]
    public async Task ARejectionByTheHoldingOrganisation_EndsTheMatch_AndThePairIsNeverProposedAgain()
    {
        var factory = await FactoryAsync();
        using var office = await factory.SignInAsync(Roles.Supervisor);
        using var ngo = await factory.SignInAsync(Roles.NgoWorker);
        var (sofiia, _) = await ChildAsync(office, "Sofiia", "Hnatiuk", "Female", 9);
        var father = await RequestAsync(ngo, new
        {
            direction = "RelativeSeeksChild", givenNames = "Софія", surname = "Гнатюк", sex = "Female", age = 9,
            requesterName = "Taras Hnatiuk", requesterRelationship = "father", requesterContact = "taras@example.org", requesterLanguage = "uk",
        });
        var id = father.GetProperty("id").GetGuid();
        var matchId = (await CandidateHeldByAsync(ngo, id, "Oddział Legalizacji Pobytu")).GetProperty("matchId").GetGuid();
        using var proposed = await ngo.Client.PostAsync($"/api/v1/tracing/{id}/candidates/{matchId}/confirm", null, Cancel);
        proposed.StatusCode.ShouldBe(HttpStatusCode.OK);

        using var rejected = await office.Client.PostAsync($"/api/v1/tracing/shared/{matchId}/reject", null, Cancel);
        rejected.StatusCode.ShouldBe(HttpStatusCode.NoContent);
        using var again = await office.Client.PostAsync($"/api/v1/tracing/shared/{matchId}/confirm", null, Cancel);
        again.StatusCode.ShouldBe(HttpStatusCode.Conflict);
        (await factory.CountAsync<AuditEntry>(a => a.EntityId == id.ToString() && a.Action == "tracing-reject")).ShouldBe(1);

        (await GetAsync(ngo, $"/api/v1/tracing/{id}")).GetProperty("status").GetString().ShouldBe("Open");
        using var rerun = await ngo.Client.PostAsync($"/api/v1/tracing/{id}/match", null, Cancel);
        (await JsonAsync(rerun, HttpStatusCode.OK)).GetProperty("status").GetString().ShouldBe("Open");
        var candidate = await CandidateHeldByAsync(ngo, id, "Oddział Legalizacji Pobytu");
        (candidate.GetProperty("state").GetString(), candidate.GetProperty("hidden").GetBoolean()).ShouldBe(("Rejected", true));
        (await GetAsync(ngo, $"/api/v1/tracing/{id}/requester")).GetProperty("foundName").ValueKind.ShouldBe(JsonValueKind.Null);
        (await SharedAsync(office, sofiia))!.Value.GetProperty("state").GetString().ShouldBe("Rejected");
    }

    [Fact]
    public async Task ASealedChild_IsNeverProposedToAnotherOrganisation()
    {
        var factory = await FactoryAsync();
        using var office = await factory.SignInAsync(Roles.Supervisor);
        using var ngo = await factory.SignInAsync(Roles.NgoWorker);
        var (yeva, _) = await ChildAsync(office, "Yeva", "Ostapchuk", "Female", 13);
        using var sealedCase = await office.Client.PostAsJsonAsync($"/api/v1/beneficiaries/{yeva}/seal", new { reason = "A trafficker looks for her." }, Cancel);
        sealedCase.StatusCode.ShouldBe(HttpStatusCode.NoContent);

        var mother = await RequestAsync(ngo, new
        {
            direction = "RelativeSeeksChild", givenNames = "Єва", surname = "Остапчук", sex = "Female", age = 13,
            requesterName = "Ivanna Ostapchuk", requesterRelationship = "mother", requesterContact = "+48 600 300 400", requesterLanguage = "uk",
        });
        var id = mother.GetProperty("id").GetGuid();
        mother.GetProperty("status").GetString().ShouldBe("Open");
        (await GetAsync(ngo, $"/api/v1/tracing/{id}/candidates")).EnumerateArray().ShouldBeEmpty();

        // Unsealed by its team, the same run proposes her, hidden.
        using var unsealed = await office.Client.PostAsJsonAsync($"/api/v1/beneficiaries/{yeva}/unseal", new { reason = "Safe now." }, Cancel);
        unsealed.StatusCode.ShouldBe(HttpStatusCode.NoContent);
        using var rerun = await ngo.Client.PostAsync($"/api/v1/tracing/{id}/match", null, Cancel);
        (await JsonAsync(rerun, HttpStatusCode.OK)).GetProperty("status").GetString().ShouldBe("MatchProposed");
        (await CandidateHeldByAsync(ngo, id, "Oddział Legalizacji Pobytu")).GetProperty("hidden").GetBoolean().ShouldBeTrue();
    }
}

public sealed class SqliteTracingHttpTests(SqliteFactoryFixture fixture) : TracingHttpTests, IClassFixture<SqliteFactoryFixture>
{
    protected override Task<PathwayFactory> FactoryAsync() => Task.FromResult(fixture.Factory);
}

public sealed class PostgresTracingHttpTests(PostgresServer server, PostgresFactoryFixture fixture) : TracingHttpTests, IClassFixture<PostgresFactoryFixture>
{
    protected override Task<PathwayFactory> FactoryAsync() => Task.FromResult(fixture.GetAsync(server)).Unwrap();
}
