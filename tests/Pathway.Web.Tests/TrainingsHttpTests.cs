using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Pathway.Platform.Identity;
using Pathway.Testing;
using static Pathway.Testing.ApiAnswers;

namespace Pathway.Web.Tests;

/// <summary>
/// The register of trainings over HTTP, on SQLite and PostgreSQL: every wrong field named, persons
/// trained counted by area and institution kind, each organisation seeing its own. Each test takes
/// a year of its own, away from the demo's trainings of this year.
/// </summary>
public abstract class TrainingsHttpTests
{
    private const string Api = "/api/v1/trainings";

    protected abstract Task<PathwayFactory> FactoryAsync();

    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    private static async Task<Guid> RecordAsync(HttpClient client, string title, string area, string startsOn, string project, params (string Institution, string Kind, int Participants)[] lines)
    {
        using var created = await client.PostAsJsonAsync(Api, new { title, area, startsOn, trainer = "Anna Kowalczyk", project }, Cancel);
        var id = (await JsonAsync(created, HttpStatusCode.Created)).GetProperty("id").GetGuid();
        foreach (var (institution, kind, participants) in lines)
        {
            using var added = await client.PostAsJsonAsync($"{Api}/{id}/attendance", new { institution, kind, participants }, Cancel);
            added.StatusCode.ShouldBe(HttpStatusCode.Created);
        }

        return id;
    }

    [Fact]
    public async Task Figures_CountPersonsByAreaAndInstitutionsOnceByName_ForTheTrainingsBegunInThePeriod()
    {
        var factory = await FactoryAsync();
        using var ngo = await factory.SignInAsync(Roles.NgoWorker);
        await RecordAsync(ngo.Client, "Identifying victims", "TraffickingInHumanBeings", "2024-03-04", "AMIF-T1",
            ("Straż Graniczna", "BorderGuard", 12), ("Komenda Policji", "Police", 5));
        await RecordAsync(ngo.Client, "Victims, part two", "TraffickingInHumanBeings", "2024-05-06", "AMIF-T1",
            ("straż  graniczna", "BorderGuard", 8));
        await RecordAsync(ngo.Client, "First interviews", "UnaccompaniedMinors", "2024-06-10", "OTHER",
            ("MOPS", "SocialServices", 7));
        await RecordAsync(ngo.Client, "Next year", "UnaccompaniedMinors", "2025-01-10", "AMIF-T1", ("MOPS", "SocialServices", 99));

        using var response = await ngo.Client.GetAsync($"{Api}/figures?from=2024-01-01&to=2024-12-31", Cancel);
        var figures = await JsonAsync(response, HttpStatusCode.OK);
        (figures.GetProperty("trainings").GetInt32(), figures.GetProperty("personsTrained").GetInt32(), figures.GetProperty("institutions").GetInt32())
            .ShouldBe((3, 32, 3), "the border guard post counts once, however its name was spaced and cased");
        var byArea = figures.GetProperty("byArea").EnumerateArray().ToDictionary(a => a.GetProperty("area").GetString()!, a => a.GetProperty("personsTrained").GetInt32());
        byArea.ShouldBe(new Dictionary<string, int> { ["TraffickingInHumanBeings"] = 25, ["UnaccompaniedMinors"] = 7 });
        var byKind = figures.GetProperty("byInstitutionKind").EnumerateArray().Single(k => k.GetProperty("kind").GetString() == "BorderGuard");
        (byKind.GetProperty("institutions").GetInt32(), byKind.GetProperty("personsTrained").GetInt32()).ShouldBe((1, 20));

        using var project = await ngo.Client.GetAsync($"{Api}/figures?from=2024-01-01&to=2024-12-31&project=AMIF-T1", Cancel);
        (await JsonAsync(project, HttpStatusCode.OK)).GetProperty("personsTrained").GetInt32().ShouldBe(25);
        using var list = await ngo.Client.GetAsync($"{Api}?from=2024-01-01&to=2024-12-31", Cancel);
        var trainings = await JsonAsync(list, HttpStatusCode.OK);
        trainings.EnumerateArray().Select(t => t.GetProperty("title").GetString()).ShouldBe(["First interviews", "Victims, part two", "Identifying victims"]);
        trainings[2].GetProperty("participants").GetInt32().ShouldBe(17);

        // The office's supervisor sees the office's trainings, not the NGO's.
        using var supervisor = await factory.SignInAsync(Roles.Supervisor);
        using var theirs = await supervisor.Client.GetAsync($"{Api}/figures?from=2024-01-01&to=2024-12-31", Cancel);
        (await JsonAsync(theirs, HttpStatusCode.OK)).GetProperty("personsTrained").GetInt32().ShouldBe(0);
        var id = trainings[0].GetProperty("id").GetGuid();
        using var hidden = await supervisor.Client.GetAsync($"{Api}/{id}", Cancel);
        hidden.StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Record_NamesEveryWrongFieldInTheReadersLanguage_AndSavesNothing()
    {
        var factory = await FactoryAsync();
        using var ngo = await factory.SignInAsync(Roles.NgoWorker);
        ngo.Client.DefaultRequestHeaders.AcceptLanguage.ParseAdd("uk");

        using var bad = await ngo.Client.PostAsJsonAsync(Api, new { title = " ", area = (string?)null, startsOn = "2023-05-10", endsOn = "2023-05-09", trainer = new string('x', 201) }, Cancel);
        var errors = (await JsonAsync(bad, HttpStatusCode.BadRequest)).GetProperty("errors");
        errors.EnumerateObject().Select(e => e.Name).Order(StringComparer.Ordinal).ShouldBe(["area", "endsOn", "title", "trainer"]);
        errors.GetProperty("endsOn")[0].GetString().ShouldBe(ProblemDetails.Translation("The last day must be on or after the first.", "uk"));

        using var wrongType = await ngo.Client.PostAsJsonAsync(Api, new { title = "T", area = "Juggling", startsOn = "2023-05-10", trainer = "A" }, Cancel);
        wrongType.StatusCode.ShouldBe(HttpStatusCode.BadRequest);

        var id = await RecordAsync(ngo.Client, "Interpreting", "InterculturalCommunication", "2023-05-10", "P");
        using var badLine = await ngo.Client.PostAsJsonAsync($"{Api}/{id}/attendance", new { institution = "", kind = "Police", participants = 0 }, Cancel);
        (await JsonAsync(badLine, HttpStatusCode.BadRequest)).GetProperty("errors").EnumerateObject().Select(e => e.Name).Order(StringComparer.Ordinal)
            .ShouldBe(["institution", "participants"]);
        using var nowhere = await ngo.Client.PostAsJsonAsync($"{Api}/{Guid.NewGuid()}/attendance", new { institution = "X", kind = "Police", participants = 1 }, Cancel);
        nowhere.StatusCode.ShouldBe(HttpStatusCode.NotFound);

        using var figures = await ngo.Client.GetAsync($"{Api}/figures?from=2023-01-01&to=2023-12-31", Cancel);
        (await JsonAsync(figures, HttpStatusCode.OK)).GetProperty("trainings").GetInt32().ShouldBe(1, "only the good training was saved");

        using var added = await ngo.Client.PostAsJsonAsync($"{Api}/{id}/attendance", new { institution = "Police", kind = "Police", participants = 3 }, Cancel);
        var line = (await JsonAsync(added, HttpStatusCode.Created)).GetProperty("id").GetGuid();
        using var removed = await ngo.Client.DeleteAsync($"{Api}/{id}/attendance/{line}", Cancel);
        removed.StatusCode.ShouldBe(HttpStatusCode.NoContent);
        using var again = await ngo.Client.DeleteAsync($"{Api}/{id}/attendance/{line}", Cancel);
        again.StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }
}

public sealed class SqliteTrainingsHttpTests(SqliteFactoryFixture fixture) : TrainingsHttpTests, IClassFixture<SqliteFactoryFixture>
{
    protected override Task<PathwayFactory> FactoryAsync() => Task.FromResult(fixture.Factory);
}

public sealed class PostgresTrainingsHttpTests(PostgresServer server, PostgresFactoryFixture fixture) : TrainingsHttpTests, IClassFixture<PostgresFactoryFixture>
{
    protected override Task<PathwayFactory> FactoryAsync() => Task.FromResult(fixture.GetAsync(server)).Unwrap();
}
