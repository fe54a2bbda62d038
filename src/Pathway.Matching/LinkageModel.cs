using System.Text.Json;
using System.Text.Json.Serialization;
using Pathway.Matching.Scoring;

namespace Pathway.Matching;

/// <summary>
/// A Fellegi-Sunter model: per-field m/u probabilities and the prior probability that a compared
/// pair is a match. Trained by the jobs or taken from <see cref="Default"/>; serialisable to JSON.
/// </summary>
public sealed class LinkageModel
{
    private static readonly JsonSerializerOptions Json = new()
    {
        WriteIndented = true,
        Converters = { new JsonStringEnumConverter() },
    };

    /// <summary>The prior probability that a compared pair is the same person.</summary>
    public required double Prior { get; init; }

    public required IReadOnlyList<FieldParameters> Fields { get; init; }

    /// <summary>
    /// Shares of the most common given name + surname combinations (with town and nationality),
    /// for the combination adjustment when scoring records outside the training file.
    /// </summary>
    public IReadOnlyDictionary<string, double>? NameCombinations { get; init; }

    /// <summary>
    /// Untrained parameters for every role. The prior (1 in 1,000) suits comparing a new person
    /// with a short list of candidates a registry search returned.
    /// </summary>
    public static LinkageModel Default { get; } = new()
    {
        Prior = 0.001,
        Fields =
        [
            .. new[]
            {
                FieldRole.GivenName, FieldRole.Surname, FieldRole.FullName, FieldRole.BirthDate, FieldRole.Sex, FieldRole.City,
                FieldRole.Postcode, FieldRole.Address, FieldRole.Email, FieldRole.Phone, FieldRole.DocumentNumber, FieldRole.Nationality,
            }.Select(r => DefaultParameters.For(r.ToString(), r)),
        ],
    };

    public LinkageModel WithPrior(double prior) => new() { Prior = prior, Fields = Fields, NameCombinations = NameCombinations };

    internal LinkageModel WithNameCombinations(IReadOnlyDictionary<string, double> combinations) => new() { Prior = Prior, Fields = Fields, NameCombinations = combinations };

    public string ToJson() => JsonSerializer.Serialize(this, Json);

    public static LinkageModel FromJson(string json) =>
        JsonSerializer.Deserialize<LinkageModel>(json, Json) ?? throw new JsonException("The model JSON is empty.");

    /// <summary>Scores two records and explains every field's contribution.</summary>
    public ScoredPair ScorePair(Record a, Record b) => ScorePairs([a, b], [(0, 1)])[0];

    /// <summary>
    /// Scores many pairs among one list of records: the records are prepared (normalised,
    /// skeletons, parsed dates) once, not once per pair as <see cref="ScorePair"/> would.
    /// </summary>
    public IReadOnlyList<ScoredPair> ScorePairs(IReadOnlyList<Record> records, IReadOnlyList<(int Left, int Right)> pairs)
    {
        var firstOfRole = Fields.Select((f, i) => Fields.Take(i).All(o => o.Role != f.Role)).ToArray();
        var set = RecordSet.Build([.. records.Select(r => r.Id)], Fields, (f, i) => records[i].ValueFor(Fields[f], firstOfRole[f]), frequenciesFromData: false);
        var scorer = new PairScorer(this, set);
        return [.. pairs.Select(p => scorer.Explain(p.Left, p.Right))];
    }
}
