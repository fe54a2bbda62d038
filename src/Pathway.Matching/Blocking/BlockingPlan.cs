using Pathway.Matching.Scoring;

namespace Pathway.Matching.Blocking;

/// <summary>
/// The blocking rules for the fields a file has. Together they survive the usual faults of one
/// field: swapped given/surname (keys are taken from both name fields without saying which),
/// typo'd or short names (date rules, prefix rules, sorted neighbourhood), missing or
/// mistyped dates (name rules, identifier rules), transliteration (skeleton keys).
/// </summary>
internal static class BlockingPlan
{
    public static IReadOnlyList<BlockingRule> For(RecordSet set, BlockingFeatures features)
    {
        var rules = new List<BlockingRule>();
        foreach (var role in new[] { FieldRole.DocumentNumber, FieldRole.Email, FieldRole.Phone })
        {
            var index = set.IndexOf(role);
            if (index >= 0)
            {
                var column = set.Columns[index];
                var tag = rules.Count + 1;
                rules.Add(new BlockingRule(role.ToString(), 1, (i, keys) => keys[0] = column.ValueOf[i] < 0 ? 0 : ((long)tag << 40) | (column.ValueOf[i] + 1L)));
            }
        }

        var given = features.Given;
        var surname = features.Surname;
        var date = features.Date;
        var hasNames = set.GivenName >= 0 || set.Surname >= 0 || set.FullName >= 0;
        if (set.BirthDate >= 0)
        {
            // Day and month are keyed order-free so that a swapped day/month still meets.
            var dateTag = rules.Count + 1;
            if (hasNames)
            {
                rules.Add(new BlockingRule("birth date + a name initial", 2, (i, keys) =>
                {
                    if (date[i] is not { IsFull: true } d)
                    {
                        return;
                    }

                    var number = DateNumber(d);
                    keys[0] = given[i] is { } g ? KeyHash.Of(dateTag, g.AsSpan(0, 1), number: number) : 0;
                    keys[1] = surname[i] is { } s ? KeyHash.Of(dateTag, s.AsSpan(0, 1), number: number) : 0;
                    if (keys[0] == 0 && keys[1] == 0)
                    {
                        keys[0] = KeyHash.Of(dateTag, "", number: number);
                    }
                }));
            }

            var bareDateTag = rules.Count + 1;
            rules.Add(new BlockingRule("birth date", 1, (i, keys) =>
                keys[0] = date[i] is { IsFull: true } d ? KeyHash.Of(bareDateTag, "", number: DateNumber(d)) : 0));
        }

        if (hasNames)
        {
            if (set.BirthDate >= 0)
            {
                var tag = rules.Count + 1;
                rules.Add(new BlockingRule("a name + birth year", 2, (i, keys) =>
                {
                    if (date[i] is not { } d)
                    {
                        return;
                    }

                    keys[0] = given[i] is { } g ? KeyHash.Of(tag, g, number: d.Year) : 0;
                    keys[1] = surname[i] is { } s ? KeyHash.Of(tag, s, number: d.Year) : 0;
                }));
            }

            var prefixTag = rules.Count + 1;
            rules.Add(new BlockingRule("given and surname prefixes", 1, (i, keys) =>
            {
                if (given[i] is not { } g || surname[i] is not { } s)
                {
                    return;
                }

                var a = g.AsSpan(0, Math.Min(3, g.Length));
                var b = s.AsSpan(0, Math.Min(3, s.Length));
                keys[0] = a.SequenceCompareTo(b) <= 0 ? KeyHash.Of(prefixTag, a, b) : KeyHash.Of(prefixTag, b, a);
            }));

            // Records without a usable date: the prefix blocks of common names are the first to be
            // dropped, and a run of one common full name outgrows the sorted neighbourhood's
            // window. Both whole names (skeletons, in either order, so transliterations and swaps
            // meet) with the town still bring such records together in blocks of namesakes from one town.
            var town = set.IndexOf(FieldRole.City) is var city and >= 0 ? city : set.IndexOf(FieldRole.BirthPlace);
            if (town >= 0)
            {
                var column = set.Columns[town];
                var tag = rules.Count + 1;
                rules.Add(new BlockingRule("given name, surname and town", 1, (i, keys) =>
                {
                    if (given[i] is not { } g || surname[i] is not { } s || column.ValueOf[i] < 0 || column.Skeletons[column.ValueOf[i]] is not { Length: > 0 } place)
                    {
                        return;
                    }

                    var (first, second) = string.CompareOrdinal(g, s) <= 0 ? (g, s) : (s, g);
                    keys[0] = KeyHash.Of(tag, first + " " + second, place);
                }, countsForPrior: false));
            }

            var postcode = set.IndexOf(FieldRole.Postcode);
            if (postcode >= 0)
            {
                var column = set.Columns[postcode];
                var tag = rules.Count + 1;
                rules.Add(new BlockingRule("postcode + a name initial", 2, (i, keys) =>
                {
                    if (column.ValueOf[i] < 0)
                    {
                        return;
                    }

                    var code = column.Values[column.ValueOf[i]];
                    keys[0] = given[i] is { } g ? KeyHash.Of(tag, code, g.AsSpan(0, 1)) : 0;
                    keys[1] = surname[i] is { } s ? KeyHash.Of(tag, code, s.AsSpan(0, 1)) : 0;
                }));
            }
        }

        return rules;
    }

    /// <summary>The names in alphabetical order, for the sorted-neighbourhood pass.</summary>
    public static string? NeighbourhoodKey(BlockingFeatures features, int i)
    {
        var g = features.Given[i];
        var s = features.Surname[i];
        return (g, s) switch
        {
            (null, null) => null,
            (null, _) => s,
            (_, null) => g,
            _ => string.CompareOrdinal(g, s) <= 0 ? g + " " + s : s + " " + g,
        };
    }

    private static int DateNumber(Dates.BirthDate d) => (d.Year * 10000) + (Math.Min(d.Month, d.Day) * 100) + Math.Max(d.Month, d.Day);
}
