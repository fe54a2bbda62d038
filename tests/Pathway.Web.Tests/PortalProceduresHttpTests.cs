using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Pathway.Platform.Identity;
using Pathway.Testing;
using static Pathway.Web.Tests.PortalApi;
using static Pathway.Web.Tests.ProblemDetails;

namespace Pathway.Web.Tests;

/// <summary>
/// Guided procedures on SQLite and PostgreSQL: the demo procedure in Ukrainian with its steps'
/// facts and documents, an editor's steps refused field by field and then saved, and two
/// procedures chained by the document one produces and the other needs.
/// </summary>
public abstract class PortalProceduresHttpTests
{
    protected abstract Task<PathwayFactory> FactoryAsync();

    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public async Task TheDemoProcedure_ReadsInUkrainian_WithItsStepsFactsAndDocuments_OnThePageAndInTheApi()
    {
        var factory = await FactoryAsync();
        var reader = factory.Session();

        var procedure = await OkAsync(await reader.Client.GetAsync("/api/v1/portal/procedures/residence-card-application?lang=uk", Cancel));
        var page = await reader.GetPageAsync("/uk/portal/articles/residence-card-application");
        using var article = await reader.Client.GetAsync("/api/v1/portal/procedures/pesel-number?lang=uk", Cancel);

        procedure.GetProperty("title").GetString().ShouldBe("Карта побиту: від заяви до отримання");
        var steps = procedure.GetProperty("steps").EnumerateArray().ToList();
        steps.Select(s => s.GetProperty("title").GetString()).ShouldBe(["Подайте заяву в модулі MOS", "Особисто з'явіться в управлінні", "Отримайте рішення та карту побиту"]);
        steps.Select(s => s.GetProperty("after").EnumerateArray().Select(a => a.GetInt32()).ToArray()).ShouldBe([[], [1], [2]]);
        (steps[0].GetProperty("costAmount").GetDecimal(), steps[0].GetProperty("costCurrency").GetString()).ShouldBe((440m, "PLN"));
        steps[0].GetProperty("needs")[0].GetProperty("document").GetProperty("title").GetString().ShouldBe("Паспорт");
        steps[2].GetProperty("produces")[0].GetProperty("document").GetProperty("slug").GetString().ShouldBe("residence-card");
        page.QuerySelectorAll("#steps > li").Select(l => l.Id).ShouldBe(["step-apply-online", "step-appear-in-person", "step-collect-card"]);
        page.QuerySelectorAll("svg.flow rect.step").Length.ShouldBe(3);
        page.QuerySelector("#step-appear-in-person a.map-link")!.GetAttribute("href").ShouldBe("https://www.openstreetmap.org/?mlat=52.2192&mlon=21.0169#map=17/52.2192/21.0169");
        page.QuerySelector("#step-collect-card .cost")!.TextContent.ShouldBe("100,00 PLN");
        page.QuerySelector("article")!.TextContent.ShouldNotContain("Подайте заяву", Case.Sensitive, "the steps are not repeated in the introduction");
        article.StatusCode.ShouldBe(HttpStatusCode.NotFound, "an article is not a procedure");
    }

    [Fact]
    public async Task AnEditorsSteps_AreCheckedAgainstTheTextAndTheDocuments_AndProceduresChainByTheirDocuments()
    {
        var factory = await FactoryAsync();
        using var editor = await factory.SignInAsync(Roles.ContentEditor);
        editor.Client.DefaultRequestHeaders.AcceptLanguage.ParseAdd("pl");
        var suffix = Guid.NewGuid().ToString("N")[..8];
        var certificate = await PublishAsync(editor, "Document", "certificate-" + suffix, "Zaświadczenie", "Dokument z urzędu.");
        var first = await PublishAsync(editor, "Procedure", "get-certificate-" + suffix, "Zaświadczenie krok po kroku", "Wstęp.\n\n## Złóż wniosek\nW urzędzie.\n\n## Odbierz\nPo tygodniu.");
        var second = await PublishAsync(editor, "Procedure", "use-certificate-" + suffix, "Użyj zaświadczenia", "## Pokaż zaświadczenie\nW banku.");

        using var bad = await editor.Client.PutAsJsonAsync($"/api/v1/portal/content/{Id(first)}/steps", new
        {
            version = Version(first),
            steps = new object[] { new { key = "apply", after = new[] { "collect" }, costAmount = 17, costCurrency = "ZZZ" }, new { key = "collect", onlineUrl = "ftp://x" } },
        }, Cancel);
        using var unknownDocument = await editor.Client.PutAsJsonAsync($"/api/v1/portal/content/{Id(first)}/steps", new
        {
            version = Version(first), steps = new object[] { new { key = "apply", needs = new[] { "no-such-document" } }, new { key = "collect" } },
        }, Cancel);
        using var wrongCount = await editor.Client.PutAsJsonAsync($"/api/v1/portal/content/{Id(first)}/steps", new { version = Version(first), steps = new object[] { new { key = "apply" } } }, Cancel);
        using var notAProcedure = await editor.Client.PutAsJsonAsync($"/api/v1/portal/content/{Id(certificate)}/steps", new { version = Version(certificate), steps = new object[] { new { key = "a" } } }, Cancel);
        first = await OkAsync(await editor.Client.PutAsJsonAsync($"/api/v1/portal/content/{Id(first)}/steps", new
        {
            version = Version(first),
            steps = new object[] { new { key = "apply", costAmount = 17, costCurrency = "PLN" }, new { key = "collect", after = new[] { "apply" }, produces = new[] { "certificate-" + suffix } } },
        }, Cancel));
        await OkAsync(await editor.Client.PutAsJsonAsync($"/api/v1/portal/content/{Id(second)}/steps", new
        {
            version = Version(second), steps = new object[] { new { key = "show", needs = new[] { "certificate-" + suffix } } },
        }, Cancel));
        var saved = await OkAsync(await editor.Client.GetAsync($"/api/v1/portal/content/{Id(first)}/steps", Cancel));
        var reader = factory.Session().Client;
        var giving = await OkAsync(await reader.GetAsync($"/api/v1/portal/procedures/get-certificate-{suffix}?lang=pl", Cancel));
        var needing = await OkAsync(await reader.GetAsync($"/api/v1/portal/procedures/use-certificate-{suffix}?lang=pl", Cancel));

        var errors = await ErrorsAsync(bad);
        errors.Keys.Order(StringComparer.Ordinal).ShouldBe(["steps[0].after", "steps[0].costCurrency", "steps[1].onlineUrl"]);
        errors["steps[0].after"].ShouldBe(["Krok może następować tylko po krokach wymienionych przed nim."]);
        (await ErrorsAsync(unknownDocument)).Keys.ShouldBe(["steps[0].needs"]);
        (await ErrorsAsync(wrongCount)).Keys.ShouldBe(["steps"]);
        (await ErrorsAsync(notAProcedure)).Keys.ShouldBe(["steps"]);
        saved.EnumerateArray().Select(s => s.GetProperty("key").GetString()).ShouldBe(["apply", "collect"]);
        saved[1].GetProperty("produces").EnumerateArray().Select(p => p.GetString()).ShouldBe(["certificate-" + suffix]);
        var product = giving.GetProperty("steps")[1].GetProperty("produces")[0];
        product.GetProperty("document").GetProperty("title").GetString().ShouldBe("Zaświadczenie");
        product.GetProperty("procedures").EnumerateArray().Select(p => p.GetProperty("slug").GetString()).ShouldBe(["use-certificate-" + suffix]);
        needing.GetProperty("steps")[0].GetProperty("needs")[0].GetProperty("procedures").EnumerateArray().Select(p => p.GetProperty("slug").GetString())
            .ShouldBe(["get-certificate-" + suffix]);
    }

    [Fact]
    public async Task AMigrant_TicksStepsOff_OnThePageAndOverTheApi_AndSeesTheirProgress_WhileNoOneElseTicks()
    {
        var factory = await FactoryAsync();
        using var migrant = await factory.SignInAsync(Roles.Migrant);
        using var officer = await factory.SignInAsync(Roles.CaseOfficer);
        const string Procedure = "/api/v1/portal/procedures/residence-card-application";

        using var first = await migrant.Client.PutAsync($"{Procedure}/steps/apply-online/done", null, Cancel);
        using var again = await migrant.Client.PutAsync($"{Procedure}/steps/apply-online/done", null, Cancel);
        using var unknownStep = await migrant.Client.PutAsync($"{Procedure}/steps/no-such-step/done", null, Cancel);
        using var staff = await officer.Client.PutAsync($"{Procedure}/steps/apply-online/done", null, Cancel);
        using var anonymous = await factory.Session().Client.PutAsync($"{Procedure}/steps/apply-online/done", null, Cancel);
        using var ticked = await migrant.PostFormAsync("/uk/portal/articles/residence-card-application", "step-done-appear-in-person", new Dictionary<string, string>());
        var page = await migrant.GetPageAsync("/uk/portal/articles/residence-card-application");
        var mine = await OkAsync(await migrant.Client.GetAsync("/api/v1/portal/procedures/mine?lang=uk", Cancel));
        using var untick = await migrant.Client.DeleteAsync($"{Procedure}/steps/appear-in-person/done", Cancel);
        var myPage = await migrant.GetPageAsync("/uk/my/procedures");
        var readerPage = await factory.Session().GetPageAsync("/uk/portal/articles/residence-card-application");

        (first.StatusCode, again.StatusCode, unknownStep.StatusCode).ShouldBe((HttpStatusCode.NoContent, HttpStatusCode.NoContent, HttpStatusCode.NotFound));
        (staff.StatusCode, anonymous.StatusCode).ShouldBe((HttpStatusCode.Forbidden, HttpStatusCode.Unauthorized));
        page.QuerySelectorAll("#steps .badge").Select(b => b.Id).ShouldBe(["done-apply-online", "done-appear-in-person"]);
        page.QuerySelector("#tick-collect-card").ShouldNotBeNull();
        var progress = mine.EnumerateArray().Single();
        (progress.GetProperty("done").GetInt32(), progress.GetProperty("steps").GetInt32()).ShouldBe((2, 3));
        untick.StatusCode.ShouldBe(HttpStatusCode.NoContent);
        myPage.QuerySelector("#my-procedures progress")!.GetAttribute("value").ShouldBe("1");
        readerPage.QuerySelector("#tick-off-hint").ShouldNotBeNull();
        readerPage.QuerySelectorAll("#steps form").Length.ShouldBe(0, "a reader who is not signed in gets the page every reader gets");
    }

    [Fact]
    public async Task AnEditor_GivesTheStepsOnTheItemPage_OnePartPerHeading_AndIsToldWhatIsWrongInPolish()
    {
        var factory = await FactoryAsync();
        using var editor = await factory.SignInAsync(Roles.ContentEditor);
        var suffix = Guid.NewGuid().ToString("N")[..8];
        var item = await PublishAsync(editor, "Procedure", "form-procedure-" + suffix, "Procedura", "## Pierwszy krok\nA.\n\n## Drugi krok\nB.");
        var url = $"/pl/portal/content/{Id(item)}";

        var form = await editor.GetPageAsync(url);
        using var wrong = await editor.PostFormAsync(url, "procedure-steps", new Dictionary<string, string>
        {
            ["Procedure.Steps[0].Key"] = "first", ["Procedure.Steps[0].CostAmount"] = "12.50", ["Procedure.Steps[0].CostCurrency"] = "PLN",
            ["Procedure.Steps[1].Key"] = "second", ["Procedure.Steps[1].After"] = "nowhere", ["Procedure.Steps[1].Latitude"] = "north",
        });
        var refused = await WebSession.PageOfAsync(wrong);
        using var right = await editor.PostFormAsync(url, "procedure-steps", new Dictionary<string, string>
        {
            ["Procedure.Steps[0].Key"] = "first", ["Procedure.Steps[0].CostAmount"] = "12.50", ["Procedure.Steps[0].CostCurrency"] = "pln",
            ["Procedure.Steps[1].Key"] = "second", ["Procedure.Steps[1].After"] = "first",
        });
        var steps = await OkAsync(await editor.Client.GetAsync($"/api/v1/portal/content/{Id(item)}/steps", Cancel));

        form.QuerySelectorAll("fieldset.step-facts legend span").Select(l => l.TextContent).ShouldBe(["Pierwszy krok", "Drugi krok"]);
        refused.QuerySelector("#step-1-after-error")!.TextContent.ShouldBe("Krok może następować tylko po krokach wymienionych przed nim.");
        refused.QuerySelectorAll(".field-error").Length.ShouldBe(2, "the step that comes after a step that does not exist, and the latitude");
        ((int)right.StatusCode is >= 300 and < 400 || right.StatusCode == HttpStatusCode.OK).ShouldBeTrue();
        steps.EnumerateArray().Select(s => (s.GetProperty("key").GetString(), s.GetProperty("costCurrency").GetString())).ShouldBe([("first", "PLN"), ("second", null)]);
        steps[1].GetProperty("after").EnumerateArray().Select(a => a.GetString()).ShouldBe(["first"]);
    }

}

public sealed class SqlitePortalProceduresHttpTests(SqliteFactoryFixture fixture) : PortalProceduresHttpTests, IClassFixture<SqliteFactoryFixture>
{
    protected override Task<PathwayFactory> FactoryAsync() => Task.FromResult(fixture.Factory);
}

public sealed class PostgresPortalProceduresHttpTests(PostgresServer server, PostgresFactoryFixture fixture) : PortalProceduresHttpTests, IClassFixture<PostgresFactoryFixture>
{
    protected override Task<PathwayFactory> FactoryAsync() => fixture.GetAsync(server);
}
