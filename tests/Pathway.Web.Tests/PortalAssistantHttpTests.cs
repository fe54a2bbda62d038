using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Pathway.Platform.Identity;
using Pathway.Portal.Assistant;
using Pathway.Testing;
using static Pathway.Web.Tests.PortalApi;
using static Pathway.Web.Tests.ProblemDetails;

namespace Pathway.Web.Tests;

/// <summary>
/// The assistant on SQLite and PostgreSQL: answers from the demo tenant's questions and answers,
/// glossary and procedures with their sources, hands over when it does not know, keeps questions
/// scrubbed of personal data, and shows the editors what went unanswered.
/// </summary>
public abstract class PortalAssistantHttpTests
{
    protected abstract Task<PathwayFactory> FactoryAsync();

    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public async Task AQuestionTheGuidesAnswer_IsAnswered_FromTheFittingPassage_WithItsSources()
    {
        var reader = (await FactoryAsync()).Session();

        var term = await AskAsync(reader, "What is a trusted profile?", "en");
        var faq = await AskAsync(reader, "Jak długo czeka się na decyzję?", "pl");
        var step = await AskAsync(reader, "Where are fingerprints taken?", "en");

        term.GetProperty("answered").GetBoolean().ShouldBeTrue();
        Slugs(term)[0].ShouldBe("trusted-profile", "a question of what a word means is answered by the glossary, not by a step that mentions it");
        term.GetProperty("answer").GetString()!.ShouldStartWith("A free way to confirm who you are");
        term.GetProperty("answerLanguage").GetString().ShouldBe("en");
        term.GetProperty("sources")[0].GetProperty("path").GetString().ShouldBe("portal/glossary#trusted-profile");
        term.GetProperty("handOver").ValueKind.ShouldBe(JsonValueKind.Null);
        Slugs(faq)[0].ShouldBe("how-long-does-a-decision-take");
        faq.GetProperty("answer").GetString()!.ShouldContain("60 dni");
        Slugs(step)[0].ShouldBe("residence-card-application");
        step.GetProperty("answer").GetString()!.ShouldStartWith("Appear in person at the office", Case.Sensitive, "the step's heading leads its passage");
    }

    [Fact]
    public async Task AQuestionOnASubjectNoTextMentions_IsNotAnswered_AndPeopleToAskAreOffered()
    {
        var factory = await FactoryAsync();
        var reader = factory.Session();

        var answer = await AskAsync(reader, "Can I bring my dog on the tram?", "en");

        answer.GetProperty("answered").GetBoolean().ShouldBeFalse();
        answer.GetProperty("answer").ValueKind.ShouldBe(JsonValueKind.Null);
        answer.GetProperty("sources").GetArrayLength().ShouldBe(0, "no guessing: nothing is offered as an answer");
        var handOver = answer.GetProperty("handOver");
        handOver.GetProperty("helplinePhone").GetString().ShouldBe(factory.Service<IOptions<AssistantOptions>>().Value.HelplinePhone);
        handOver.GetProperty("services").EnumerateArray().Select(s => s.GetProperty("slug").GetString()).ShouldContain("legal-advice-srodmiescie");
    }

    [Fact]
    public async Task ASubjectPublishedAfterItWasAsked_IsAnsweredAtOnce_ItsWordsCountedAnew()
    {
        var factory = await FactoryAsync();
        var reader = factory.Session();
        using var editor = await factory.SignInAsync(Roles.ContentEditor);
        var word = "zwirbel" + new string(Guid.NewGuid().ToString("N").Where(char.IsLetter).Take(6).ToArray());
        var question = $"Jak karmić {word}?";

        var before = await AskAsync(reader, question, "pl"); // the word is counted in no text, and that count is remembered
        await PublishAsync(editor, "Question", "feeding-" + word, $"Jak karmić {word}?", $"Każdy {word} dostaje świeże liście dwa razy dziennie.");
        var after = await AskAsync(reader, question, "pl");

        before.GetProperty("answered").GetBoolean().ShouldBeFalse();
        after.GetProperty("answered").GetBoolean().ShouldBeTrue("publishing forgets the remembered counts");
        Slugs(after)[0].ShouldBe("feeding-" + word);
    }

    [Fact]
    public async Task AQuestion_IsKeptWithoutThePersonalDataInIt()
    {
        var factory = await FactoryAsync();
        var migrant = await factory.SignInAsync(Roles.Migrant);
        const string Question = "My name is Anna Kowalska, write to anna.k@example.com or call +48 601 234 567; my PESEL is 90011512345. How do I get a PESEL number?";

        var answer = await AskAsync(migrant, Question, "en");

        var kept = answer.GetProperty("questionAsKept").GetString()!;
        foreach (var personal in (string[])["Anna", "Kowalska", "anna.k", "example.com", "601", "234 567", "90011512345"])
        {
            kept.ShouldNotContain(personal);
        }

        kept.ShouldContain("PESEL number");
        var turnId = Guid.Parse(answer.GetProperty("turnId").GetString()!);
        await factory.WithDbAsync(async db =>
        {
            var row = await db.Set<AssistantTurn>().SingleAsync(t => t.Id == turnId, Cancel);
            row.Question.ShouldBe(kept);
            (row.Answer ?? "").ShouldNotContain("Kowalska");
        });
    }

    [Fact]
    public async Task AConversation_GoesOn_IsReadBack_AndItsAnswersRated()
    {
        var reader = (await FactoryAsync()).Session();

        var first = await AskAsync(reader, "What is stamp duty?", "en");
        var conversation = first.GetProperty("conversationId").GetString()!;
        var second = await AskAsync(reader, "Can I bring my cat to the office?", "en", conversation);
        var turn = first.GetProperty("turnId").GetString()!;
        using var rated = await reader.Client.PostAsJsonAsync($"/api/v1/portal/assistant/conversations/{conversation}/turns/{turn}/feedback", new { helpful = false }, Cancel);
        using var elsewhere = await reader.Client.PostAsJsonAsync($"/api/v1/portal/assistant/conversations/{Guid.NewGuid()}/turns/{turn}/feedback", new { helpful = true }, Cancel);
        using var unsaid = await reader.Client.PostAsJsonAsync($"/api/v1/portal/assistant/conversations/{conversation}/turns/{turn}/feedback", new { }, Cancel);
        var read = await OkAsync(await reader.Client.GetAsync($"/api/v1/portal/assistant/conversations/{conversation}?lang=en", Cancel));
        using var unknown = await reader.Client.GetAsync($"/api/v1/portal/assistant/conversations/{Guid.NewGuid()}", Cancel);

        second.GetProperty("conversationId").GetString().ShouldBe(conversation);
        second.GetProperty("position").GetInt32().ShouldBe(2);
        rated.StatusCode.ShouldBe(HttpStatusCode.NoContent);
        elsewhere.StatusCode.ShouldBe(HttpStatusCode.NotFound, "a turn is rated only through its own conversation");
        (await ErrorsAsync(unsaid)).Keys.ShouldBe(["helpful"]);
        read.GetArrayLength().ShouldBe(2);
        read[0].GetProperty("helpful").GetBoolean().ShouldBeFalse();
        read[0].GetProperty("sources")[0].GetProperty("slug").GetString().ShouldBe("stamp-duty");
        read[1].GetProperty("answered").GetBoolean().ShouldBeFalse();
        unknown.StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task TwoQuestionsAtOnce_InOneConversation_TakeTheNextTwoPlaces()
    {
        var factory = await FactoryAsync();
        var reader = factory.Session();
        var first = await AskAsync(reader, "What is stamp duty?", "en");
        var conversation = first.GetProperty("conversationId").GetString()!;
        // The database refuses the second of two turns in one place; the desk takes the next place.
        factory.Logs.Expect("INSERT INTO \"Portal_AssistantTurns\"");
        factory.Logs.Expect("Microsoft.EntityFrameworkCore.Update");

        var both = await Task.WhenAll(
            AskAsync(reader, "What is a trusted profile?", "en", conversation),
            AskAsync(reader, "Where are fingerprints taken?", "en", conversation));

        both.Select(a => a.GetProperty("conversationId").GetString()).ShouldAllBe(c => c == conversation);
        both.Select(a => a.GetProperty("position").GetInt32()).Order().ShouldBe([2, 3]);
    }

    [Fact]
    public async Task BadQuestions_AreRefused_NamingTheField_AndNothingIsKept()
    {
        var factory = await FactoryAsync();
        var reader = factory.Session();
        var before = await factory.CountAsync<AssistantTurn>();
        reader.Client.DefaultRequestHeaders.AcceptLanguage.ParseAdd("en");

        using var empty = await reader.Client.PostAsJsonAsync("/api/v1/portal/assistant/questions", new { question = "  ", lang = "en" }, Cancel);
        using var signs = await reader.Client.PostAsJsonAsync("/api/v1/portal/assistant/questions", new { question = "?!", lang = "en" }, Cancel);
        using var longer = await reader.Client.PostAsJsonAsync("/api/v1/portal/assistant/questions", new { question = new string('a', QuestionTerms.MaxLength + 1), lang = "en" }, Cancel);
        using var language = await reader.Client.PostAsJsonAsync("/api/v1/portal/assistant/questions", new { question = "What is stamp duty?", lang = "xx" }, Cancel);
        reader.Client.DefaultRequestHeaders.AcceptLanguage.Clear();
        reader.Client.DefaultRequestHeaders.AcceptLanguage.ParseAdd("pl");
        using var inPolish = await reader.Client.PostAsJsonAsync("/api/v1/portal/assistant/questions", new { question = "", lang = "pl" }, Cancel);

        (await ErrorsAsync(empty)).Keys.ShouldBe(["question"]);
        (await ErrorsAsync(signs)).Keys.ShouldBe(["question"]);
        (await ErrorsAsync(longer))["question"].ShouldBe([$"A question is up to {QuestionTerms.MaxLength} characters."]);
        (await ErrorsAsync(language)).Keys.ShouldBe(["lang"]);
        (await ErrorsAsync(inPolish))["question"].ShouldBe(["Wpisz swoje pytanie."]);
        (await factory.CountAsync<AssistantTurn>()).ShouldBe(before);
    }

    [Fact]
    public async Task TheEditors_SeeWhatWentUnanswered_AndNobodyElse()
    {
        var factory = await FactoryAsync();
        var reader = factory.Session();
        var question = $"Where can I park a bicycle {Guid.NewGuid():N}"[..40];
        await AskAsync(reader, question, "en");
        await AskAsync(reader, question, "en");
        var editor = await factory.SignInAsync(Roles.ContentEditor);
        var analyst = await factory.SignInAsync(Roles.Analyst);
        var migrant = await factory.SignInAsync(Roles.Migrant);

        var asked = await OkAsync(await editor.Client.GetAsync("/api/v1/portal/assistant/asked?unanswered=true", Cancel));
        using var byAnalyst = await analyst.Client.GetAsync("/api/v1/portal/assistant/asked", Cancel);
        using var byMigrant = await migrant.Client.GetAsync("/api/v1/portal/assistant/asked", Cancel);
        using var anonymous = await reader.Client.GetAsync("/api/v1/portal/assistant/asked", Cancel);
        var page = await editor.GetPageAsync("/en/portal/assistant/asked?unanswered=true");

        var row = asked.EnumerateArray().Single(q => q.GetProperty("question").GetString()!.StartsWith("Where can I park a bicycle", StringComparison.Ordinal)
            && q.GetProperty("lastAsked").GetDateTime() > DateTime.UtcNow.AddMinutes(-5) && q.GetProperty("asked").GetInt32() == 2);
        row.GetProperty("answered").GetInt32().ShouldBe(0);
        row.GetProperty("language").GetString().ShouldBe("en");
        asked.EnumerateArray().ShouldAllBe(q => q.GetProperty("answered").GetInt32() < q.GetProperty("asked").GetInt32() || q.GetProperty("notHelpful").GetInt32() > 0);
        byAnalyst.StatusCode.ShouldBe(HttpStatusCode.OK);
        byMigrant.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        anonymous.StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        page.QuerySelectorAll("#asked tbody th").Select(th => th.TextContent).ShouldContain(row.GetProperty("question").GetString());
    }

    [Fact]
    public async Task ThePage_AsksAndAnswers_WithoutScript()
    {
        var reader = (await FactoryAsync()).Session();

        using var asked = await PostAsync(reader, new() { ["Question"] = "Що таке довірений профіль?" });
        var conversation = asked.Headers.Location!.OriginalString;
        using var next = await PostAsync(reader, new() { ["Question"] = "Чи можна взяти собаку в трамвай?", ["Conversation"] = Query(conversation, "c") });
        using var empty = await PostAsync(reader, new() { ["Question"] = " " });
        using var raw = await reader.Client.GetAsync(conversation, Cancel);
        var page = await reader.GetPageAsync(conversation);
        var refused = await reader.GetPageAsync(empty.Headers.Location!.OriginalString);

        asked.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        conversation.ShouldStartWith("/uk/portal/assistant?c=");
        conversation.ShouldEndWith("#turn-1");
        next.Headers.Location!.OriginalString.ShouldEndWith("#turn-2");
        raw.Headers.CacheControl!.NoStore.ShouldBeTrue("a conversation is kept from every cache");
        var turns = page.QuerySelectorAll(".assistant-turns > li");
        turns.Length.ShouldBe(2);
        turns[0].QuerySelector(".answer")!.TextContent.ShouldStartWith("Безкоштовний спосіб");
        turns[0].QuerySelector("ul.sources a")!.GetAttribute("href").ShouldBe("portal/glossary#trusted-profile");
        turns[0].QuerySelectorAll("form button[name=Helpful]").Length.ShouldBe(2);
        turns[1].QuerySelector(".not-known").ShouldNotBeNull();
        page.QuerySelector("#ask-a-person a[href='portal/articles/legal-advice-srodmiescie']").ShouldNotBeNull();
        page.QuerySelector("#question input[name=Conversation]")!.GetAttribute("value").ShouldBe(Query(conversation, "c"));
        refused.QuerySelector("#question-error")!.TextContent.ShouldBe("Напишіть своє запитання.");
    }

    private static async Task<JsonElement> AskAsync(WebSession session, string question, string language, string? conversation = null) =>
        await OkAsync(await session.Client.PostAsJsonAsync("/api/v1/portal/assistant/questions", new { question, lang = language, conversation }, Cancel));

    private static Task<HttpResponseMessage> PostAsync(WebSession session, Dictionary<string, string> fields) =>
        session.NoRedirect.PostAsync("/uk/portal/assistant", new FormUrlEncodedContent(fields), Cancel);

    private static List<string> Slugs(JsonElement answer) => [.. answer.GetProperty("sources").EnumerateArray().Select(s => s.GetProperty("slug").GetString()!)];

    private static string Query(string address, string name) =>
        Microsoft.AspNetCore.WebUtilities.QueryHelpers.ParseQuery(new Uri("http://x" + address).Query)[name].ToString();
}

public sealed class SqlitePortalAssistantHttpTests(SqliteFactoryFixture fixture) : PortalAssistantHttpTests, IClassFixture<SqliteFactoryFixture>
{
    protected override Task<PathwayFactory> FactoryAsync() => Task.FromResult(fixture.Factory);
}

public sealed class PostgresPortalAssistantHttpTests(PostgresServer server, PostgresFactoryFixture fixture) : PortalAssistantHttpTests, IClassFixture<PostgresFactoryFixture>
{
    protected override Task<PathwayFactory> FactoryAsync() => fixture.GetAsync(server);
}
