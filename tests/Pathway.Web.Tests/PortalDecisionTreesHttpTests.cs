using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Pathway.Platform.Identity;
using Pathway.Testing;
using static Pathway.Web.Tests.PortalApi;
using static Pathway.Web.Tests.ProblemDetails;

namespace Pathway.Web.Tests;

/// <summary>
/// "Which permit fits me?" on SQLite and PostgreSQL: the demo tree walked in Ukrainian on its page
/// (without JavaScript: every answer a link) to a procedure with the cases' processing times; the
/// API; an editor's shape refused field by field and then saved; a tree whose text no longer
/// matches its shape not shown half right.
/// </summary>
public abstract class PortalDecisionTreesHttpTests
{
    protected abstract Task<PathwayFactory> FactoryAsync();

    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public async Task TheDemoTree_IsWalkedInUkrainian_ToAProcedureWithItsProcessingTimes()
    {
        var factory = await FactoryAsync();
        var reader = factory.Session();

        var first = await reader.GetPageAsync("/uk/portal/articles/which-permit");
        var answers = first.QuerySelectorAll("#tree-answers a");
        var second = await reader.GetPageAsync("/uk/" + answers[0].GetAttribute("href"));
        var result = await reader.GetPageAsync("/uk/" + second.QuerySelectorAll("#tree-answers a")[1].GetAttribute("href"));
        var broken = await reader.GetPageAsync("/uk/portal/articles/which-permit?q=nowhere&a=x&p=zzz");
        var sheet = await OkAsync(await reader.Client.GetAsync("/api/v1/portal/trees/which-permit?lang=uk", Cancel));

        first.QuerySelector("#tree-question")!.TextContent.ShouldBe("Чому ви хочете залишитися в Польщі довше ніж 3 місяці?");
        answers.Select(a => a.TextContent).ShouldBe(["Я хочу тут працювати", "Я хочу бути з родиною, яка тут живе", "Я хочу тут навчатися", "Я живу тут легально щонайменше 5 років"]);
        second.QuerySelector("#tree-question")!.TextContent.ShouldBe("Чи маєте ви диплом про вищу освіту та пропозицію добре оплачуваної роботи?");
        second.QuerySelectorAll("#tree-path li").Length.ShouldBe(1);
        result.QuerySelector("#tree-result").ShouldNotBeNull();
        result.QuerySelector(".tree-procedure a")!.GetAttribute("href").ShouldBe("portal/articles/residence-card-application");
        result.QuerySelector(".tree-procedure a")!.TextContent.ShouldBe("Карта побиту: від заяви до отримання");
        result.QuerySelectorAll("#tree-path li").Select(l => l.QuerySelector("strong")!.TextContent).ShouldBe(["Я хочу тут працювати", "Ні"]);
        result.QuerySelector("#tree-times").ShouldNotBeNull();
        result.QuerySelector("#tree-disclaimer").ShouldNotBeNull();
        broken.QuerySelector("#tree-question")!.TextContent.ShouldBe("Чому ви хочете залишитися в Польщі довше ніж 3 місяці?", "a broken address starts the tree again");
        sheet.GetProperty("questions").GetArrayLength().ShouldBe(2);
        sheet.GetProperty("questions")[1].GetProperty("answers")[1].GetProperty("applicationType").GetString().ShouldBe("temporary-work");
        var times = sheet.GetProperty("processingTimes").EnumerateArray().ToList();
        times.Select(t => t.GetProperty("applicationType").GetString()).ShouldBe(["family", "studies", "permanent", "blue-card", "temporary-work"], ignoreOrder: true);
        var from = DateOnly.Parse(times[0].GetProperty("from").GetString()!, System.Globalization.CultureInfo.InvariantCulture);
        var to = DateOnly.Parse(times[0].GetProperty("to").GetString()!, System.Globalization.CultureInfo.InvariantCulture);
        (to.DayNumber - from.DayNumber).ShouldBe(364, "a year of decisions, up to yesterday");
    }

    [Fact]
    public async Task AnEditorsShape_IsRefusedFieldByField_ThenSaved_AndATextThatNoLongerFitsIsNotShown()
    {
        var factory = await FactoryAsync();
        using var editor = await factory.SignInAsync(Roles.ContentEditor);
        editor.Client.DefaultRequestHeaders.AcceptLanguage.ParseAdd("pl");
        var suffix = Guid.NewGuid().ToString("N")[..8];
        const string body = "Wstęp.\n\n## Pracujesz?\n- Tak\n- Nie\n\n## Masz dyplom?\n- Tak\n- Nie\n";
        var tree = await PublishAsync(editor, "DecisionTree", "test-tree-" + suffix, "Drzewo", body);
        var url = $"/api/v1/portal/content/{Id(tree)}/tree";
        object Shape(string procedure) => new
        {
            version = Version(tree),
            questions = new object[]
            {
                new { key = "work", answers = new object[] { new { leadsTo = "degree" }, new { procedure, applicationType = "family" } } },
                new { key = "degree", answers = new object[] { new { procedure, applicationType = "blue-card" }, new { procedure, applicationType = "temporary-work" } } },
            },
        };

        using var looping = await editor.Client.PutAsJsonAsync(url, new
        {
            version = Version(tree),
            questions = new object[]
            {
                new { key = "work", answers = new object[] { new { leadsTo = "work" }, new { } } },
                new { key = "degree", answers = new object[] { new { procedure = "residence-card-application", leadsTo = "work" } } },
            },
        }, Cancel);
        using var unknownProcedure = await editor.Client.PutAsJsonAsync(url, Shape("no-such-procedure"), Cancel);
        using var wrongCount = await editor.Client.PutAsJsonAsync(url, new
        {
            version = Version(tree), questions = new object[] { new { key = "work", answers = new object[] { new { procedure = "residence-card-application" } } } },
        }, Cancel);
        var saved = await OkAsync(await editor.Client.PutAsJsonAsync(url, Shape("residence-card-application"), Cancel));
        var shape = await OkAsync(await editor.Client.GetAsync(url, Cancel));
        var reader = factory.Session().Client;
        var read = await OkAsync(await reader.GetAsync($"/api/v1/portal/trees/test-tree-{suffix}?lang=pl", Cancel));
        var changed = await OkAsync(await editor.Client.PutAsJsonAsync($"/api/v1/portal/content/{Id(tree)}/source", new
        {
            version = Version(saved), title = "Drzewo", body = "Wstęp.\n\n## Pracujesz?\n- Tak\n- Nie\n- Czasem\n\n## Masz dyplom?\n- Tak\n- Nie\n",
        }, Cancel));
        using var unfit = await reader.GetAsync($"/api/v1/portal/trees/test-tree-{suffix}?lang=pl", Cancel);

        (await ErrorsAsync(looping)).Keys.ShouldBe(["questions[0].answers[0].leadsTo", "questions[0].answers[1].leadsTo", "questions[1].answers[0].leadsTo"], ignoreOrder: true);
        (await ErrorsAsync(looping))["questions[0].answers[0].leadsTo"][0].ShouldBe("Odpowiedź prowadzi tylko do pytania po swoim, więc pytania nigdy nie krążą w kółko.");
        (await ErrorsAsync(unknownProcedure)).Keys.ShouldBe(["questions[0].answers[1].procedure"]);
        (await ErrorsAsync(wrongCount)).Keys.ShouldBe(["questions"]);
        shape.GetProperty("questions").EnumerateArray().Select(q => q.GetProperty("key").GetString()).ShouldBe(["work", "degree"]);
        read.GetProperty("questions")[0].GetProperty("answers")[1].GetProperty("procedure").GetProperty("slug").GetString().ShouldBe("residence-card-application");
        Version(changed).ShouldBe(Version(saved) + 1);
        unfit.StatusCode.ShouldBe(HttpStatusCode.NotFound, "a tree whose text no longer matches its shape is not shown half right");
    }
}

public sealed class SqlitePortalDecisionTreesHttpTests(SqliteFactoryFixture fixture) : PortalDecisionTreesHttpTests, IClassFixture<SqliteFactoryFixture>
{
    protected override Task<PathwayFactory> FactoryAsync() => Task.FromResult(fixture.Factory);
}

public sealed class PostgresPortalDecisionTreesHttpTests(PostgresServer server, PostgresFactoryFixture fixture) : PortalDecisionTreesHttpTests, IClassFixture<PostgresFactoryFixture>
{
    protected override Task<PathwayFactory> FactoryAsync() => fixture.GetAsync(server);
}
