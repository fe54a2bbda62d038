using System.Text.Json.Serialization;
using Pathway.Documents;
using Pathway.Matching;
using Pathway.Support.Beneficiaries;

namespace Pathway.Support.Tracing;

/// <summary>The fields a tracing comparison weighs, in the order the evidence lists them.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<TracingField>))]
public enum TracingField
{
    GivenNames,
    Surname,
    Sex,
    BirthYear,
    PlaceOfOrigin,
    PlaceOfSeparation,

    /// <summary>The relative the child looks for against the relative who asks (two requests only).</summary>
    RelativeName,
}

/// <summary>How one field of the two sides agrees, as a person judging the candidate reads it.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<Agreement>))]
public enum Agreement
{
    Agree,
    Partial,
    Disagree,

    /// <summary>One side does not say: the field weighs nothing.</summary>
    Missing,
}

/// <summary>One field's evidence: how it agrees, the linkage level behind that, its weight in bits (log2 of the Bayes factor), and the two values compared.</summary>
public sealed record EvidenceLine(TracingField Field, Agreement Agreement, string Level, double Weight, string? Sought, string? Candidate);

/// <summary>A candidate's score and the evidence it rests on: the prior's weight plus the lines' weights is <see cref="Weight"/>, the log2 odds of <see cref="Probability"/>.</summary>
public sealed record TracingEvidence(double Probability, double Weight, bool NamesSwapped, IReadOnlyList<EvidenceLine> Lines)
{
    /// <summary>The evidence without the values: what each side may see of the other's person before both have confirmed.</summary>
    public IReadOnlyList<FieldAgreement> Agreements() => [.. Lines.Select(l => new FieldAgreement(l.Field, l.Agreement))];
}

/// <summary>How one field agrees, without the values compared.</summary>
public sealed record FieldAgreement(TracingField Field, Agreement Agreement);

/// <summary>The person a request describes: names as given, in any script, and a range of birth years.</summary>
public sealed record SoughtPerson(string? GivenNames, string? Surname, Sex Sex, int? BornFrom, int? BornTo, string? PlaceOfOrigin, string? PlaceOfSeparation, string? RelativeName = null);

/// <summary>What is known of a candidate child: the case's names, sex and year of birth, and the places of the child's own request when there is one.</summary>
public sealed record KnownChild(string? GivenNames, string? Surname, Sex Sex, int? BirthYear, string? PlaceOfOrigin, string? PlaceOfSeparation, string? RelativeName = null);

/// <summary>
/// Compares a sought child with a known one by the platform's record-linkage engine: names (each
/// written first in Latin letters by the Documents engine's transliteration, so Arabic and Greek
/// meet their Latin spellings as Cyrillic does in the linkage engine; the engine's transliteration
/// skeleton and its check for given name and surname swapped), sex, the places of origin and of
/// separation compared as place names, and the relative's name for two requests. The birth year is
/// weighed here, against the range the requester gave, as the engine compares dates and not ranges.
/// </summary>
public static class TracingComparison
{
    /// <summary>
    /// Candidates from this probability up are proposed (−2 bits of log odds). A case worker judges
    /// every one, so a child missed costs more than one candidate more to set aside; but each one
    /// shown opens a child's name to the worker. At 0.2 a pair whose two names agree through
    /// transliteration with nothing else known (0.29) is proposed, and one sharing only the surname
    /// (a sibling) or only the given name is not, even with sex and birth year agreeing (0.04).
    /// </summary>
    public const double Threshold = 0.2;

    /// <summary>Children are under 18: a birth year range covers this share of the years a child may be born in.</summary>
    private const int ChildhoodYears = 18;

    // How often a relative's range holds the child's real birth year (m) for the three levels; the
    // rest of a true match's chances. An estimate, not trained: there is no labelled set of tracings.
    private const double InRange = 0.90;
    private const double NextToRange = 0.07;
    private const double OutsideRange = 0.03;

    private const string Separation = "PlaceOfSeparation";

    private static readonly LinkageModel Model = BuildModel();

    /// <summary>The roles compared; the default parameters of the engine, the place of separation a second place field.</summary>
    private static LinkageModel BuildModel()
    {
        var fields = LinkageModel.Default.Fields.Where(f => f.Role is FieldRole.GivenName or FieldRole.Surname or FieldRole.FullName or FieldRole.Sex or FieldRole.City).ToList();
        var city = fields.First(f => f.Role == FieldRole.City);
        fields.Add(new FieldParameters { Name = Separation, Role = FieldRole.City, Comparison = city.Comparison, M = city.M, U = city.U });
        return new LinkageModel { Prior = LinkageModel.Default.Prior, Fields = fields };
    }

    /// <summary>Scores each known child against the sought one, in the order given.</summary>
    public static IReadOnlyList<TracingEvidence> Score(SoughtPerson sought, IReadOnlyList<KnownChild> known)
    {
        if (known.Count == 0)
        {
            return [];
        }

        var records = new List<Record>(known.Count + 1) { Sought(sought) };
        records.AddRange(known.Select((k, i) => Known(k, i)));
        var pairs = Model.ScorePairs(records, [.. Enumerable.Range(1, known.Count).Select(i => (0, i))]);
        return [.. pairs.Select((pair, i) => Explain(pair, sought, known[i]))];
    }

    public static TracingEvidence Score(SoughtPerson sought, KnownChild known) => Score(sought, [known])[0];

    /// <summary>The birth year against the range: in it, a year beside it, or further off; the weight from how often each happens to a true match and by chance.</summary>
    public static EvidenceLine BirthYear(int? from, int? to, int? born)
    {
        var range = from is { } f && to is { } t ? string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{f}–{t}") : from?.ToString(System.Globalization.CultureInfo.InvariantCulture);
        var year = born?.ToString(System.Globalization.CultureInfo.InvariantCulture);
        if (from is not { } low || to is not { } high || born is not { } y)
        {
            return new EvidenceLine(TracingField.BirthYear, Agreement.Missing, "missing", 0, range, year);
        }

        // By chance a child's year falls in a range as often as the range covers the years of childhood.
        var width = Math.Clamp(high - low + 1, 1, ChildhoodYears - 2);
        if (y >= low && y <= high)
        {
            return new EvidenceLine(TracingField.BirthYear, Agreement.Agree, "in the range", Bits(InRange, (double)width / ChildhoodYears), range, year);
        }

        if (y == low - 1 || y == high + 1)
        {
            return new EvidenceLine(TracingField.BirthYear, Agreement.Partial, "a year off", Bits(NextToRange, 2.0 / ChildhoodYears), range, year);
        }

        return new EvidenceLine(TracingField.BirthYear, Agreement.Disagree, "outside the range", Bits(OutsideRange, Math.Max(0.05, 1 - ((width + 2.0) / ChildhoodYears))), range, year);
    }

    private static double Bits(double m, double u) => Math.Log2(m / u);

    private static TracingEvidence Explain(ScoredPair pair, SoughtPerson sought, KnownChild known)
    {
        var lines = new List<EvidenceLine>();
        foreach (var field in pair.Fields)
        {
            TracingField? which = field.Field == Separation ? TracingField.PlaceOfSeparation : field.Role switch
            {
                FieldRole.GivenName => TracingField.GivenNames,
                FieldRole.Surname => TracingField.Surname,
                FieldRole.Sex => TracingField.Sex,
                FieldRole.City => TracingField.PlaceOfOrigin,
                FieldRole.FullName => TracingField.RelativeName,
                _ => null,
            };
            if (which is { } name)
            {
                lines.Add(new EvidenceLine(name, AgreementOf(field.Level), field.Level, field.Weight, Written(name, sought), Written(name, known)));
            }
        }

        lines.Add(BirthYear(sought.BornFrom, sought.BornTo, known.BirthYear));
        lines.Sort((a, b) => a.Field.CompareTo(b.Field));
        var weight = pair.PriorWeight + lines.Sum(l => l.Weight);
        return new TracingEvidence(1.0 / (1.0 + Math.Pow(2, -weight)), weight, pair.NamesSwapped, lines);
    }

    // The engine's levels, from its ComparisonLevels: what a person judging the pair should read in them.
    private static Agreement AgreementOf(string level) => level switch
    {
        "missing" => Agreement.Missing,
        "exact" or "transliteration" or "jaro-winkler>=0.95 or 1 edit" => Agreement.Agree,
        "different" => Agreement.Disagree,
        _ => Agreement.Partial,
    };

    // The values as the requester and the case wrote them, not as the engine folded them.
    private static string? Written(TracingField field, SoughtPerson p) => field switch
    {
        TracingField.GivenNames => p.GivenNames,
        TracingField.Surname => p.Surname,
        TracingField.Sex => p.Sex is Sex.Unknown ? null : p.Sex.ToString(),
        TracingField.PlaceOfOrigin => p.PlaceOfOrigin,
        TracingField.PlaceOfSeparation => p.PlaceOfSeparation,
        TracingField.RelativeName => p.RelativeName,
        TracingField.BirthYear => null,
    };

    private static string? Written(TracingField field, KnownChild k) => field switch
    {
        TracingField.GivenNames => k.GivenNames,
        TracingField.Surname => k.Surname,
        TracingField.Sex => k.Sex is Sex.Unknown ? null : k.Sex.ToString(),
        TracingField.PlaceOfOrigin => k.PlaceOfOrigin,
        TracingField.PlaceOfSeparation => k.PlaceOfSeparation,
        TracingField.RelativeName => k.RelativeName,
        TracingField.BirthYear => null,
    };

    private static Record Sought(SoughtPerson p) => Make("sought", p.GivenNames, p.Surname, p.Sex, p.PlaceOfOrigin, p.PlaceOfSeparation, p.RelativeName);

    private static Record Known(KnownChild k, int i) =>
        Make(i.ToString(System.Globalization.CultureInfo.InvariantCulture), k.GivenNames, k.Surname, k.Sex, k.PlaceOfOrigin, k.PlaceOfSeparation, k.RelativeName);

    private static Record Make(string id, string? given, string? surname, Sex sex, string? origin, string? separation, string? relative) =>
        new(id, new Dictionary<FieldRole, string?>
        {
            [FieldRole.GivenName] = Latin(given),
            [FieldRole.Surname] = Latin(surname),
            [FieldRole.FullName] = Latin(relative),
            // Other and unknown say nothing the engine could weigh as agreement.
            [FieldRole.Sex] = sex switch { Sex.Female => "F", Sex.Male => "M", Sex.Other or Sex.Unknown => null },
            [FieldRole.City] = Latin(origin),
        }, new Dictionary<string, string?>(StringComparer.Ordinal) { [Separation] = Latin(separation) });

    /// <summary>A name or place in Latin letters (Arabic, Greek and Cyrillic transliterated); left as written when it has no letters the table knows.</summary>
    internal static string? Latin(string? value)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return null;
        }

        var latin = Transliteration.ToLatin(value);
        return latin.Length > 0 ? latin : value.Trim();
    }
}
