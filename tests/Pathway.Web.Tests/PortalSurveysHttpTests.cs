using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Pathway.Platform.Identity;
using Pathway.Testing;
using static Pathway.Web.Tests.PortalApi;
using static Pathway.Web.Tests.ProblemDetails;

namespace Pathway.Web.Tests;

/// <summary>
/// Surveys on SQLite and PostgreSQL: the demo survey read in Ukrainian, answered over the API and
/// by its page's form without script, refused question by question; the results counted, their
/// words scrubbed of names and numbers, exported as CSV a spreadsheet cannot run; an editor's shape
/// refused field by field, then saved, and a text that no longer fits not asked; the days a survey
/// takes answers, refused field by field, then kept: before and after them it is shown without its
/// form and answers are refused; its results by the language readers read it in.
/// </summary>
public abstract class PortalSurveysHttpTests
{
    private const string Survey = "how-was-your-visit";

    protected abstract Task<PathwayFactory> FactoryAsync();

    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    private static FormUrlEncodedContent Form(params (string Name, string Value)[] fields) =>
        new(fields.Select(f => new KeyValuePair<string, string>(f.Name, f.Value)));

    [Fact]
    public async Task TheDemoSurvey_IsAnsweredOverTheApiAndByItsForm_AndItsResultsCountTheAnswers_WithoutWhoGaveThem()
    {
        var factory = await FactoryAsync();
        var reader = factory.Session();
        reader.Client.DefaultRequestHeaders.AcceptLanguage.ParseAdd("uk");

        var survey = await OkAsync(await reader.Client.GetAsync($"/api/v1/portal/surveys/{Survey}?lang=uk", Cancel));
        var page = await reader.GetPageAsync($"/uk/portal/articles/{Survey}");
        // The demo's readers answered it before: this test's two responses are counted on top of theirs.
        using var analyst = await factory.SignInAsync(Roles.Analyst);
        var id = Id(survey);
        var before = await OkAsync(await analyst.Client.GetAsync($"/api/v1/portal/content/{id}/survey/results", Cancel));
        using var csvBefore = await analyst.Client.GetAsync($"/api/v1/portal/content/{id}/survey/results.csv", Cancel);
        var linesBefore = (await csvBefore.Content.ReadAsStringAsync(Cancel)).Split("\r\n", StringSplitOptions.RemoveEmptyEntries).Length;
        var responsesBefore = before.GetProperty("responses").GetInt32();
        using var answered = await reader.Client.PostAsJsonAsync($"/api/v1/portal/surveys/{Survey}/responses", new
        {
            lang = "uk",
            answers = new object[]
            {
                new { question = 1, choices = new[] { 2 } }, new { question = 2, value = 4 }, new { question = 3, choices = new[] { 1, 3 } },
                new { question = 4, text = "=1+2 Дякую, Олена Коваль, тел. 600 700 800, olena@example.com" },
            },
        }, Cancel);
        var refused = await ErrorsAsync(await reader.Client.PostAsJsonAsync($"/api/v1/portal/surveys/{Survey}/responses", new
        {
            lang = "uk", answers = new object[] { new { question = 1, choices = new[] { 7 } }, new { question = 3, choices = new[] { 1 } } },
        }, Cancel));
        using var byForm = await reader.NoRedirect.PostAsync($"/uk/portal/articles/{Survey}/survey", Form(("q1", "1"), ("q2", "5"), ("q3", "2"), ("q3", "4"), ("q4", "")), Cancel);
        using var byFormMissing = await reader.NoRedirect.PostAsync($"/uk/portal/articles/{Survey}/survey", Form(("q1", "3")), Cancel);
        var problemsPage = await reader.GetPageAsync(byFormMissing.Headers.Location!.OriginalString);
        using var unknown = await reader.Client.PostAsJsonAsync("/api/v1/portal/surveys/no-such-survey/responses", new { lang = "uk", answers = Array.Empty<object>() }, Cancel);

        var list = await analyst.GetPageAsync("/en/portal/surveys");
        var results = await OkAsync(await analyst.Client.GetAsync($"/api/v1/portal/content/{id}/survey/results", Cancel));
        var resultsPage = await analyst.GetPageAsync($"/en/portal/surveys/{id}");
        using var csvResponse = await analyst.Client.GetAsync($"/api/v1/portal/content/{id}/survey/results.csv", Cancel);
        var csv = (await csvResponse.Content.ReadAsStringAsync(Cancel)).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);

        survey.GetProperty("title").GetString().ShouldBe("Як ви оцінюєте візит до управління?");
        survey.GetProperty("questions").EnumerateArray().Select(q => q.GetProperty("kind").GetString()).ShouldBe(["OneChoice", "Scale", "ManyChoices", "Text"]);
        survey.GetProperty("questions")[0].GetProperty("options").GetArrayLength().ShouldBe(3);
        page.QuerySelectorAll("#survey-q1 input[type=radio][name=q1]").Length.ShouldBe(3);
        page.QuerySelector("#survey-q1 input[name=q1]")!.HasAttribute("required").ShouldBeTrue();
        page.QuerySelectorAll("#survey-q2 input[type=radio][name=q2]").Length.ShouldBe(5);
        page.QuerySelectorAll("#survey-q3 input[type=checkbox][name=q3]").Length.ShouldBe(4);
        page.QuerySelector("#survey-q4 textarea[name=q4]").ShouldNotBeNull();
        page.QuerySelector("form.survey")!.GetAttribute("action").ShouldBe($"portal/articles/{Survey}/survey");
        answered.StatusCode.ShouldBe(HttpStatusCode.NoContent);
        refused.Keys.ShouldBe(["answers[1]", "answers[2]"], ignoreOrder: true);
        refused["answers[2]"][0].ShouldNotContain("Answer this question"); // in Ukrainian
        byForm.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        byForm.Headers.Location!.OriginalString.ShouldBe($"/uk/portal/articles/{Survey}?survey=thanks#survey");
        byFormMissing.Headers.Location!.OriginalString.ShouldBe($"/uk/portal/articles/{Survey}?survey=invalid&problems=2#survey");
        problemsPage.QuerySelectorAll("#survey-problems a").Select(a => a.GetAttribute("href")).ShouldBe([$"portal/articles/{Survey}?survey=invalid#survey-q2"]);
        unknown.StatusCode.ShouldBe(HttpStatusCode.NotFound);

        var responses = (responsesBefore + 2).ToString(CultureInfo.InvariantCulture);
        list.QuerySelector($"#survey-{Survey}")!.TextContent.ShouldContain(responses);
        results.GetProperty("responses").GetInt32().ShouldBe(responsesBefore + 2);
        var questions = results.GetProperty("questions");
        Added(questions, before, 0).ShouldBe([1, 1, 0]);
        questions[0].GetProperty("counts")[0].GetProperty("label").GetString().ShouldBe("Na wizytę umówioną przez internet");
        Added(questions, before, 1).ShouldBe([0, 0, 0, 1, 1]);
        var scale = Counts(questions[1]);
        questions[1].GetProperty("average").GetDouble().ShouldBe(scale.Select((c, i) => (i + 1.0) * c).Sum() / scale.Sum(), 1e-9);
        questions[2].GetProperty("answered").GetInt32().ShouldBe(before.GetProperty("questions")[2].GetProperty("answered").GetInt32() + 2);
        Added(questions, before, 2).ShouldBe([1, 1, 1, 1]);
        // The newest words first: this reader's.
        var words = questions[3].GetProperty("latestTexts").EnumerateArray().Select(t => t.GetString()!).First();
        words.ShouldNotContain("Коваль");
        words.ShouldNotContain("600");
        words.ShouldNotContain("olena@example.com");
        resultsPage.QuerySelectorAll("#result-1 meter").Length.ShouldBe(3);
        resultsPage.QuerySelector("#responses")!.TextContent.ShouldContain(responses);
        csvResponse.Content.Headers.ContentType!.MediaType.ShouldBe("text/csv");
        csv[0].TrimStart('\uFEFF').ShouldBe("response,at,language,channel,ease,would-help,anything-else");
        csv.Length.ShouldBe(linesBefore + 2);
        csv.ShouldContain(line => line.Contains(",uk,2,4,1;3,\"'=1+2", StringComparison.Ordinal)); // a formula made inert
        csv.ShouldContain(line => line.EndsWith(",uk,1,5,2;4,", StringComparison.Ordinal));
    }

    private static int[] Counts(JsonElement question) => [.. question.GetProperty("counts").EnumerateArray().Select(c => c.GetProperty("count").GetInt32())];

    // What a question's options were given since the results read before.
    private static int[] Added(JsonElement questions, JsonElement before, int question) =>
        [.. Counts(questions[question]).Zip(Counts(before.GetProperty("questions")[question]), (now, then) => now - then)];

    [Fact]
    public async Task AnEditorsShape_IsRefusedFieldByField_ThenSaved_AndATextThatNoLongerFitsIsNotAsked()
    {
        var factory = await FactoryAsync();
        using var editor = await factory.SignInAsync(Roles.ContentEditor);
        editor.Client.DefaultRequestHeaders.AcceptLanguage.ParseAdd("pl");
        var slug = "test-survey-" + Guid.NewGuid().ToString("N")[..8];
        var item = await PublishAsync(editor, "Survey", slug, "Ankieta", "Wstęp.\n\n## Czy było łatwo?\n\n## Skąd jesteś?\n- Z Ukrainy\n- Z Białorusi\n");
        var url = $"/api/v1/portal/content/{Id(item)}/survey";
        var reader = factory.Session().Client;

        using var before = await reader.GetAsync($"/api/v1/portal/surveys/{slug}?lang=pl", Cancel);
        var wrong = await ErrorsAsync(await editor.Client.PutAsJsonAsync(url, new
        {
            version = Version(item),
            questions = new object[] { new { key = "Łatwo", kind = "OneChoice", required = true }, new { key = "from", kind = "Scale" } },
        }, Cancel));
        var saved = await OkAsync(await editor.Client.PutAsJsonAsync(url, new
        {
            version = Version(item),
            questions = new object[] { new { key = "easy", kind = "Scale", required = true }, new { key = "from", kind = "OneChoice" } },
        }, Cancel));
        var shape = await OkAsync(await editor.Client.GetAsync(url, Cancel));
        var read = await OkAsync(await reader.GetAsync($"/api/v1/portal/surveys/{slug}?lang=pl", Cancel));
        await OkAsync(await editor.Client.PutAsJsonAsync($"/api/v1/portal/content/{Id(item)}/source", new
        {
            version = Version(saved), title = "Ankieta", body = "Wstęp.\n\n## Czy było łatwo?\n- Tak\n- Nie\n\n## Skąd jesteś?\n- Z Ukrainy\n- Z Białorusi\n",
        }, Cancel));
        using var unfit = await reader.GetAsync($"/api/v1/portal/surveys/{slug}?lang=pl", Cancel);

        before.StatusCode.ShouldBe(HttpStatusCode.NotFound);
        wrong.Keys.ShouldBe(["questions[0].key", "questions[0].kind", "questions[1].kind"], ignoreOrder: true);
        wrong["questions[1].kind"][0].ShouldNotContain("A question"); // in Polish
        shape.EnumerateArray().Select(q => (q.GetProperty("key").GetString(), q.GetProperty("kind").GetString(), q.GetProperty("required").GetBoolean()))
            .ShouldBe([("easy", "Scale", true), ("from", "OneChoice", false)]);
        read.GetProperty("questions").EnumerateArray().Select(q => q.GetProperty("title").GetString()).ShouldBe(["Czy było łatwo?", "Skąd jesteś?"]);
        unfit.StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task ASurveysDays_AreKept_OutsideThemItTakesNoAnswers_AndItsResultsAreByLanguageToo()
    {
        var factory = await FactoryAsync();
        using var editor = await factory.SignInAsync(Roles.ContentEditor);
        editor.Client.DefaultRequestHeaders.AcceptLanguage.ParseAdd("pl");
        var slug = "window-survey-" + Guid.NewGuid().ToString("N")[..8];
        var item = await PublishAsync(editor, "Survey", slug, "Ankieta", "Wstęp.\n\n## Czy było łatwo?\n");
        var url = $"/api/v1/portal/content/{Id(item)}/survey";
        var version = Version(await OkAsync(await editor.Client.PutAsJsonAsync(url, new { version = Version(item), questions = new object[] { new { key = "easy", kind = "Scale", required = true } } }, Cancel)));
        var reader = factory.Session();
        reader.Client.DefaultRequestHeaders.AcceptLanguage.ParseAdd("pl");
        // The office's calendar (Warsaw); each window below leaves a day's margin either side, so a midnight passing mid-test changes nothing.
        var today = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(DateTimeOffset.UtcNow, TimeZoneInfo.FindSystemTimeZoneById("Europe/Warsaw")).DateTime);
        string Day(int days) => today.AddDays(days).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        async Task<HttpResponseMessage> AnswerAsync(string lang) =>
            await reader.Client.PostAsJsonAsync($"/api/v1/portal/surveys/{slug}/responses", new { lang, answers = new[] { new { question = 1, value = 4 } } }, Cancel);
        async Task<int> WindowAsync(string? opensOn, string? closesOn)
        {
            var saved = await OkAsync(await editor.Client.PutAsJsonAsync($"{url}/window", new { version, opensOn, closesOn }, Cancel));
            return version = Version(saved);
        }

        var always = await OkAsync(await editor.Client.GetAsync($"{url}/window", Cancel));
        var badDates = await ErrorsAsync(await editor.Client.PutAsJsonAsync($"{url}/window", new { version, opensOn = "jutro", closesOn = "2027-02-30" }, Cancel));
        var backwards = await ErrorsAsync(await editor.Client.PutAsJsonAsync($"{url}/window", new { version, opensOn = Day(5), closesOn = Day(2) }, Cancel));
        using var stale = await editor.Client.PutAsJsonAsync($"{url}/window", new { version = version - 1, opensOn = Day(-1) }, Cancel);

        always.GetProperty("state").GetString().ShouldBe("Open");
        always.GetProperty("opensOn").ValueKind.ShouldBe(JsonValueKind.Null);
        badDates.Keys.ShouldBe(["opensOn", "closesOn"], ignoreOrder: true);
        badDates["opensOn"][0].ShouldContain("2027-03-31");
        badDates["opensOn"][0].ShouldNotStartWith("Give"); // in Polish
        backwards.Keys.ShouldBe(["closesOn"]);
        stale.StatusCode.ShouldBe(HttpStatusCode.Conflict);

        // Closed two days ago: shown without its form, answers refused by the API and by the form.
        await WindowAsync(Day(-5), Day(-2));
        var closed = await OkAsync(await editor.Client.GetAsync($"{url}/window", Cancel));
        var readClosed = await OkAsync(await reader.Client.GetAsync($"/api/v1/portal/surveys/{slug}?lang=pl", Cancel));
        var closedPage = await reader.GetPageAsync($"/pl/portal/articles/{slug}");
        var lateAnswer = await ErrorsAsync(await AnswerAsync("pl"));
        using var lateForm = await reader.NoRedirect.PostAsync($"/pl/portal/articles/{slug}/survey", Form(("q1", "3")), Cancel);

        closed.GetProperty("state").GetString().ShouldBe("Closed");
        readClosed.GetProperty("state").GetString().ShouldBe("Closed");
        readClosed.GetProperty("closesOn").GetString().ShouldBe(Day(-2));
        closedPage.QuerySelector("form.survey").ShouldBeNull();
        closedPage.QuerySelector("#survey-window")!.TextContent.ShouldContain(today.AddDays(-2).ToString("D", System.Globalization.CultureInfo.GetCultureInfo("pl")));
        lateAnswer.Keys.ShouldBe(["survey"]);
        lateForm.Headers.Location!.OriginalString.ShouldBe($"/pl/portal/articles/{slug}?survey=closed#survey");

        // Opening in three days: not yet.
        await WindowAsync(Day(3), null);
        var earlyAnswer = await ErrorsAsync(await AnswerAsync("uk"));
        (await OkAsync(await editor.Client.GetAsync($"{url}/window", Cancel))).GetProperty("state").GetString().ShouldBe("NotYetOpen");
        earlyAnswer.Keys.ShouldBe(["survey"]);

        // Open from yesterday to tomorrow: answered in Polish and twice in Ukrainian; the results by language.
        await WindowAsync(Day(-1), Day(1));
        var openPage = await reader.GetPageAsync($"/pl/portal/articles/{slug}");
        (await AnswerAsync("pl")).StatusCode.ShouldBe(HttpStatusCode.NoContent);
        (await AnswerAsync("uk")).StatusCode.ShouldBe(HttpStatusCode.NoContent);
        (await AnswerAsync("uk")).StatusCode.ShouldBe(HttpStatusCode.NoContent);
        using var analyst = await factory.SignInAsync(Roles.Analyst);
        var everyone = await OkAsync(await analyst.Client.GetAsync($"{url}/results", Cancel));
        var ukrainian = await OkAsync(await analyst.Client.GetAsync($"{url}/results?lang=uk", Cancel));
        using var noLanguage = await analyst.Client.GetAsync($"{url}/results?lang=xx", Cancel);
        var ukrainianPage = await analyst.GetPageAsync($"/en/portal/surveys/{Id(item)}?lang=uk");

        openPage.QuerySelector("form.survey").ShouldNotBeNull();
        openPage.QuerySelector("#survey-window")!.TextContent.ShouldContain(today.AddDays(1).ToString("D", System.Globalization.CultureInfo.GetCultureInfo("pl")));
        everyone.GetProperty("responses").GetInt32().ShouldBe(3);
        everyone.GetProperty("languages").EnumerateArray().Select(l => (l.GetProperty("language").GetString(), l.GetProperty("responses").GetInt32())).ShouldBe([("uk", 2), ("pl", 1)]);
        ukrainian.GetProperty("responses").GetInt32().ShouldBe(2);
        ukrainian.GetProperty("readIn").GetString().ShouldBe("uk");
        ukrainian.GetProperty("questions")[0].GetProperty("answered").GetInt32().ShouldBe(2);
        noLanguage.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        ukrainianPage.QuerySelectorAll("#by-language li").Length.ShouldBe(2);
        ukrainianPage.QuerySelector("#by-language a[aria-current=page]")!.GetAttribute("lang").ShouldBe("uk");
        ukrainianPage.QuerySelector("#read-in").ShouldNotBeNull();
        ukrainianPage.QuerySelector("#responses")!.TextContent.ShouldContain("2");
    }
}

public sealed class SqlitePortalSurveysHttpTests(SqliteFactoryFixture fixture) : PortalSurveysHttpTests, IClassFixture<SqliteFactoryFixture>
{
    protected override Task<PathwayFactory> FactoryAsync() => Task.FromResult(fixture.Factory);
}

public sealed class PostgresPortalSurveysHttpTests(PostgresServer server, PostgresFactoryFixture fixture) : PortalSurveysHttpTests, IClassFixture<PostgresFactoryFixture>
{
    protected override Task<PathwayFactory> FactoryAsync() => fixture.GetAsync(server);
}
