using System.Text.Json;
using Pathway.Matching;

namespace Pathway.People.Duplicates;

/// <summary>One compared field of a likely match: the field, the level of agreement the engine found, its weight (log-odds).</summary>
public sealed record EvidenceWeight(string Field, string Level, double Weight);

/// <summary>A plain fact of a signal: the shared document number, the list that names a document.</summary>
public sealed record EvidenceFact(string Name, string Value);

/// <summary>
/// Why a suspicion was raised: field weights for a likely match, facts for a signal. Stored with
/// the suspicion as JSON; this type is the one place that writes and reads that JSON, so pages and
/// the API get it typed.
/// </summary>
public sealed record SuspicionEvidence(IReadOnlyList<EvidenceWeight> Weights, IReadOnlyList<EvidenceFact> Facts)
{
    public static readonly SuspicionEvidence None = new([], []);

    /// <summary>The field weights, without the compared values: the queue shows the records themselves.</summary>
    public static SuspicionEvidence Of(IEnumerable<FieldWeight> weights) =>
        new([.. weights.Select(w => new EvidenceWeight(w.Field, w.Level, Math.Round(w.Weight, 2)))], []);

    internal string ToStored() => Weights.Count > 0
        ? JsonSerializer.Serialize(new { weights = Weights.Select(w => new { field = w.Field, level = w.Level, weight = w.Weight }) })
        : JsonSerializer.Serialize(Facts.ToDictionary(f => f.Name, f => f.Value, StringComparer.Ordinal));

    /// <summary>Reads what <see cref="ToStored"/> or the lost/stolen and shared-number signals stored; text that is not JSON stays one fact.</summary>
    internal static SuspicionEvidence FromStored(string stored)
    {
        if (string.IsNullOrWhiteSpace(stored))
        {
            return None;
        }

        try
        {
            using var json = JsonDocument.Parse(stored);
            var root = json.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
            {
                return new([], [new EvidenceFact("", stored)]);
            }

            if (root.TryGetProperty("weights", out var list))
            {
                return new([.. list.EnumerateArray().Select(w => new EvidenceWeight(
                    w.GetProperty("field").GetString() ?? "",
                    w.GetProperty("level").GetString() ?? "",
                    w.GetProperty("weight").GetDouble()))], []);
            }

            return new([], [.. root.EnumerateObject().Select(p => new EvidenceFact(p.Name, p.Value.ValueKind == JsonValueKind.Null ? "" : p.Value.ToString()))]);
        }
        catch (JsonException)
        {
            return new([], [new EvidenceFact("", stored)]);
        }
    }
}
