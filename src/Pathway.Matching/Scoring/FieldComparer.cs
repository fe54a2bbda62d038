using Pathway.Matching.Dates;
using Pathway.Matching.Text;

namespace Pathway.Matching.Scoring;

/// <summary>The comparison level of two values; the columns may differ (given name against surname).</summary>
internal static class FieldComparer
{
    public static int Level(FieldColumn a, int va, FieldColumn b, int vb)
    {
        if (va < 0 || vb < 0)
        {
            return ComparisonLevels.Missing;
        }

        var x = a.Values[va];
        var y = b.Values[vb];
        if ((ReferenceEquals(a, b) && va == vb) || string.Equals(x, y, StringComparison.Ordinal))
        {
            return a.Kind == ComparisonKind.Date && a.Dates[va] is { IsWeak: true } ? (int)DateLevel.ExactWeak : ComparisonLevels.Exact;
        }

        return a.Kind switch
        {
            ComparisonKind.Name => Name(x, a.Skeletons[va], y, b.Skeletons[vb]),
            ComparisonKind.Date => Date(a.Dates[va], x, b.Dates[vb], y),
            ComparisonKind.Text => Text(x, y),
            ComparisonKind.Identifier => Identifier(x, y),
            ComparisonKind.Category => 2,
        };
    }

    private static int Name(string x, string skeletonX, string y, string skeletonY)
    {
        if (skeletonX.Length > 0 && string.Equals(skeletonX, skeletonY, StringComparison.Ordinal))
        {
            return 2;
        }

        var jw = JaroWinkler.Similarity(x, y);
        if (jw >= 0.95 || (Math.Min(x.Length, y.Length) >= 4 && DamerauLevenshtein.Distance(x, y, 1) <= 1))
        {
            return 3;
        }

        if (jw >= 0.88)
        {
            return 4;
        }

        // A prefix covers initials and short forms (J / John, Rob / Robert).
        if (jw >= 0.7 || x.StartsWith(y, StringComparison.Ordinal) || y.StartsWith(x, StringComparison.Ordinal))
        {
            return 5;
        }

        return 6;
    }

    private static int Date(BirthDate? a, string x, BirthDate? b, string y)
    {
        if (a is null || b is null)
        {
            // Unparseable dates: as good as the text agrees.
            return DamerauLevenshtein.Distance(x, y, 1) <= 1 ? (int)DateLevel.OneComponentDifferent : (int)DateLevel.Different;
        }

        var level = DateComparison.Compare(a, b);
        if (!a.Value.IsFull || !b.Value.IsFull)
        {
            return (int)level;
        }

        if (level is not (DateLevel.Exact or DateLevel.ExactWeak or DateLevel.DayMonthSwapped) && (IsFirstOfJanuary(a.Value) || IsFirstOfJanuary(b.Value)))
        {
            // 1 January is what an office writes when only the year is known: compared as a year-only date.
            return (int)DateComparison.Compare(a.Value with { Month = 0, Day = 0 }, b.Value with { Month = 0, Day = 0 });
        }

        var keystroke = OneKeystroke(x, y);
        if (level is DateLevel.WithinYear or DateLevel.Different && keystroke)
        {
            // One keystroke in the written date (1971-06-24 / 1971-06-21) is a typo, not a different day.
            return (int)DateLevel.OneComponentDifferent;
        }

        if (level is DateLevel.OneComponentDifferent && !keystroke)
        {
            // Two components agreeing with the third further off than a slip of one key (1971-06-24 /
            // 1971-03-24) is how namesakes born the same year look, not how a clerk mistypes.
            return Math.Abs(a.Value.ApproximateDays - b.Value.ApproximateDays) <= 365 ? (int)DateLevel.WithinYear : (int)DateLevel.Different;
        }

        return (int)level;
    }

    private static bool IsFirstOfJanuary(BirthDate date) => date.Month == 1 && date.Day == 1;

    // Canonical full dates have one length, so one substituted or transposed digit is cheap to see.
    private static bool OneKeystroke(string x, string y)
    {
        if (x.Length != y.Length)
        {
            return false;
        }

        var first = -1;
        var differing = 0;
        for (var i = 0; i < x.Length; i++)
        {
            if (x[i] != y[i])
            {
                first = differing == 0 ? i : first;
                differing++;
            }
        }

        return differing == 1 || (differing == 2 && first + 1 < x.Length && x[first] == y[first + 1] && x[first + 1] == y[first]);
    }

    private static int Text(string x, string y)
    {
        if (DamerauLevenshtein.Distance(x, y, 1) <= 1)
        {
            return 2;
        }

        var jw = JaroWinkler.Similarity(x, y);
        return jw >= 0.95 ? 2 : jw >= 0.88 ? 3 : 4;
    }

    private static int Identifier(string x, string y) => DamerauLevenshtein.Distance(x, y, 2) switch
    {
        <= 1 => 2,
        2 => 3,
        _ => 4,
    };
}
