using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Pathway.Platform.Identity;
using Pathway.Testing;

namespace Pathway.Web.Tests;

/// <summary>The Cases module's clocks and file tags over HTTP and on their pages, on SQLite and PostgreSQL.</summary>
public abstract class CasesHttpTests
{
    protected abstract Task<PathwayFactory> FactoryAsync();

    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public async Task StaffPages_WithAQueryValueOfTheWrongKind_AnswerAsWithoutIt_NotWithAnError()
    {
        var factory = await FactoryAsync();
        using var officer = await factory.SignInAsync(Roles.CaseOfficer);
        using var supervisor = await factory.SignInAsync(Roles.Supervisor);

        using var queue = await officer.Client.GetAsync("/pl/cases?page=abc&overdue=maybe&soon=2", Cancel);
        using var catalogue = await supervisor.Client.GetAsync("/pl/cases/catalogue?changed=yes", Cancel);
        var page = await WebSession.PageOfAsync(queue);

        queue.StatusCode.ShouldBe(HttpStatusCode.OK);
        page.QuerySelector("h1").ShouldNotBeNull();
        catalogue.StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    [Fact]
    public async Task Deadline_EndingOnASundayHoliday_MovesToMondayAndSaysWhy()
    {
        using var officer = await (await FactoryAsync()).SignInAsync(Roles.CaseOfficer);

        var answer = await officer.Client.GetFromJsonAsync<JsonElement>("/api/v1/cases/calendar/deadline?start=2026-04-03&months=1", Cancel);

        answer.GetProperty("end").GetString().ShouldBe("2026-05-04");
        answer.GetProperty("unit").GetString().ShouldBe("months");
        var steps = answer.GetProperty("steps").EnumerateArray().ToList();
        steps.Select(s => s.GetProperty("kind").GetString()).ShouldBe(["started", "counted", "movedToWorkingDay"]);
        steps[1].GetProperty("date").GetString().ShouldBe("2026-05-03");
        var skipped = steps[2].GetProperty("skipped").EnumerateArray().Single();
        skipped.GetProperty("holiday").GetString().ShouldBe("Constitution Day");
        skipped.GetProperty("weekday").GetString().ShouldBe("Sunday");
        steps[2].GetProperty("rule").GetString().ShouldBe("KPA art. 57 §4");
    }

    [Fact]
    public async Task Deadline_FromAFirstPostalNotice_WithAReply_SaysWhetherTheReplyWasInTime()
    {
        using var officer = await (await FactoryAsync()).SignInAsync(Roles.CaseOfficer);

        var inTime = await officer.Client.GetFromJsonAsync<JsonElement>("/api/v1/cases/calendar/deadline?notice=2026-03-05&days=7&replied=2026-03-26", Cancel);
        var late = await officer.Client.GetFromJsonAsync<JsonElement>("/api/v1/cases/calendar/deadline?notice=2026-03-05&days=7&replied=2026-03-27", Cancel);

        inTime.GetProperty("steps")[0].GetProperty("kind").GetString().ShouldBe("deemedDelivered");
        inTime.GetProperty("start").GetString().ShouldBe("2026-03-19");
        inTime.GetProperty("end").GetString().ShouldBe("2026-03-26");
        inTime.GetProperty("reply").GetProperty("inTime").GetBoolean().ShouldBeTrue();
        late.GetProperty("reply").GetProperty("inTime").GetBoolean().ShouldBeFalse();
    }

    [Fact]
    public async Task Deadline_WithBothAStartAndANotice_IsRefused()
    {
        using var officer = await (await FactoryAsync()).SignInAsync(Roles.CaseOfficer);

        using var response = await officer.Client.GetAsync("/api/v1/cases/calendar/deadline?start=2026-03-05&notice=2026-03-05&days=7&replied=soon", Cancel);

        (await ProblemDetails.ErrorsAsync(response)).Keys.Order(StringComparer.Ordinal).ShouldBe(["notice", "replied"]);
    }

    [Fact]
    public async Task TimeLimitsPage_WithALateReply_SaysItIsLate()
    {
        using var officer = await (await FactoryAsync()).SignInAsync(Roles.CaseOfficer);

        var page = await officer.GetPageAsync("/en/cases/time-limits?notice=2026-03-05&length=7&unit=days&replied=2026-03-27");

        page.QuerySelectorAll(".result ol.steps li").Length.ShouldBe(3);
        page.QuerySelector("#reply-verdict")!.ClassList.ShouldContain("late");
        page.QuerySelector("details")!.HasAttribute("open").ShouldBeTrue();
    }

    [Fact]
    public async Task Deadline_ForAPermitKind_LeavesOutItsStatutorySuspensions()
    {
        using var officer = await (await FactoryAsync()).SignInAsync(Roles.CaseOfficer);

        var answer = await officer.Client.GetFromJsonAsync<JsonElement>("/api/v1/cases/calendar/deadline?start=2026-02-01&days=60&permit=TemporaryResidence", Cancel);
        using var refused = await officer.Client.GetAsync("/api/v1/cases/calendar/deadline?start=2026-02-01&days=60&permit=Visa", Cancel);

        answer.GetProperty("end").GetString().ShouldBe("2026-05-04");
        var notCounted = answer.GetProperty("steps").EnumerateArray().Single(s => s.GetProperty("kind").GetString() == "notCounted").GetProperty("notCounted");
        notCounted.GetProperty("daysAdded").GetInt32().ShouldBe(31);
        notCounted.GetProperty("to").GetString().ShouldBe("2026-03-04");
        (await ProblemDetails.ErrorsAsync(refused)).Keys.ShouldBe(["permit"]);
    }

    [Fact]
    public async Task Deadline_WithBadInput_NamesEachFieldInTheReadersLanguage()
    {
        using var officer = await (await FactoryAsync()).SignInAsync(Roles.CaseOfficer);
        using var request = ProblemDetails.Get("/api/v1/cases/calendar/deadline?start=2026-02-30&days=0", "pl");

        using var response = await officer.Client.SendAsync(request, Cancel);

        var errors = await ProblemDetails.ErrorsAsync(response);
        errors["start"].ShouldBe([ProblemDetails.Translation("The start must be a date written as YYYY-MM-DD.", "pl")]);
        errors["days"].ShouldBe([ProblemDetails.Translation("The length must be a whole number from 1 up to about ten years.", "pl")]);
    }

    [Fact]
    public async Task Deadline_WithTwoLengths_IsRefused()
    {
        using var officer = await (await FactoryAsync()).SignInAsync(Roles.Supervisor);

        using var response = await officer.Client.GetAsync("/api/v1/cases/calendar/deadline?start=2026-04-03&days=7&months=1", Cancel);

        (await ProblemDetails.ErrorsAsync(response)).Keys.ShouldBe(["length"]);
    }

    [Fact]
    public async Task Holidays_OfAYear_CarryTheirSourceAndChristmasEveFrom2025()
    {
        using var officer = await (await FactoryAsync()).SignInAsync(Roles.CaseOfficer);

        var y2024 = await officer.Client.GetFromJsonAsync<JsonElement>("/api/v1/cases/calendar/holidays?year=2024", Cancel);
        var y2025 = await officer.Client.GetFromJsonAsync<JsonElement>("/api/v1/cases/calendar/holidays?year=2025", Cancel);

        y2024.GetProperty("holidays").GetArrayLength().ShouldBe(13);
        var holidays = y2025.GetProperty("holidays").EnumerateArray().ToList();
        holidays.Count.ShouldBe(14);
        var christmasEve = holidays.Single(h => h.GetProperty("date").GetString() == "2025-12-24");
        christmasEve.GetProperty("polishName").GetString().ShouldBe("Wigilia Bożego Narodzenia");
        christmasEve.GetProperty("source").GetString()!.ShouldContain("Dz.U. 2024 poz. 1965");
        (await officer.Client.GetAsync("/api/v1/cases/calendar/holidays?year=1990", Cancel)).StatusCode.ShouldBe(HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task FileTag_EncodedThenDecoded_IsTheSameTag()
    {
        using var officer = await (await FactoryAsync()).SignInAsync(Roles.CaseOfficer);

        var encoded = await officer.Client.GetFromJsonAsync<JsonElement>("/api/v1/cases/file-tags/encode?companyPrefix=0614141&assetReference=5678&filter=3", Cancel);
        encoded.GetProperty("hex").GetString().ShouldBe("3474257BF40000000000162E");
        var decoded = await officer.Client.GetFromJsonAsync<JsonElement>("/api/v1/cases/file-tags/decode?tag=3474257BF40000000000162E", Cancel);

        decoded.GetProperty("tag").GetRawText().ShouldBe(encoded.GetProperty("tag").GetRawText());
        decoded.GetProperty("tag").GetProperty("tagUri").GetString().ShouldBe("urn:epc:tag:giai-96:3.0614141.5678");
    }

    [Fact]
    public async Task FileTag_OfAnotherScheme_IsRefusedNamingIt()
    {
        using var officer = await (await FactoryAsync()).SignInAsync(Roles.CaseOfficer);
        using var request = ProblemDetails.Get("/api/v1/cases/file-tags/decode?tag=3074257BF7194E4000001A85", "uk");

        using var response = await officer.Client.SendAsync(request, Cancel);

        var errors = await ProblemDetails.ErrorsAsync(response);
        errors["tag"].ShouldBe([ProblemDetails.Translation("This is not a GIAI-96 tag: its header is {0} ({1}).", "uk", "0x30", "SGTIN-96")]);
    }

    [Fact]
    public async Task FileTag_WithALeadingZero_IsRefusedOnTheAssetReference()
    {
        using var officer = await (await FactoryAsync()).SignInAsync(Roles.CaseOfficer);

        using var request = ProblemDetails.Get("/api/v1/cases/file-tags/encode?companyPrefix=0614141&assetReference=05678", "en");

        using var response = await officer.Client.SendAsync(request, Cancel);

        (await ProblemDetails.ErrorsAsync(response))["assetReference"].ShouldBe(["The asset reference must not begin with 0."]);
    }

    [Fact]
    public async Task TimeLimitsPage_ShowsTheEndWithEachStepAndTheYearsHolidays()
    {
        using var officer = await (await FactoryAsync()).SignInAsync(Roles.CaseOfficer);

        var page = await officer.GetPageAsync("/en/cases/time-limits?start=2026-04-03&length=1&unit=months");

        page.QuerySelector("#result-heading")!.TextContent.ShouldContain("Monday, May 4, 2026");
        page.QuerySelectorAll(".result ol.steps li").Length.ShouldBe(3);
        page.QuerySelector(".result ol.steps")!.TextContent.ShouldContain("Constitution Day");
        // The holidays shown are those of the year the limit ends in.
        page.QuerySelectorAll("table tbody tr").Length.ShouldBe(14);
        page.QuerySelector("select#unit option[selected]")!.GetAttribute("value").ShouldBe("months");
        page.QuerySelectorAll(".errors li").ShouldBeEmpty();
    }

    [Fact]
    public async Task TimeLimitsPage_WithBadInput_MarksTheFieldsInTheReadersLanguage()
    {
        using var officer = await (await FactoryAsync()).SignInAsync(Roles.CaseOfficer);

        var page = await officer.GetPageAsync("/uk/cases/time-limits?start=yesterday&length=x&unit=days");

        page.QuerySelector("#start")!.GetAttribute("aria-invalid").ShouldBe("true");
        page.QuerySelector("#start-error")!.TextContent.ShouldBe(ProblemDetails.Translation("The start must be a date written as YYYY-MM-DD.", "uk"));
        page.QuerySelector("#length-error")!.TextContent.ShouldBe(ProblemDetails.Translation("The length must be a whole number from 1 up to about ten years.", "uk"));
        page.QuerySelector("#result-heading").ShouldBeNull();
    }

    [Fact]
    public async Task TimeLimitsPage_ForAPermitKind_ShowsTheSuspensionAsAStep()
    {
        using var officer = await (await FactoryAsync()).SignInAsync(Roles.CaseOfficer);

        var page = await officer.GetPageAsync("/pl/cases/time-limits?start=2026-02-01&length=60&unit=days&permit=TemporaryResidence");

        page.QuerySelectorAll(".result ol.steps li").Length.ShouldBe(4);
        page.QuerySelector(".result ol.steps")!.TextContent.ShouldContain(ProblemDetails.Translation("Suspension of time limits under the act on assistance to citizens of Ukraine", "pl"));
        page.QuerySelector("select#permit option[selected]")!.GetAttribute("value").ShouldBe("TemporaryResidence");
    }

    [Fact]
    public async Task FileTagsPage_DecodesATag()
    {
        using var officer = await (await FactoryAsync()).SignInAsync(Roles.Supervisor);

        var page = await officer.GetPageAsync("/cases/file-tags?tag=3474257BF40000000000162E");

        page.QuerySelector("dl.facts")!.TextContent.ShouldContain("urn:epc:id:giai:0614141.5678");
        page.QuerySelectorAll(".errors li").ShouldBeEmpty();
    }

    [Fact]
    public async Task Catalogue_ShowsTheRulesInForceOnTheDayAsked()
    {
        using var officer = await (await FactoryAsync()).SignInAsync(Roles.CaseOfficer);

        var now = await officer.Client.GetFromJsonAsync<JsonElement>("/api/v1/cases/catalogue/?on=2026-05-04", Cancel);
        var before = await officer.Client.GetFromJsonAsync<JsonElement>("/api/v1/cases/catalogue/?on=2026-04-26", Cancel);

        var types = now.GetProperty("types").EnumerateArray().ToList();
        types.Count.ShouldBe(8);
        var work = types.Single(t => t.GetProperty("code").GetString() == "temporary-work");
        work.GetProperty("decisionPeriod").GetProperty("length").GetInt32().ShouldBe(60);
        work.GetProperty("decisionPeriod").GetProperty("verified").GetBoolean().ShouldBeTrue();
        work.GetProperty("stampDuty").GetProperty("verified").GetBoolean().ShouldBeFalse();
        work.GetProperty("documents").EnumerateArray().Select(d => d.GetProperty("code").GetString()).ShouldContain("employer-annex");
        before.GetProperty("types").EnumerateArray().ShouldAllBe(t => t.GetProperty("decisionPeriod").ValueKind == JsonValueKind.Null);
        now.GetProperty("suspensions").GetArrayLength().ShouldBe(3);
    }

    [Fact]
    public async Task Catalogue_ForABadDay_IsRefusedInTheReadersLanguage()
    {
        using var officer = await (await FactoryAsync()).SignInAsync(Roles.CaseOfficer);
        using var request = ProblemDetails.Get("/api/v1/cases/catalogue/?on=4.5.2026", "pl");

        using var response = await officer.Client.SendAsync(request, Cancel);

        (await ProblemDetails.ErrorsAsync(response))["on"].ShouldBe([ProblemDetails.Translation("The day must be a date written as YYYY-MM-DD.", "pl")]);
    }

    [Fact]
    public async Task CataloguePage_ListsEachTypeAndMarksWhatWasNotVerified()
    {
        using var officer = await (await FactoryAsync()).SignInAsync(Roles.Supervisor);

        var page = await officer.GetPageAsync("/en/cases/catalogue?on=2026-05-04");

        page.QuerySelectorAll("table.catalogue tbody tr").Length.ShouldBe(8);
        var work = page.QuerySelector("#type-temporary-work")!;
        work.QuerySelector("td.period")!.TextContent.ShouldContain("60");
        work.QuerySelector("td.period .unverified").ShouldBeNull();
        work.QuerySelector("td.duty .unverified").ShouldNotBeNull();
        page.QuerySelector("#type-permanent td.period .unverified").ShouldNotBeNull();
        page.QuerySelector("#on")!.GetAttribute("value").ShouldBe("2026-05-04");
        page.QuerySelectorAll("table.suspensions tbody tr .unverified").Length.ShouldBe(3);
    }
}

public sealed class SqliteCasesHttpTests(SqliteFactoryFixture fixture) : CasesHttpTests, IClassFixture<SqliteFactoryFixture>
{
    protected override Task<PathwayFactory> FactoryAsync() => Task.FromResult(fixture.Factory);
}

public sealed class PostgresCasesHttpTests(PostgresServer server, PostgresFactoryFixture fixture) : CasesHttpTests, IClassFixture<PostgresFactoryFixture>
{
    protected override Task<PathwayFactory> FactoryAsync() => fixture.GetAsync(server);
}
