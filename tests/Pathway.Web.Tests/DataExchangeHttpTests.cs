using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Pathway.Analytics.Warehouse;
using Pathway.Platform.Audit;
using Pathway.Platform.Identity;
using Pathway.Testing;
using static Pathway.Testing.ApiAnswers;
using static Pathway.Web.Tests.ProblemDetails;

namespace Pathway.Web.Tests;

/// <summary>
/// The partner API and the open-data API over HTTP, on SQLite and PostgreSQL: an administrator
/// records a partner and issues its key; the key reads the datasets granted and no other, within its
/// calls a minute, every call on the record; the figures leave with small counts suppressed, as JSON
/// and as SDMX-CSV that agree cell for cell; the public datasets are read without a key.
/// </summary>
public abstract class DataExchangeHttpTests
{
    private const string Partners = "/api/v1/analytics/partners";
    private const string Exchange = "/api/v1/exchange/datasets";
    private const string OpenData = "/api/v1/open-data/datasets";

    protected abstract Task<PathwayFactory> FactoryAsync();

    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    private static string Unique(string name) => $"{name} {Guid.NewGuid():N}"[..(name.Length + 9)];

    /// <summary>The warehouse built from the demo cases, and an administrator signed in.</summary>
    private static async Task<WebSession> AdminAsync(PathwayFactory factory)
    {
        var admin = await factory.SignInAsync(Roles.Admin);
        using var rebuilt = await admin.Client.PostAsync("/api/v1/analytics/warehouse/rebuild", null, Cancel);
        await JsonAsync(rebuilt, HttpStatusCode.OK);
        return admin;
    }

    private static async Task<(Guid Partner, string Key)> PartnerWithKeyAsync(WebSession admin, string name, string[] datasets, int rateLimit = 60)
    {
        using var recorded = await admin.Client.PostAsJsonAsync(Partners, new { name, contactEmail = "stat@example.org", datasets, rateLimitPerMinute = rateLimit }, Cancel);
        var partner = (await JsonAsync(recorded, HttpStatusCode.Created)).GetProperty("id").GetGuid();
        using var issued = await admin.Client.PostAsJsonAsync($"{Partners}/{partner}/keys", new { validDays = 30 }, Cancel);
        var key = await JsonAsync(issued, HttpStatusCode.Created);
        key.GetProperty("key").GetProperty("scopes").EnumerateArray().Select(s => s.GetString()!).ToArray().ShouldBe([.. datasets.Select(d => "exchange." + d)]);
        return (partner, key.GetProperty("secret").GetString()!);
    }

    private static HttpRequestMessage WithKey(string url, string key, string language = "en")
    {
        var request = Get(url, language);
        request.Headers.Add("X-Api-Key", key);
        return request;
    }

    private static async Task<HttpResponseMessage> CallAsync(PathwayFactory factory, string url, string key, string language = "en")
    {
        using var session = factory.Session();
        return await session.Client.SendAsync(WithKey(url, key, language), Cancel);
    }

    [Fact]
    public async Task APartnersKey_ReadsTheDatasetsGranted_AndIsRefusedTheOthers()
    {
        var factory = await FactoryAsync();
        using var admin = await AdminAsync(factory);
        var (_, key) = await PartnerWithKeyAsync(admin, Unique("Statistics Poland"), ["applications", "backlog"]);

        using var list = await CallAsync(factory, Exchange, key);
        var datasets = await JsonAsync(list, HttpStatusCode.OK);
        datasets.EnumerateArray().Select(d => d.GetProperty("id").GetString()).ShouldBe(["applications", "backlog"]);
        datasets[0].GetProperty("csv").GetString().ShouldBe("api/v1/exchange/datasets/applications.csv");
        datasets[0].GetProperty("updatedAt").ValueKind.ShouldBe(JsonValueKind.String);

        using var granted = await CallAsync(factory, $"{Exchange}/applications?from=2025-01", key);
        var answer = await JsonAsync(granted, HttpStatusCode.OK);
        answer.GetProperty("dataflow").GetString().ShouldBe("PATHWAY:APPLICATIONS(1.0)");
        answer.GetProperty("dimensions").EnumerateArray().Select(d => d.GetProperty("id").GetString()).ShouldBe(["TIME_PERIOD", "type", "citizenship", "sex"]);
        answer.GetProperty("observations").GetArrayLength().ShouldBeGreaterThan(0);

        using var notGranted = await CallAsync(factory, $"{Exchange}/decisions", key, "pl");
        (await TitleAsync(notGranted, HttpStatusCode.Forbidden)).ShouldBe(Translation("This key may not read the dataset {0}; ask the office to grant it.", "pl", "decisions"));
        using var unknown = await CallAsync(factory, $"{Exchange}/everything", key);
        unknown.StatusCode.ShouldBe(HttpStatusCode.NotFound);

        // A person signed in is no partner: the partner API answers keys only.
        using var analyst = await factory.SignInAsync(Roles.Analyst);
        using var cookie = await analyst.Client.GetAsync($"{Exchange}/applications", Cancel);
        cookie.StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task EveryCall_IsAudited_WithThePartnerTheDatasetAndTheFilter()
    {
        var factory = await FactoryAsync();
        using var admin = await AdminAsync(factory);
        var name = Unique("Ministry of the Interior");
        var (partner, key) = await PartnerWithKeyAsync(admin, name, ["applications"]);

        using var answered = await CallAsync(factory, $"{Exchange}/applications.csv?sex=F&from=2025-01&to=2025-12", key);
        answered.StatusCode.ShouldBe(HttpStatusCode.OK);
        using var refused = await CallAsync(factory, $"{Exchange}/decisions", key);
        refused.StatusCode.ShouldBe(HttpStatusCode.Forbidden);

        List<AuditEntry> entries = [];
        await factory.WithDbAsync(async db => entries = await db.AuditEntries.AsNoTracking()
            .Where(a => a.EntityType == "Dataset" && a.Details!.Contains(partner.ToString())).OrderBy(a => a.Sequence).ToListAsync(Cancel));
        entries.Count.ShouldBe(2);
        entries[0].Action.ShouldBe(AuditAction.Read);
        entries[0].EntityId.ShouldBe("applications");
        entries[0].Details.ShouldBe($"partner {name} ({partner}); csv; filter sex=F&from=2025-01&to=2025-12; answered");
        entries[1].EntityId.ShouldBe("decisions");
        entries[1].Details.ShouldEndWith("; json; refused: not granted");
        entries[0].ActorName.ShouldStartWith("apikey:");
    }

    [Fact]
    public async Task TheCsv_IsTheJsonsSlice_AsSdmxCsv_WithSmallCountsSuppressed()
    {
        var factory = await FactoryAsync();
        using var admin = await AdminAsync(factory);
        var (_, key) = await PartnerWithKeyAsync(admin, Unique("Institute"), ["applications"]);
        const string Slice = "sex=F&from=2024-01";

        using var json = await CallAsync(factory, $"{Exchange}/applications?{Slice}", key);
        var observations = (await JsonAsync(json, HttpStatusCode.OK)).GetProperty("observations").EnumerateArray().ToList();
        using var csv = await CallAsync(factory, $"{Exchange}/applications.csv?{Slice}", key);
        csv.StatusCode.ShouldBe(HttpStatusCode.OK);
        csv.Content.Headers.ContentType!.ToString().ShouldBe("application/vnd.sdmx.data+csv; version=1.0.0; charset=utf-8");
        var bytes = await csv.Content.ReadAsByteArrayAsync(Cancel);
        bytes.Take(3).ShouldNotBe(new byte[] { 0xEF, 0xBB, 0xBF }, "no byte-order mark");
        var text = Encoding.UTF8.GetString(bytes);
        text.ShouldEndWith("\r\n");
        var lines = text.Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        lines[0].ShouldBe("DATAFLOW,freq,type,citizenship,sex,TIME_PERIOD,OBS_VALUE,OBS_STATUS,CONF_STATUS");
        lines.Length.ShouldBe(observations.Count + 1);

        var values = observations.Select(o => o.GetProperty("OBS_VALUE")).Where(v => v.ValueKind == JsonValueKind.Number).Select(v => v.GetInt64()).ToList();
        values.ShouldNotContain(v => v >= 1 && v <= 4, "counts of 1 to 4 persons never leave");
        observations.Where(o => o.GetProperty("OBS_VALUE").ValueKind == JsonValueKind.Null).ShouldAllBe(o => o.GetProperty("CONF_STATUS").GetString() == "C");
        observations.ShouldAllBe(o => o.GetProperty("dimensions").GetProperty("sex").GetString() == "F");

        for (var i = 0; i < observations.Count; i++)
        {
            var o = observations[i];
            var d = o.GetProperty("dimensions");
            var value = o.GetProperty("OBS_VALUE");
            var expected = value.ValueKind == JsonValueKind.Null ? ",,C" : string.Create(CultureInfo.InvariantCulture, $"{value.GetInt64()},A,F");
            lines[i + 1].ShouldBe($"PATHWAY:APPLICATIONS(1.0),M,{d.GetProperty("type").GetString()},{d.GetProperty("citizenship").GetString()},F,{o.GetProperty("TIME_PERIOD").GetString()},{expected}");
        }
    }

    /// <summary>A warehouse row of a services or calls dataset: its month and codes, the persons behind it (none for calls), and what it counts.</summary>
    private sealed record Counted(string Month, string[] Codes, string? Person, long Count);

    /// <summary>
    /// Checks a dataset's answer against the warehouse's own rows: every shown cell is the sum of the rows it
    /// holds (a code outside the answer's code list under _O), none shows 1 to 4, no shown cell of the services
    /// has fewer than five persons behind it, and a hidden cell is null with CONF_STATUS C.
    /// </summary>
    private static void ShouldBeTheWarehousesCounts(JsonElement answer, IReadOnlyList<Counted> rows)
    {
        var dimensions = answer.GetProperty("dimensions").EnumerateArray().Skip(1)
            .Select(d => (Id: d.GetProperty("id").GetString()!, Codes: d.GetProperty("codes").EnumerateArray().Select(c => c.GetProperty("code").GetString()!).ToHashSet(StringComparer.Ordinal)))
            .ToList();
        var placed = rows.Select(r => (r.Month, Codes: r.Codes.Select((code, d) => dimensions[d].Codes.Contains(code) ? code : "_O").ToArray(), r.Person, r.Count)).ToList();
        var observations = answer.GetProperty("observations").EnumerateArray().ToList();
        observations.ShouldNotBeEmpty();
        var shown = 0;
        foreach (var o in observations)
        {
            var month = o.GetProperty("TIME_PERIOD").GetString()!;
            var codes = dimensions.Select(d => o.GetProperty("dimensions").GetProperty(d.Id).GetString()!).ToArray();
            var held = placed.Where(r => r.Month == month && codes.Select((code, d) => code == "_T" || code == r.Codes[d]).All(x => x)).ToList();
            var value = o.GetProperty("OBS_VALUE");
            if (value.ValueKind == JsonValueKind.Null)
            {
                o.GetProperty("CONF_STATUS").GetString().ShouldBe("C");
                continue;
            }

            shown++;
            var where = $"{month} {string.Join('/', codes)}";
            value.GetInt64().ShouldBe(held.Sum(r => r.Count), where);
            value.GetInt64().ShouldNotBeInRange(1, 4, where);
            if (value.GetInt64() > 0 && held.Any(r => r.Person is not null))
            {
                held.Select(r => r.Person).Distinct(StringComparer.Ordinal).Count().ShouldBeGreaterThanOrEqualTo(5, where);
            }
        }

        shown.ShouldBeGreaterThan(0);
    }

    private static async Task<Guid> TenantAsync(PathwayFactory factory)
    {
        var tenant = Guid.Empty;
        await factory.WithDbAsync(async db => tenant = await db.Tenants.Where(t => t.Slug == Pathway.Platform.Demo.DemoAccounts.TenantSlug).Select(t => t.Id).SingleAsync(Cancel));
        return tenant;
    }

    [Fact]
    public async Task TheServicesAndCalls_LeaveAsTheWarehouseCountsThem_ServicesOfFewPersonsHidden()
    {
        var factory = await FactoryAsync();
        using var admin = await AdminAsync(factory);
        var (_, key) = await PartnerWithKeyAsync(admin, Unique("Ombudsman"), ["services", "calls"]);
        var tenant = await TenantAsync(factory);
        var month = OfficeDay.Today.ToString("yyyy-MM", CultureInfo.InvariantCulture);

        // One beneficiary given many services of a kind nobody else had this month: more than four services, one person.
        using (var ngo = await factory.SignInAsync(Roles.NgoWorker))
        {
            using var created = await ngo.Client.PostAsJsonAsync("/api/v1/beneficiaries", new
            {
                givenNames = "Nodira", surname = "Karimova-" + Guid.NewGuid().ToString("N")[..6], birthDate = "1990-02-01", sex = "Female", citizenship = "UZB",
                language = "ru", legalBasis = "Consent", consentsToServices = true,
            }, Cancel);
            var beneficiary = (await JsonAsync(created, HttpStatusCode.Created)).GetProperty("id").GetGuid();
            for (var i = 0; i < 6; i++)
            {
                using var service = await ngo.Client.PostAsJsonAsync($"/api/v1/beneficiaries/{beneficiary}/services",
                    new { kind = "SocialAssistance", status = "Delivered", deliveredOn = OfficeDay.Today, provider = "Ewa Lis", minutes = 30 }, Cancel);
                await JsonAsync(service, HttpStatusCode.Created);
            }
        }

        List<ServiceFact> services = [];
        for (var attempt = 0; attempt < 150 && services.Count(f => f.Kind == "SocialAssistance" && f.Citizenship == "UZB" && f.Status == "Delivered") < 6; attempt++)
        {
            await Task.Delay(200, Cancel);
            await factory.WithDbAsync(async db => services = await db.Set<ServiceFact>().AsNoTracking().Where(f => f.TenantId == tenant).ToListAsync(Cancel));
        }

        // A removed service counts nowhere: the warehouse keeps its row, marked, with a newer version.
        var removed = services.First(f => f.Status == "Delivered" && f.Kind == "SocialAssistance" && f.Citizenship == "UZB");
        await factory.WithDbAsync(db => db.Set<ServiceFact>().Where(f => f.ServiceId == removed.ServiceId)
            .ExecuteUpdateAsync(u => u.SetProperty(f => f.Removed, true).SetProperty(f => f.Version, f => f.Version + 1), Cancel));
        List<CallFact> calls = [];
        await factory.WithDbAsync(async db =>
        {
            services = await db.Set<ServiceFact>().AsNoTracking().Where(f => f.TenantId == tenant && !f.Removed && f.Status == "Delivered").ToListAsync(Cancel);
            calls = await db.Set<CallFact>().AsNoTracking().Where(f => f.TenantId == tenant && !f.Removed).ToListAsync(Cancel);
        });
        services.Count(f => f.Kind == "SocialAssistance" && f.Citizenship == "UZB").ShouldBe(5);
        calls.ShouldNotBeEmpty("the demo helpline's calls");

        using var servicesAnswer = await CallAsync(factory, $"{Exchange}/services", key);
        var servicesJson = await JsonAsync(servicesAnswer, HttpStatusCode.OK);
        servicesJson.GetProperty("dimensions").EnumerateArray().Select(d => d.GetProperty("id").GetString()).ShouldBe(["TIME_PERIOD", "kind", "citizenship", "sex"]);
        ShouldBeTheWarehousesCounts(servicesJson, [.. services.Select(f => new Counted(
            f.On.ToString("yyyy-MM", CultureInfo.InvariantCulture), [f.Kind, f.Citizenship, f.Sex], f.PersonKey, 1))]);
        var citizenships = servicesJson.GetProperty("dimensions")[2].GetProperty("codes").EnumerateArray().Select(c => c.GetProperty("code").GetString()).ToList();
        var uzbek = citizenships.Contains("UZB") ? "UZB" : "_O";
        var behind = services.Where(f => f.Kind == "SocialAssistance" && f.Sex == "F" && f.On.ToString("yyyy-MM", CultureInfo.InvariantCulture) == month
            && (f.Citizenship == "UZB" || (uzbek == "_O" && !citizenships.Contains(f.Citizenship)))).ToList();
        var alone = servicesJson.GetProperty("observations").EnumerateArray().Single(o => o.GetProperty("TIME_PERIOD").GetString() == month
            && o.GetProperty("dimensions").GetProperty("kind").GetString() == "SocialAssistance"
            && o.GetProperty("dimensions").GetProperty("citizenship").GetString() == uzbek
            && o.GetProperty("dimensions").GetProperty("sex").GetString() == "F");
        if (behind.Select(f => f.PersonKey).Distinct(StringComparer.Ordinal).Count() < 5)
        {
            behind.Count.ShouldBeGreaterThanOrEqualTo(5);
            alone.GetProperty("CONF_STATUS").GetString().ShouldBe("C", "five services or more, of fewer than five persons");
        }

        using var callsAnswer = await CallAsync(factory, $"{Exchange}/calls", key);
        var callsJson = await JsonAsync(callsAnswer, HttpStatusCode.OK);
        callsJson.GetProperty("dimensions").EnumerateArray().Select(d => d.GetProperty("id").GetString()).ShouldBe(["TIME_PERIOD", "result", "category"]);
        ShouldBeTheWarehousesCounts(callsJson, [.. calls.Select(f => new Counted(f.On.ToString("yyyy-MM", CultureInfo.InvariantCulture),
            [f.Source == "logged" ? "Logged" : f.Abandoned ? "Abandoned" : f.Answered && f.Category == "Incoming" ? "Answered" : "_O", f.Category], null, 1))]);

        // The SDMX-CSV is the JSON's slice, line for line.
        using var csv = await CallAsync(factory, $"{Exchange}/services.csv?sex=F", key);
        var lines = (await csv.Content.ReadAsStringAsync(Cancel)).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        lines[0].ShouldBe("DATAFLOW,freq,kind,citizenship,sex,TIME_PERIOD,OBS_VALUE,OBS_STATUS,CONF_STATUS");
        using var sliced = await CallAsync(factory, $"{Exchange}/services?sex=F", key);
        var observations = (await JsonAsync(sliced, HttpStatusCode.OK)).GetProperty("observations").EnumerateArray().ToList();
        lines.Length.ShouldBe(observations.Count + 1);
        lines.Skip(1).ShouldAllBe(l => l.StartsWith("PATHWAY:SERVICES(1.0),M,", StringComparison.Ordinal));

        // A key without the scope: refused as for the other datasets.
        var (_, other) = await PartnerWithKeyAsync(admin, Unique("Statistics office"), ["applications"]);
        using var refused = await CallAsync(factory, $"{Exchange}/services", other);
        refused.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        using var refusedCalls = await CallAsync(factory, $"{Exchange}/calls.csv", other);
        refusedCalls.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task APartner_PastItsCallsAMinute_Gets429WithRetryAfter_InItsLanguage()
    {
        var factory = await FactoryAsync();
        using var admin = await AdminAsync(factory);
        var (_, key) = await PartnerWithKeyAsync(admin, Unique("Research institute"), ["backlog"], rateLimit: 3);
        for (var i = 0; i < 3; i++)
        {
            using var allowed = await CallAsync(factory, $"{Exchange}/backlog", key);
            allowed.StatusCode.ShouldBe(HttpStatusCode.OK);
        }

        using var refused = await CallAsync(factory, $"{Exchange}/backlog", key, "uk");
        var title = await TitleAsync(refused, HttpStatusCode.TooManyRequests);
        var wait = int.Parse(refused.Headers.GetValues("Retry-After").Single(), CultureInfo.InvariantCulture);
        wait.ShouldBeInRange(1, 60);
        title.ShouldBe(Translation("Too many requests: try again in {0} s.", "uk", wait));
    }

    [Fact]
    public async Task ASuspendedPartner_ARevokedKey_AndADatasetTakenBack_AreRefusedAtOnce()
    {
        var factory = await FactoryAsync();
        using var admin = await AdminAsync(factory);
        var name = Unique("Border guard");
        var (partner, key) = await PartnerWithKeyAsync(admin, name, ["applications", "backlog"]);

        using (var suspended = await admin.Client.PostAsync($"{Partners}/{partner}/suspend", null, Cancel))
        {
            (await JsonAsync(suspended, HttpStatusCode.OK)).GetProperty("suspended").GetBoolean().ShouldBeTrue();
        }

        using (var refused = await CallAsync(factory, $"{Exchange}/applications", key, "de"))
        {
            (await TitleAsync(refused, HttpStatusCode.Forbidden)).ShouldBe(Translation("The partner's access is suspended; ask the office.", "de"));
        }

        using (var resumed = await admin.Client.PostAsync($"{Partners}/{partner}/resume", null, Cancel))
        {
            resumed.StatusCode.ShouldBe(HttpStatusCode.OK);
        }

        using (var changed = await admin.Client.PutAsJsonAsync($"{Partners}/{partner}", new { name, contactEmail = "stat@example.org", datasets = new[] { "backlog" }, rateLimitPerMinute = 60 }, Cancel))
        {
            var keys = (await JsonAsync(changed, HttpStatusCode.OK)).GetProperty("keys");
            keys[0].GetProperty("scopes").EnumerateArray().Select(s => s.GetString()).ShouldBe(["exchange.backlog"]);
        }

        using (var takenBack = await CallAsync(factory, $"{Exchange}/applications", key))
        {
            takenBack.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        }

        using (var stillGranted = await CallAsync(factory, $"{Exchange}/backlog", key))
        {
            stillGranted.StatusCode.ShouldBe(HttpStatusCode.OK);
        }

        var keyId = (await admin.Client.GetFromJsonAsync<JsonElement>($"{Partners}/{partner}", Cancel)).GetProperty("keys")[0].GetProperty("id").GetGuid();
        using (var revoked = await admin.Client.DeleteAsync($"{Partners}/{partner}/keys/{keyId}", Cancel))
        {
            revoked.StatusCode.ShouldBe(HttpStatusCode.NoContent);
        }

        using var afterRevoke = await CallAsync(factory, $"{Exchange}/backlog", key);
        afterRevoke.StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task ThePublicDatasets_AreReadWithoutAKey_AndThePartnersOnlyOneIsNot()
    {
        var factory = await FactoryAsync();
        using (await AdminAsync(factory))
        {
        }

        using var anonymous = factory.Session();
        var list = await anonymous.Client.GetFromJsonAsync<JsonElement>(OpenData, Cancel);
        list.EnumerateArray().Select(d => d.GetProperty("id").GetString()).ShouldBe(["applications", "backlog", "calls"]);
        list[1].GetProperty("json").GetString().ShouldBe("api/v1/open-data/datasets/backlog");

        using var backlog = await anonymous.Client.SendAsync(Get($"{OpenData}/backlog?wait=M_GE3", "pl"), Cancel);
        var answer = await JsonAsync(backlog, HttpStatusCode.OK);
        answer.GetProperty("title").GetString().ShouldBe(Translation("Backlog", "pl"));
        answer.GetProperty("observations").EnumerateArray().ShouldAllBe(o => o.GetProperty("dimensions").GetProperty("wait").GetString() == "M_GE3");

        using var csv = await anonymous.Client.GetAsync($"{OpenData}/applications.csv", Cancel);
        csv.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await csv.Content.ReadAsStringAsync(Cancel)).ShouldStartWith("DATAFLOW,freq,type,citizenship,sex,TIME_PERIOD,");

        using var decisions = await anonymous.Client.GetAsync($"{OpenData}/decisions", Cancel);
        decisions.StatusCode.ShouldBe(HttpStatusCode.NotFound);

        using var page = await anonymous.Client.GetAsync("/ar/open-data", Cancel);
        page.StatusCode.ShouldBe(HttpStatusCode.OK);
        var html = new AngleSharp.Html.Parser.HtmlParser().ParseDocument(await page.Content.ReadAsStringAsync(Cancel));
        html.QuerySelector("h1")!.TextContent.ShouldBe(Translation("Open data", "ar"));
        var links = html.QuerySelectorAll("main a[href*='open-data/datasets']").Select(a => a.GetAttribute("href")).ToList();
        links.ShouldBe(["api/v1/open-data/datasets/applications.csv", "api/v1/open-data/datasets/applications", "api/v1/open-data/datasets/backlog.csv", "api/v1/open-data/datasets/backlog",
            "api/v1/open-data/datasets/calls.csv", "api/v1/open-data/datasets/calls"]);

        // The services are the partners' only; the calls are open data.
        using var services = await anonymous.Client.GetAsync($"{OpenData}/services.csv", Cancel);
        services.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        using var calls = await anonymous.Client.GetAsync($"{OpenData}/calls.csv", Cancel);
        (await calls.Content.ReadAsStringAsync(Cancel)).ShouldStartWith("DATAFLOW,freq,result,category,TIME_PERIOD,OBS_VALUE,OBS_STATUS,CONF_STATUS\r\nPATHWAY:CALLS(1.0),M,");
    }

    [Fact]
    public async Task WrongFilters_AreNamedInTheCallersLanguage()
    {
        var factory = await FactoryAsync();
        using (await AdminAsync(factory))
        {
        }

        using var anonymous = factory.Session();
        using var response = await anonymous.Client.SendAsync(Get($"{OpenData}/applications?from=June&citizenship=ZZZ&colour=red&sex=F&sex=M", "pl"), Cancel);
        var errors = await ErrorsAsync(response);
        errors["from"].ShouldBe([Translation("Write the month as YYYY-MM, e.g. {0}.", "pl", "2026-03")]);
        errors["citizenship"].ShouldBe([Translation("'{0}' is not a code of this dimension's code list.", "pl", "ZZZ")]);
        errors["colour"].ShouldBe([Translation("There is no dimension {0} in this table. The dimensions are: {1}.", "pl", "colour", "from, to, type, citizenship, sex")]);
        errors["sex"].ShouldBe([Translation("Give one value.", "pl")]);

        using var backwards = await anonymous.Client.SendAsync(Get($"{OpenData}/backlog.csv?from=2026-05&to=2026-01", "uk"), Cancel);
        (await ErrorsAsync(backwards))["to"].ShouldBe([Translation("The last month cannot be before the first.", "uk")]);
    }

    [Fact]
    public async Task RecordingAPartner_NamesEachWrongField_AndIssuesNoKeyWithoutADataset()
    {
        var factory = await FactoryAsync();
        using var admin = await factory.SignInAsync(Roles.Admin);
        using var wrong = await admin.Client.SendAsync(Json(Partners, new { name = "", contactEmail = "not an address", datasets = new[] { "everything" }, rateLimitPerMinute = 0 }, "pl"), Cancel);
        var errors = await ErrorsAsync(wrong);
        errors["contactEmail"].ShouldBe([Translation("Write an e-mail address, e.g. {0}.", "pl", "stat@example.org")]);
        errors["datasets"].ShouldBe([Translation("There is no dataset {0}. The datasets are: {1}.", "pl", "everything", "applications, decisions, backlog, services, calls")]);
        errors.Keys.ShouldBe(["name", "contactEmail", "datasets", "rateLimitPerMinute"], ignoreOrder: true);

        var name = Unique("Nothing granted");
        using var recorded = await admin.Client.PostAsJsonAsync(Partners, new { name, contactEmail = "x@example.org", datasets = Array.Empty<string>() }, Cancel);
        var partner = await JsonAsync(recorded, HttpStatusCode.Created);
        partner.GetProperty("rateLimitPerMinute").GetInt32().ShouldBe(60);
        using var twice = await admin.Client.SendAsync(Json(Partners, new { name, contactEmail = "x@example.org" }, "pl"), Cancel);
        (await ErrorsAsync(twice))["name"].ShouldBe([Translation("A partner named {0} is already recorded.", "pl", name)]);

        var keysBefore = await factory.CountAsync<Pathway.Platform.ApiKeys.ApiKey>();
        using var noKey = await admin.Client.SendAsync(Json($"{Partners}/{partner.GetProperty("id").GetGuid()}/keys", new { }, "pl"), Cancel);
        (await ErrorsAsync(noKey))["datasets"].ShouldBe([Translation("Grant the partner at least one dataset before issuing a key.", "pl")]);
        (await factory.CountAsync<Pathway.Platform.ApiKeys.ApiKey>()).ShouldBe(keysBefore);

        using var elsewhere = await admin.Client.PostAsJsonAsync($"{Partners}/{Guid.NewGuid()}/keys", new { }, Cancel);
        elsewhere.StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }
}

public sealed class SqliteDataExchangeHttpTests(SqliteFactoryFixture fixture) : DataExchangeHttpTests, IClassFixture<SqliteFactoryFixture>
{
    protected override Task<PathwayFactory> FactoryAsync() => Task.FromResult(fixture.Factory);
}

public sealed class PostgresDataExchangeHttpTests(PostgresServer server, PostgresFactoryFixture fixture) : DataExchangeHttpTests, IClassFixture<PostgresFactoryFixture>
{
    protected override Task<PathwayFactory> FactoryAsync() => Task.FromResult(fixture.GetAsync(server)).Unwrap();
}

/// <summary>The anonymous open-data API has a limit of its own per client address; past it, a 429 problem with Retry-After.</summary>
public sealed class OpenDataRateLimitTests
{
    [Fact]
    public async Task OpenData_PastTheAnonymousLimit_Answers429WithRetryAfter()
    {
        using var factory = PathwayFactory.Sqlite(new Dictionary<string, string?> { ["RateLimits:OpenDataPerMinute"] = "2", ["Database:DemoPersons"] = "0" });
        using var anonymous = factory.Session();
        for (var i = 0; i < 2; i++)
        {
            using var allowed = await anonymous.Client.GetAsync("/api/v1/open-data/datasets", TestContext.Current.CancellationToken);
            allowed.StatusCode.ShouldBe(HttpStatusCode.OK);
        }

        using var refused = await anonymous.Client.SendAsync(Get("/api/v1/open-data/datasets/backlog", "ar"), TestContext.Current.CancellationToken);
        var title = await TitleAsync(refused, HttpStatusCode.TooManyRequests);
        var wait = int.Parse(refused.Headers.GetValues("Retry-After").Single(), CultureInfo.InvariantCulture);
        title.ShouldBe(Translation("Too many requests: try again in {0} s.", "ar", wait));
    }
}
