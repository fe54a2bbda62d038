using System.Text.Json;

namespace Pathway.People.LostStolen;

/// <summary>
/// What a lost/stolen entry of the queue says: the document and the list that names it. The queue
/// holds one entry per person and document, whichever lists name it and however often they are imported.
/// </summary>
internal static class ListedExplanation
{
    public static string Of(string number, string issuingState, string? source) =>
        JsonSerializer.Serialize(new { document = number, issuingState, source });

    /// <summary>The opening of <see cref="Of"/> that names the document alone, to find an entry whatever its source.</summary>
    public static string DocumentPrefix(string number, string issuingState) =>
        JsonSerializer.Serialize(new { document = number, issuingState })[..^1];

    public static string DocumentPrefix(string explanation)
    {
        using var json = JsonDocument.Parse(explanation);
        var root = json.RootElement;
        return DocumentPrefix(root.GetProperty("document").GetString() ?? "", root.TryGetProperty("issuingState", out var state) ? state.GetString() ?? "" : "");
    }
}
