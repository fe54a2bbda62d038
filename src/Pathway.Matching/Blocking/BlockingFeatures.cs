using Pathway.Matching.Dates;
using Pathway.Matching.Scoring;

namespace Pathway.Matching.Blocking;

/// <summary>Per-record name skeletons and dates the blocking rules read, derived from the columns once.</summary>
internal sealed class BlockingFeatures
{
    public BlockingFeatures(RecordSet set)
    {
        var n = set.Count;
        Given = new string?[n];
        Surname = new string?[n];
        Date = new BirthDate?[n];
        var given = set.GivenName >= 0 ? set.Columns[set.GivenName] : null;
        var surname = set.Surname >= 0 ? set.Columns[set.Surname] : null;
        var full = set.FullName >= 0 ? set.Columns[set.FullName] : null;
        var date = set.BirthDate >= 0 ? set.Columns[set.BirthDate] : null;
        for (var i = 0; i < n; i++)
        {
            Given[i] = Skeleton(given, i);
            Surname[i] = Skeleton(surname, i);
            if (Given[i] is null && Surname[i] is null && full is not null && full.ValueOf[i] >= 0)
            {
                // A full name gives its first and last token (sorted, so order-free) as the two names.
                var tokens = full.Values[full.ValueOf[i]].Split(' ');
                Given[i] = Text.NameSkeleton.FromFolded(tokens[0]);
                Surname[i] = tokens.Length > 1 ? Text.NameSkeleton.FromFolded(tokens[^1]) : null;
            }

            if (date is not null && date.ValueOf[i] >= 0)
            {
                Date[i] = date.Dates[date.ValueOf[i]];
            }
        }
    }

    public string?[] Given { get; }

    public string?[] Surname { get; }

    public BirthDate?[] Date { get; }

    private static string? Skeleton(FieldColumn? column, int i) =>
        column is not null && column.ValueOf[i] >= 0 && column.Skeletons[column.ValueOf[i]] is { Length: > 0 } s ? s : null;
}
