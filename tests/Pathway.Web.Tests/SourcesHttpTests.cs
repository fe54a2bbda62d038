using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Pathway.Analytics.Sources;
using Pathway.Platform.Identity;
using Pathway.Testing;

namespace Pathway.Web.Tests;

/// <summary>
/// Outside tables over HTTP, on SQLite and PostgreSQL: loaded whole or not at all, listed, read and
/// filtered, refused with every fault by line and column, a changed layout refused unless replaced on purpose.
/// </summary>
public abstract class SourcesHttpTests
{
    private const string Api = "/api/v1/analytics/sources";

    protected abstract Task<PathwayFactory> FactoryAsync();

    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    private static string Unique(string name) => name + "_" + Guid.NewGuid().ToString("N")[..8];

    private static HttpRequestMessage Load(string query, string csv, string language = "en", string? idempotency = null)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, Api + query) { Content = new StringContent(csv, Encoding.UTF8, "text/csv") };
        request.Headers.AcceptLanguage.ParseAdd(language);
        if (idempotency is not null)
        {
            request.Headers.Add("Idempotency-Key", idempotency);
        }

        return request;
    }

    private static string Asylum(string geo2 = "DE") => $"""
        DATAFLOW,LAST UPDATE,FREQ: Time frequency,CITIZEN: Country of citizenship,SEX: Sex,GEO: Geopolitical entity (reporting),TIME_PERIOD: Time,OBS_VALUE: Observation value,OBS_FLAG: Observation flag
        ESTAT:MIGR_ASYAPPCTZM(1.0): Asylum applicants by citizenship,19/06/24 23:00:00,M: Monthly,UA: Ukraine,T: Total,PL: Poland,2024-01: 2024-01,1250,
        ESTAT:MIGR_ASYAPPCTZM(1.0): Asylum applicants by citizenship,19/06/24 23:00:00,M: Monthly,UA: Ukraine,T: Total,PL: Poland,2024-02: 2024-02,,
        ESTAT:MIGR_ASYAPPCTZM(1.0): Asylum applicants by citizenship,19/06/24 23:00:00,M: Monthly,UA: Ukraine,T: Total,{geo2}: Germany,2024-01: 2024-01,3400,p
        """;

    private static async Task<JsonElement> JsonAsync(HttpResponseMessage response, HttpStatusCode status)
    {
        var text = await response.Content.ReadAsStringAsync(Cancel);
        response.StatusCode.ShouldBe(status, text);
        return JsonDocument.Parse(text).RootElement;
    }

    private static async Task<List<SourceTableSummary>> ListAsync(WebSession session) =>
        (await session.Client.GetFromJsonAsync<List<SourceTableSummary>>(Api, Cancel))!;

    [Fact]
    public async Task Load_SdmxCsvWithLabels_IsListedReadAndFilteredByDimension()
    {
        var factory = await FactoryAsync();
        using var analyst = await factory.SignInAsync(Roles.Analyst);
        var name = Unique("asylum");
        using var loaded = await analyst.Client.SendAsync(Load($"?name={name}&source=https://ec.europa.eu/eurostat", Asylum()), Cancel);
        var table = (await JsonAsync(loaded, HttpStatusCode.Created)).Deserialize<SourceTableSummary>(JsonSerializerOptions.Web)!;
        loaded.Headers.Location!.ToString().ShouldBe($"{Api}/{table.Id}");
        (table.Name, table.Title, table.Source, table.Format, table.Rows, table.Series, table.MissingValues)
            .ShouldBe((name, "Asylum applicants by citizenship", "https://ec.europa.eu/eurostat", "sdmx-csv-1", 3, 2, 1));
        table.Structures.ShouldBe(["ESTAT:MIGR_ASYAPPCTZM(1.0)"]);
        table.LoadedBy.ShouldBe(DemoAccountsEmail(Roles.Analyst));
        table.LoadMilliseconds.ShouldBeGreaterThan(0);

        (await ListAsync(analyst)).ShouldContain(t => t.Id == table.Id);
        var detail = (await analyst.Client.GetFromJsonAsync<SourceTableDetail>($"{Api}/{table.Id}", Cancel))!;
        detail.Dimensions.Select(d => (d.Id, d.Label, d.CodeCount)).ShouldBe(
            [("FREQ", "Time frequency", 1), ("CITIZEN", "Country of citizenship", 1), ("SEX", "Sex", 1), ("GEO", "Geopolitical entity (reporting)", 2)]);
        detail.Dimensions[3].Codes.ShouldBe([new SourceCodeView("PL", "Poland"), new SourceCodeView("DE", "Germany")]);

        var poland = (await analyst.Client.GetFromJsonAsync<SourceObservationPage>($"{Api}/{table.Id}/observations?geo=PL", Cancel))!;
        poland.Total.ShouldBe(2);
        poland.Observations.Select(o => (o.Period, o.Value, o.Codes["GEO"])).ShouldBe([("2024-01", 1250m, "PL"), ("2024-02", (decimal?)null, "PL")]);
        poland.Observations[0].Start.ShouldBe(new DateOnly(2024, 1, 1));
        poland.Observations[0].SeriesKey.ShouldBe("M.UA.T.PL");
        var germany = (await analyst.Client.GetFromJsonAsync<SourceObservationPage>($"{Api}/{table.Id}/observations?GEO=DE&sex=T&pageSize=1", Cancel))!;
        germany.Observations.ShouldHaveSingleItem().Flag.ShouldBe("p");

        using var unknown = await analyst.Client.GetAsync($"{Api}/{table.Id}/observations?age=Y_LT14", Cancel);
        (await ProblemDetails.ErrorsAsync(unknown)).Keys.ShouldBe(["age"]);
        (await analyst.Client.GetAsync($"{Api}/{Guid.NewGuid()}", Cancel)).StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Load_FaultyFile_NamesEveryFaultByLineAndColumnInTheCallersLanguage_AndLoadsNothing()
    {
        var factory = await FactoryAsync();
        using var analyst = await factory.SignInAsync(Roles.Analyst);
        var name = Unique("faulty");
        var csv = """
            DATAFLOW,FREQ,GEO,TIME_PERIOD,OBS_VALUE
            ESTAT:X(1.0),M,PL,2024-01,1
            ESTAT:X(1.0),M,QQ,2024-01,2
            ESTAT:X(1.0),M,PL,2024-01,3
            """;
        using var response = await analyst.Client.SendAsync(Load($"?name={name}", csv, "pl"), Cancel);
        var errors = await ProblemDetails.ErrorsAsync(response);
        errors.Keys.ShouldBe(["line 3, column GEO", "line 4, column TIME_PERIOD"], ignoreOrder: true);
        errors["line 3, column GEO"].ShouldBe([ProblemDetails.Translation("'{0}' is not a code of this dimension's code list.", "pl", "QQ")]);
        errors["line 4, column TIME_PERIOD"].ShouldBe([ProblemDetails.Translation("The series and period {0} are already on line {1}.", "pl", "M.PL 2024-01", 2)]);
        var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync(Cancel)).RootElement;
        var faults = body.GetProperty("faults").EnumerateArray().ToList();
        faults.Select(f => (f.GetProperty("line").GetInt32(), f.GetProperty("column").GetString(), f.GetProperty("kind").GetString()))
            .ShouldBe([(3, "GEO", "UnknownCode"), (4, "TIME_PERIOD", "DuplicateKey")]);
        faults[1].GetProperty("otherLine").GetInt32().ShouldBe(2);
        (await ListAsync(analyst)).ShouldNotContain(t => t.Name == name);

        using var plain = await analyst.Client.SendAsync(Load("", "geo,time,value\nPL,2023,1"), Cancel);
        (await ProblemDetails.ErrorsAsync(plain)).Keys.ShouldBe(["name", "source"], ignoreOrder: true);
        using var wrongType = new HttpRequestMessage(HttpMethod.Post, Api) { Content = new StringContent("{}", Encoding.UTF8, "application/json") };
        (await analyst.Client.SendAsync(wrongType, Cancel)).StatusCode.ShouldBe(HttpStatusCode.UnsupportedMediaType);
    }

    [Fact]
    public async Task Load_SameNameWithOtherColumns_IsRefusedAsAChangedLayout_UnlessReplacedOnPurpose()
    {
        var factory = await FactoryAsync();
        using var analyst = await factory.SignInAsync(Roles.Analyst);
        var name = Unique("layout");
        var query = $"?name={name}&source=GUS";
        using var first = await analyst.Client.SendAsync(Load(query, "geo;sex;time;value\nPL;F;2023;10\nPL;M;2023;12"), Cancel);
        var id = (await JsonAsync(first, HttpStatusCode.Created)).GetProperty("id").GetGuid();

        using var again = await analyst.Client.SendAsync(Load(query, "geo;sex;time;value\nPL;F;2024;11"), Cancel);
        (await ProblemDetails.TitleAsync(again, HttpStatusCode.Conflict)).ShouldContain(name);

        var changed = "geo;age;time;value\nPL;Y15-64;2024;11";
        using var refused = await analyst.Client.SendAsync(Load(query, changed), Cancel);
        var errors = await ProblemDetails.ErrorsAsync(refused);
        errors.Keys.ShouldBe(["line 1, column age", "line 1, column sex"], ignoreOrder: true);

        using var replaced = await analyst.Client.SendAsync(Load(query + "&replace=true", changed), Cancel);
        var table = (await JsonAsync(replaced, HttpStatusCode.Created)).Deserialize<SourceTableSummary>(JsonSerializerOptions.Web)!;
        table.Rows.ShouldBe(1);
        (await analyst.Client.GetAsync($"{Api}/{id}", Cancel)).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        var detail = (await analyst.Client.GetFromJsonAsync<SourceTableDetail>($"{Api}/{table.Id}", Cancel))!;
        detail.Dimensions.Select(d => d.Id).ShouldBe(["geo", "age"]);
        (await ListAsync(analyst)).Count(t => t.Name == name).ShouldBe(1);
    }

    [Fact]
    public async Task Load_RepeatedWithTheSameIdempotencyKey_LoadsOnce()
    {
        var factory = await FactoryAsync();
        using var analyst = await factory.SignInAsync(Roles.Analyst);
        var name = Unique("once");
        var key = Guid.NewGuid().ToString();
        using var first = await analyst.Client.SendAsync(Load($"?name={name}&source=UN", "geo,time,value\nPL,2023,1", idempotency: key), Cancel);
        using var second = await analyst.Client.SendAsync(Load($"?name={name}&source=UN", "geo,time,value\nPL,2023,1", idempotency: key), Cancel);
        (await JsonAsync(second, HttpStatusCode.Created)).GetProperty("id").GetGuid().ShouldBe((await JsonAsync(first, HttpStatusCode.Created)).GetProperty("id").GetGuid());
        (await ListAsync(analyst)).Count(t => t.Name == name).ShouldBe(1);
    }

    [Fact]
    public async Task Sources_SupervisorReads_OnlyTheAnalystLoadsAndDeletes()
    {
        var factory = await FactoryAsync();
        using var analyst = await factory.SignInAsync(Roles.Analyst);
        using var supervisor = await factory.SignInAsync(Roles.Supervisor);
        var name = Unique("rights");
        using var loaded = await analyst.Client.SendAsync(Load($"?name={name}&source=UN", "geo,time,value\nPL,2023,1"), Cancel);
        var id = (await JsonAsync(loaded, HttpStatusCode.Created)).GetProperty("id").GetGuid();

        (await ListAsync(supervisor)).ShouldContain(t => t.Id == id);
        (await supervisor.Client.GetAsync($"{Api}/{id}/observations", Cancel)).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await supervisor.NoRedirect.SendAsync(Load($"?name={name}x&source=UN", "geo,time,value\nPL,2023,1"), Cancel)).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await supervisor.NoRedirect.DeleteAsync($"{Api}/{id}", Cancel)).StatusCode.ShouldBe(HttpStatusCode.Forbidden);

        (await analyst.Client.DeleteAsync($"{Api}/{id}", Cancel)).StatusCode.ShouldBe(HttpStatusCode.NoContent);
        (await analyst.Client.DeleteAsync($"{Api}/{id}", Cancel)).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await analyst.Client.GetAsync($"{Api}/{id}/observations", Cancel)).StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Load_EurostatDownloadWithLabelsOnly_Loads()
    {
        string? path = null;
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null && path is null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "shared", "data", "time-series", "eurostat-asylum-monthly", "migr_asyappctzm_1_Data.csv");
            path = File.Exists(candidate) ? candidate : null;
        }

        if (path is null)
        {
            Assert.Skip("needs ../shared/data/time-series/eurostat-asylum-monthly (not in a user's clone)");
        }

        var factory = await FactoryAsync();
        using var analyst = await factory.SignInAsync(Roles.Analyst);
        var name = Unique("migr_asyappctzm");
        using var request = new HttpRequestMessage(HttpMethod.Post, $"{Api}?name={name}&source=Eurostat")
        {
            Content = new ByteArrayContent(await File.ReadAllBytesAsync(path, Cancel)) { Headers = { ContentType = new("text/csv") } },
        };
        using var response = await analyst.Client.SendAsync(request, Cancel);
        var table = (await JsonAsync(response, HttpStatusCode.Created)).Deserialize<SourceTableSummary>(JsonSerializerOptions.Web)!;
        (table.Format, table.Rows, table.Series, table.MissingValues).ShouldBe(("csv", 3026, 34, 113));
        var poland = (await analyst.Client.GetFromJsonAsync<SourceObservationPage>($"{Api}/{table.Id}/observations?GEO=Poland&pageSize=3", Cancel))!;
        poland.Total.ShouldBe(89);
        poland.Observations.Select(o => o.Period).ShouldBe(["2008M01", "2008M02", "2008M03"]);
    }

    private static string DemoAccountsEmail(string role) => Pathway.Platform.Demo.DemoAccounts.EmailOf(role);
}

public sealed class SqliteSourcesHttpTests(SqliteFactoryFixture fixture) : SourcesHttpTests, IClassFixture<SqliteFactoryFixture>
{
    protected override Task<PathwayFactory> FactoryAsync() => Task.FromResult(fixture.Factory);
}

public sealed class PostgresSourcesHttpTests(PostgresServer server, PostgresFactoryFixture fixture) : SourcesHttpTests, IClassFixture<PostgresFactoryFixture>
{
    protected override Task<PathwayFactory> FactoryAsync() => fixture.GetAsync(server);
}
