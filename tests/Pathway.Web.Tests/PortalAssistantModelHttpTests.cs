using System.Collections.Concurrent;
using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Pathway.Portal.Assistant;
using Pathway.Testing;
using static Pathway.Web.Tests.PortalApi;

namespace Pathway.Web.Tests;

/// <summary>
/// The assistant with a language model configured (an OpenAI-compatible endpoint, here a stand-in):
/// its words replace the passage only when they cite the sources given, it is sent the scrubbed
/// question and the sources, and it is never asked when the assistant does not know.
/// </summary>
public abstract class PortalAssistantModelHttpTests
{
    protected abstract Task<PathwayFactory> FactoryAsync();

    protected abstract StandInModel Model { get; }

    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public async Task TheModelsWords_AreTheAnswer_OnlyWhenTheyCiteTheSources()
    {
        var reader = (await FactoryAsync()).Session();

        var cited = await AskAsync(reader, "What is a trusted profile? Write to me at olena@example.com");
        var uncited = await AskAsync(reader, "What is stamp duty?");
        var unknown = await AskAsync(reader, "Can I bring my parrot on the metro?");

        cited.GetProperty("rephrased").GetBoolean().ShouldBeTrue();
        cited.GetProperty("answer").GetString().ShouldBe(StandInModel.CitedReply);
        cited.GetProperty("sources")[0].GetProperty("slug").GetString().ShouldBe("trusted-profile", "the sources stay the retrieval's");
        uncited.GetProperty("rephrased").GetBoolean().ShouldBeFalse();
        uncited.GetProperty("answer").GetString()!.ShouldStartWith("A fee for an office's decision", Case.Sensitive, "an uncited reply is not used: the passage is the answer");
        unknown.GetProperty("answered").GetBoolean().ShouldBeFalse();

        var asked = Model.Requests.Select(r => JsonDocument.Parse(r.Body).RootElement).ToList();
        asked.ShouldAllBe(r => r.GetProperty("model").GetString() == StandInModel.Name);
        Model.Requests.ShouldAllBe(r => r.Authorization == "Bearer " + StandInModel.Key);
        Model.Requests.ShouldNotContain(r => r.Body.Contains("parrot", StringComparison.Ordinal), "not asked when the assistant does not know");
        var first = Model.Requests.Single(r => r.Body.Contains(StandInModel.TrustedProfileQuestion, StringComparison.Ordinal)).Body;
        first.ShouldNotContain("olena", Case.Insensitive, "the model gets the question as kept");
        first.ShouldContain("[1] Trusted profile");
    }

    private static async Task<JsonElement> AskAsync(WebSession session, string question) =>
        await OkAsync(await session.Client.PostAsJsonAsync("/api/v1/portal/assistant/questions", new { question, lang = "en" }, Cancel));

    /// <summary>An OpenAI-compatible chat endpoint in the test: cites its source for a question on trusted profiles, answers without a citation otherwise.</summary>
    public sealed class StandInModel : HttpMessageHandler
    {
        public const string Name = "stand-in";
        public const string Key = "test-key";
        public const string CitedReply = "It is a free way to prove who you are online [1].";
        public const string TrustedProfileQuestion = "Question: What is a trusted profile?";

        public ConcurrentQueue<(string Body, string? Authorization)> Requests { get; } = new();

        public static Action<IServiceCollection> Into(StandInModel model) => services =>
        {
            services.Configure<AssistantOptions>(o =>
            {
                o.LanguageModel.Endpoint = new Uri("http://model.test/v1");
                o.LanguageModel.Model = Name;
                o.LanguageModel.ApiKey = Key;
            });
            services.AddHttpClient(AnswerRephraser.ClientName).ConfigurePrimaryHttpMessageHandler(() => model);
        };

        protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            var body = await request.Content!.ReadAsStringAsync(cancellationToken);
            Requests.Enqueue((body, request.Headers.Authorization?.ToString()));
            if (request.RequestUri!.AbsolutePath != "/v1/chat/completions")
            {
                return new HttpResponseMessage(HttpStatusCode.NotFound);
            }

            var reply = body.Contains(TrustedProfileQuestion, StringComparison.Ordinal) ? CitedReply : "A fee you pay.";
            var json = JsonSerializer.Serialize(new { choices = new[] { new { message = new { role = "assistant", content = reply } } } });
            return new HttpResponseMessage(HttpStatusCode.OK) { Content = new StringContent(json, Encoding.UTF8, "application/json") };
        }
    }
}

public sealed class SqliteAssistantModelFixture() : SqliteFactoryFixture(PortalAssistantModelHttpTests.StandInModel.Into(Shared))
{
    internal static readonly PortalAssistantModelHttpTests.StandInModel Shared = new();
}

public sealed class PostgresAssistantModelFixture() : PostgresFactoryFixture(PortalAssistantModelHttpTests.StandInModel.Into(Shared))
{
    internal static readonly PortalAssistantModelHttpTests.StandInModel Shared = new();
}

public sealed class SqlitePortalAssistantModelHttpTests(SqliteAssistantModelFixture fixture) : PortalAssistantModelHttpTests, IClassFixture<SqliteAssistantModelFixture>
{
    protected override StandInModel Model => SqliteAssistantModelFixture.Shared;

    protected override Task<PathwayFactory> FactoryAsync() => Task.FromResult(fixture.Factory);
}

public sealed class PostgresPortalAssistantModelHttpTests(PostgresServer server, PostgresAssistantModelFixture fixture) : PortalAssistantModelHttpTests, IClassFixture<PostgresAssistantModelFixture>
{
    protected override StandInModel Model => PostgresAssistantModelFixture.Shared;

    protected override Task<PathwayFactory> FactoryAsync() => fixture.GetAsync(server);
}
