using System.Net.Http.Json;
using System.Text.Json.Serialization;
using System.Text.RegularExpressions;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Pathway.Portal.Assistant;

/// <summary>The assistant's settings (section <c>Portal:Assistant</c>).</summary>
public sealed class AssistantOptions
{
    public const string Section = "Portal:Assistant";

    /// <summary>The helpline the assistant offers when it cannot answer (its name and number), shown before the directory's advice services.</summary>
    public string? HelplineName { get; set; }

    public string? HelplinePhone { get; set; }

    public LanguageModelOptions LanguageModel { get; set; } = new();
}

/// <summary>
/// An OpenAI-compatible chat endpoint that may put a found answer into plainer words. Off unless
/// both <see cref="Endpoint"/> (for example <c>https://api.example.org/v1</c>) and <see cref="Model"/> are set.
/// </summary>
public sealed class LanguageModelOptions
{
    public Uri? Endpoint { get; set; }
    public string? Model { get; set; }
    public string? ApiKey { get; set; }
    public int TimeoutSeconds { get; set; } = 20;

    public bool IsOn => Endpoint is not null && !string.IsNullOrWhiteSpace(Model);
}

/// <summary>
/// Asks the configured language model to say a found answer again in plain words of the reader's
/// language, from the numbered sources only, citing them as [1], [2]. Its reply is used only when
/// it cites a source it was given and does not decline; otherwise (off, slow, failing, uncited) the
/// passage itself is the answer. The model is sent the sources and the question as kept (scrubbed
/// of personal data), never who asked.
/// </summary>
public sealed partial class AnswerRephraser(IHttpClientFactory clients, IOptions<AssistantOptions> options, ILogger<AnswerRephraser> log)
{
    public const string ClientName = "assistant-language-model";

    /// <summary>What the model is told to reply when the sources do not answer the question.</summary>
    public const string NoAnswer = "NO_ANSWER";

    public bool IsOn => options.Value.LanguageModel.IsOn;

    /// <summary>The answer in the model's words with its citations, or null to keep the passage.</summary>
    public async Task<string?> RephraseAsync(string question, string languageName, IReadOnlyList<(string Title, string Text)> sources, CancellationToken cancellationToken)
    {
        var model = options.Value.LanguageModel;
        if (!model.IsOn || sources.Count == 0)
        {
            return null;
        }

        var numbered = string.Join("\n\n", sources.Select((s, i) => FormattableString.Invariant($"[{i + 1}] {s.Title}\n{s.Text}")));
        var request = new ChatRequest(model.Model!, 0.2,
        [
            new("system", $"You answer questions of migrants on an official portal. Answer only from the numbered sources the user gives, in {languageName}, in at most five short sentences of plain words. "
                + $"After each sentence put the number of its source in brackets, like [1]. Never add facts that are not in the sources. If the sources do not answer the question, reply exactly {NoAnswer}."),
            new("user", $"Sources:\n\n{numbered}\n\nQuestion: {question}"),
        ]);
        try
        {
            using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            timeout.CancelAfter(TimeSpan.FromSeconds(model.TimeoutSeconds));
            using var message = new HttpRequestMessage(HttpMethod.Post, new Uri(model.Endpoint!.ToString().TrimEnd('/') + "/chat/completions")) { Content = JsonContent.Create(request) };
            if (!string.IsNullOrEmpty(model.ApiKey))
            {
                message.Headers.Authorization = new("Bearer", model.ApiKey);
            }

            using var response = await clients.CreateClient(ClientName).SendAsync(message, timeout.Token);
            if (!response.IsSuccessStatusCode)
            {
                LogRefused(log, (int)response.StatusCode);
                return null;
            }

            var reply = (await response.Content.ReadFromJsonAsync<ChatResponse>(timeout.Token))?.Choices?.FirstOrDefault()?.Message?.Content?.Trim();
            return Usable(reply, sources.Count) ? reply : null;
        }
        catch (Exception e) when (e is HttpRequestException or OperationCanceledException or System.Text.Json.JsonException && !cancellationToken.IsCancellationRequested)
        {
            LogFailed(log, e);
            return null;
        }
    }

    /// <summary>A reply that answers (does not decline) and cites at least one of the sources it was given, and none it was not.</summary>
    public static bool Usable(string? reply, int sourceCount)
    {
        if (string.IsNullOrWhiteSpace(reply) || reply.Contains(NoAnswer, StringComparison.Ordinal) || reply.Length > AssistantTurn.MaxAnswerLength)
        {
            return false;
        }

        var cited = Citation().Matches(reply).Select(m => int.Parse(m.Groups["n"].ValueSpan, System.Globalization.CultureInfo.InvariantCulture)).ToList();
        return cited.Count > 0 && cited.All(n => n >= 1 && n <= sourceCount);
    }

    [GeneratedRegex(@"\[(?<n>\d{1,2})\]", RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture, matchTimeoutMilliseconds: 1000)]
    private static partial Regex Citation();

    [LoggerMessage(Level = LogLevel.Warning, Message = "The assistant's language model answered {Status}; the found passage is the answer")]
    private static partial void LogRefused(ILogger logger, int status);

    [LoggerMessage(Level = LogLevel.Warning, Message = "The assistant's language model did not answer; the found passage is the answer")]
    private static partial void LogFailed(ILogger logger, Exception exception);

    private sealed record ChatRequest(
        [property: JsonPropertyName("model")] string Model,
        [property: JsonPropertyName("temperature")] double Temperature,
        [property: JsonPropertyName("messages")] IReadOnlyList<ChatMessage> Messages);

    private sealed record ChatMessage([property: JsonPropertyName("role")] string Role, [property: JsonPropertyName("content")] string Content);

    private sealed record ChatResponse([property: JsonPropertyName("choices")] IReadOnlyList<ChatChoice>? Choices);

    private sealed record ChatChoice([property: JsonPropertyName("message")] ChatMessage? Message);
}
