using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Pathway.Platform.Audit;
using Pathway.Platform.Identity;
using Pathway.Testing;
using static Pathway.Testing.ApiAnswers;

namespace Pathway.Web.Tests;

/// <summary>
/// Gender-based-violence incidents over HTTP, on SQLite and PostgreSQL: recorded with a code and no
/// one named, every wrong field refused with nothing saved, figures counting only consenting
/// survivors with counts of 1 to 4 hidden, each organisation seeing its own. Each test takes a year
/// of its own.
/// </summary>
public abstract class GbvHttpTests
{
    private const string Api = "/api/v1/gbv";

    protected abstract Task<PathwayFactory> FactoryAsync();

    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    private static object Incident(string month, string type = "Rape", string perpetrator = "Stranger", bool consent = true, string place = "Wola") => new
    {
        incidentMonth = month,
        reportedMonth = month,
        place,
        context = "CountryOfAsylum",
        type,
        ageGroup = "From18To25",
        sex = "Female",
        separatedChild = false,
        perpetrator,
        perpetrators = "One",
        services = new[] { "HealthCare", "PsychologicalCounselling" },
        statisticsConsent = consent,
    };

    private static async Task<JsonElement> RecordAsync(HttpClient client, object incident)
    {
        using var response = await client.PostAsJsonAsync($"{Api}/incidents", incident, Cancel);
        return await JsonAsync(response, HttpStatusCode.Created);
    }

    private static async Task<JsonElement> ListAsync(HttpClient client)
    {
        using var response = await client.GetAsync($"{Api}/incidents", Cancel);
        return await JsonAsync(response, HttpStatusCode.OK);
    }

    [Fact]
    public async Task Record_GivesTheOrganisationsNextCode_AndTheListShowsNoOneNamed()
    {
        var factory = await FactoryAsync();
        using var ngo = await factory.SignInAsync(Roles.NgoWorker);
        var first = await RecordAsync(ngo.Client, Incident("2022-05", place: "Praga-Południe"));
        var second = await RecordAsync(ngo.Client, Incident("2022-06", type: "ForcedMarriage"));
        var (code1, code2) = (first.GetProperty("code").GetString()!, second.GetProperty("code").GetString()!);
        code1.ShouldMatch(@"^GBV-\d{4}-\d{5}$");
        int.Parse(code2[^5..], System.Globalization.CultureInfo.InvariantCulture).ShouldBe(int.Parse(code1[^5..], System.Globalization.CultureInfo.InvariantCulture) + 1);
        first.GetProperty("incidentMonth").GetString().ShouldBe("2022-05");
        first.GetProperty("services").EnumerateArray().Select(s => s.GetString()).ShouldBe(["PsychologicalCounselling", "HealthCare"]);
        first.EnumerateObject().Select(p => p.Name).ShouldNotContain("beneficiaryId");

        var list = await ListAsync(ngo.Client);
        var mine = list.EnumerateArray().Single(i => i.GetProperty("code").GetString() == code2);
        (mine.GetProperty("type").GetString(), mine.GetProperty("ageGroup").GetString()).ShouldBe(("ForcedMarriage", "From18To25"));

        using var page = await ngo.Client.GetAsync("/support/gbv", Cancel);
        var html = await page.Content.ReadAsStringAsync(Cancel);
        page.StatusCode.ShouldBe(HttpStatusCode.OK);
        html.ShouldContain(code2);

        // The office's supervisor sees the office's incidents, not the NGO's.
        using var supervisor = await factory.SignInAsync(Roles.Supervisor);
        (await ListAsync(supervisor.Client)).EnumerateArray().ShouldNotContain(i => i.GetProperty("place").GetString() == "Praga-Południe");
        using var theirs = await supervisor.Client.GetAsync($"{Api}/figures?from=2022-01&to=2022-12", Cancel);
        (await JsonAsync(theirs, HttpStatusCode.OK)).GetProperty("byType").EnumerateArray().ShouldAllBe(f => f.GetProperty("count").GetInt32() == 0);
    }

    [Fact]
    public async Task Record_NamesEveryWrongFieldInTheReadersLanguage_AndSavesNothing()
    {
        var factory = await FactoryAsync();
        using var ngo = await factory.SignInAsync(Roles.NgoWorker);
        ngo.Client.DefaultRequestHeaders.AcceptLanguage.ParseAdd("uk");
        var before = (await ListAsync(ngo.Client)).GetArrayLength();

        using var bad = await ngo.Client.PostAsJsonAsync($"{Api}/incidents", new
        {
            incidentMonth = "2099-01",
            reportedMonth = "2021-13",
            place = new string('x', 101),
            ageGroup = "From41To60",
            separatedChild = true,
        }, Cancel);
        var errors = (await JsonAsync(bad, HttpStatusCode.BadRequest)).GetProperty("errors");
        errors.EnumerateObject().Select(e => e.Name).Order(StringComparer.Ordinal).ShouldBe(
            ["context", "incidentMonth", "perpetrator", "perpetrators", "place", "reportedMonth", "separatedChild", "sex", "statisticsConsent", "type"]);
        errors.GetProperty("incidentMonth")[0].GetString().ShouldBe(ProblemDetails.Translation("The month of the incident cannot be after this month.", "uk"));

        using var backwards = await ngo.Client.PostAsJsonAsync($"{Api}/incidents",
            new { incidentMonth = "2021-05", reportedMonth = "2021-04", context = "DuringFlight", type = "Rape", ageGroup = "From12To17", sex = "Male", perpetrator = "Unknown", perpetrators = "Unknown", statisticsConsent = false },
            Cancel);
        (await JsonAsync(backwards, HttpStatusCode.BadRequest)).GetProperty("errors").EnumerateObject().Select(e => e.Name).ShouldBe(["reportedMonth"]);

        using var wrongType = await ngo.Client.PostAsJsonAsync($"{Api}/incidents", new { incidentMonth = "2021-05", reportedMonth = "2021-05", type = "Juggling" }, Cancel);
        wrongType.StatusCode.ShouldBe(HttpStatusCode.BadRequest);

        using var badPeriod = await ngo.Client.GetAsync($"{Api}/figures?from=2021-13&to=2021-01", Cancel);
        (await JsonAsync(badPeriod, HttpStatusCode.BadRequest)).GetProperty("errors").EnumerateObject().Select(e => e.Name).ShouldBe(["from"]);

        (await ListAsync(ngo.Client)).GetArrayLength().ShouldBe(before, "nothing of the refused records was saved");
    }

    [Fact]
    public async Task Figures_CountOnlyConsentingSurvivors_AndHideCountsFromOneToFour()
    {
        var factory = await FactoryAsync();
        using var ngo = await factory.SignInAsync(Roles.NgoWorker);
        for (var i = 0; i < 6; i++)
        {
            await RecordAsync(ngo.Client, Incident("2023-03"));
        }

        await RecordAsync(ngo.Client, Incident("2023-04", type: "PhysicalAssault", perpetrator: "IntimatePartner"));
        await RecordAsync(ngo.Client, Incident("2023-05", type: "PhysicalAssault", perpetrator: "IntimatePartner"));
        for (var i = 0; i < 3; i++)
        {
            await RecordAsync(ngo.Client, Incident("2023-06", type: "ForcedMarriage", consent: false));
        }

        await RecordAsync(ngo.Client, Incident("2024-01", type: "SexualAssault"));

        using var response = await ngo.Client.GetAsync($"{Api}/figures?from=2023-01&to=2023-12", Cancel);
        var figures = await JsonAsync(response, HttpStatusCode.OK);
        var byType = figures.GetProperty("byType").EnumerateArray().ToDictionary(f => f.GetProperty("category").GetString()!, f => f.GetProperty("shown").GetString());
        // The age groups show the total (8): the 2 physical assaults would be 8 less the 6 rapes, so the 6 is hidden too.
        byType.ShouldBe(new Dictionary<string, string?>
        {
            ["Rape"] = "x", ["SexualAssault"] = "0", ["PhysicalAssault"] = "x", ["ForcedMarriage"] = "0", ["DenialOfResources"] = "0", ["PsychologicalAbuse"] = "0",
        });
        foreach (var category in new[] { "IntimatePartner", "Stranger" })
        {
            var hidden = figures.GetProperty("byPerpetrator").EnumerateArray().Single(f => f.GetProperty("category").GetString() == category);
            (hidden.GetProperty("count").ValueKind, hidden.GetProperty("suppressed").GetBoolean()).ShouldBe((JsonValueKind.Null, true));
        }

        figures.GetProperty("byAgeGroup").EnumerateArray().Single(f => f.GetProperty("category").GetString() == "From18To25").GetProperty("count").GetInt32().ShouldBe(8);

        ngo.Client.DefaultRequestHeaders.AcceptLanguage.ParseAdd("en");
        using var page = await ngo.Client.GetAsync("/support/gbv/figures?from=2023-01&to=2023-12", Cancel);
        var html = await page.Content.ReadAsStringAsync(Cancel);
        html.ShouldContain("<td>not shown</td>");
        html.ShouldNotContain("<td>6</td>");
        html.ShouldContain("suppression-rule");
        html.ShouldContain("complementary-rule");
    }

    [Fact]
    public async Task Correct_ChangesTheFieldsAsRecordingChecksThem_AuditingTheirNamesNeverTheirValues()
    {
        var factory = await FactoryAsync();
        using var ngo = await factory.SignInAsync(Roles.NgoWorker);
        var recorded = await RecordAsync(ngo.Client, Incident("2019-02", place: "Bemowo"));
        var id = recorded.GetProperty("id").GetGuid();
        var code = recorded.GetProperty("code").GetString();

        using var wrong = await ngo.Client.PutAsJsonAsync($"{Api}/incidents/{id}", new { incidentMonth = "2099-01", reportedMonth = "2019-02", type = "Rape" }, Cancel);
        var errors = (await JsonAsync(wrong, HttpStatusCode.BadRequest)).GetProperty("errors");
        errors.GetProperty("incidentMonth")[0].GetString().ShouldBe(ProblemDetails.Translation("The month of the incident cannot be after this month.", "pl"));
        errors.TryGetProperty("context", out _).ShouldBeTrue();

        var corrected = new
        {
            incidentMonth = "2019-01", reportedMonth = "2019-02", place = "Bemowo", context = "DuringFlight", type = "SexualAssault", ageGroup = "From18To25", sex = "Female",
            separatedChild = false, perpetrator = "Stranger", perpetrators = "One", services = new[] { "HealthCare", "PsychologicalCounselling" }, statisticsConsent = true,
        };
        using var put = await ngo.Client.PutAsJsonAsync($"{Api}/incidents/{id}", corrected, Cancel);
        var answer = await JsonAsync(put, HttpStatusCode.OK);
        (answer.GetProperty("code").GetString(), answer.GetProperty("type").GetString(), answer.GetProperty("incidentMonth").GetString()).ShouldBe((code, "SexualAssault", "2019-01"));
        using var read = await ngo.Client.GetAsync($"{Api}/incidents/{id}", Cancel);
        (await JsonAsync(read, HttpStatusCode.OK)).GetProperty("context").GetString().ShouldBe("DuringFlight");

        var changes = new List<string?>();
        await factory.WithDbAsync(async db => changes = await db.Set<AuditEntry>()
            .Where(a => a.EntityId == id.ToString() && a.Action == AuditAction.Update).Select(a => a.Details).ToListAsync(Cancel));
        changes.ShouldHaveSingleItem()!.Split(',').Order(StringComparer.Ordinal).ShouldBe(["Context", "IncidentMonth", "Type"]);

        // Another organisation's incident is not there to correct, read or delete.
        using var office = await factory.SignInAsync(Roles.Supervisor);
        using var foreign = await office.Client.PutAsJsonAsync($"{Api}/incidents/{id}", corrected, Cancel);
        foreign.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        using var foreignRead = await office.Client.GetAsync($"{Api}/incidents/{id}", Cancel);
        foreignRead.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        using var foreignDelete = await office.Client.SendAsync(new HttpRequestMessage(HttpMethod.Delete, $"{Api}/incidents/{id}") { Content = JsonContent.Create(new { reason = "Mine now." }) }, Cancel);
        foreignDelete.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        using var foreignPage = await office.Client.GetAsync($"/support/gbv/{id}", Cancel);
        foreignPage.StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Delete_NeedsAReason_ThenTheIncidentIsGoneFromTheListAndTheFigures_AndTheAuditKeepsTheReason()
    {
        var factory = await FactoryAsync();
        using var ngo = await factory.SignInAsync(Roles.NgoWorker);
        var recorded = await RecordAsync(ngo.Client, Incident("2018-07", type: "DenialOfResources"));
        var id = recorded.GetProperty("id").GetGuid();
        Task<HttpResponseMessage> DeleteAsync(object? body) => ngo.Client.SendAsync(
            new HttpRequestMessage(HttpMethod.Delete, $"{Api}/incidents/{id}") { Content = body is null ? null : JsonContent.Create(body) }, Cancel);

        using (var bare = await DeleteAsync(null))
        {
            (await JsonAsync(bare, HttpStatusCode.BadRequest)).GetProperty("errors").GetProperty("reason")[0].GetString()
                .ShouldBe(ProblemDetails.Translation("Write why the record is deleted.", "pl"));
        }

        using (var tooLong = await DeleteAsync(new { reason = new string('x', 501) }))
        {
            (await JsonAsync(tooLong, HttpStatusCode.BadRequest)).GetProperty("errors").GetProperty("reason")[0].GetString()
                .ShouldBe(ProblemDetails.Translation("Write at most {0} characters.", "pl", 500));
        }

        using (var deleted = await DeleteAsync(new { reason = "Recorded twice: the same incident as the one before." }))
        {
            deleted.StatusCode.ShouldBe(HttpStatusCode.NoContent);
        }

        (await ListAsync(ngo.Client)).EnumerateArray().ShouldNotContain(i => i.GetProperty("id").GetGuid() == id);
        using var figures = await ngo.Client.GetAsync($"{Api}/figures?from=2018-01&to=2018-12", Cancel);
        (await JsonAsync(figures, HttpStatusCode.OK)).GetProperty("byType").EnumerateArray().ShouldAllBe(f => f.GetProperty("count").GetInt32() == 0);
        using (var again = await DeleteAsync(new { reason = "Again." }))
        {
            again.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        }

        (await factory.CountAsync<AuditEntry>(a => a.EntityId == id.ToString() && a.Action == "gbv-delete"
            && a.Reason == "Recorded twice: the same incident as the one before." && a.Details == recorded.GetProperty("code").GetString())).ShouldBe(1);
    }

    [Fact]
    public async Task Roles_WithoutThePermission_AreRefused()
    {
        var factory = await FactoryAsync();
        using var officer = await factory.SignInAsync(Roles.CaseOfficer);
        using var record = await officer.Client.PostAsJsonAsync($"{Api}/incidents", Incident("2020-05"), Cancel);
        record.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        using var figures = await officer.Client.GetAsync($"{Api}/figures", Cancel);
        figures.StatusCode.ShouldBe(HttpStatusCode.Forbidden);

        using var analyst = await factory.SignInAsync(Roles.Analyst);
        using var list = await analyst.Client.GetAsync($"{Api}/incidents", Cancel);
        list.StatusCode.ShouldBe(HttpStatusCode.Forbidden, "an analyst reads the suppressed figures, never single incidents");
        using var theirs = await analyst.Client.GetAsync($"{Api}/figures", Cancel);
        theirs.StatusCode.ShouldBe(HttpStatusCode.OK);
    }
}

public sealed class SqliteGbvHttpTests(SqliteFactoryFixture fixture) : GbvHttpTests, IClassFixture<SqliteFactoryFixture>
{
    protected override Task<PathwayFactory> FactoryAsync() => Task.FromResult(fixture.Factory);
}

public sealed class PostgresGbvHttpTests(PostgresServer server, PostgresFactoryFixture fixture) : GbvHttpTests, IClassFixture<PostgresFactoryFixture>
{
    protected override Task<PathwayFactory> FactoryAsync() => Task.FromResult(fixture.GetAsync(server)).Unwrap();
}
