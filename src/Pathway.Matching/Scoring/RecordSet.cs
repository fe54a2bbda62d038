namespace Pathway.Matching.Scoring;

/// <summary>
/// Records prepared for linkage: ids, one <see cref="FieldColumn"/> per compared field, and for
/// linking two files the side each record came from.
/// </summary>
internal sealed class RecordSet
{
    /// <summary>Comparison vectors pack 4 bits per field into 60 bits; the top bit marks swapped names.</summary>
    public const int MaxFields = 15;

    public RecordSet(string[] ids, FieldColumn[] columns, byte[]? side = null)
    {
        if (columns.Length > MaxFields)
        {
            throw new ArgumentException($"At most {MaxFields} fields can be compared.", nameof(columns));
        }

        Ids = ids;
        Columns = columns;
        Side = side;
        GivenName = IndexOf(FieldRole.GivenName);
        Surname = IndexOf(FieldRole.Surname);
        FullName = IndexOf(FieldRole.FullName);
        BirthDate = IndexOf(FieldRole.BirthDate);
    }

    public int Count => Ids.Length;

    public string[] Ids { get; }

    public FieldColumn[] Columns { get; }

    /// <summary>0 for the left file, 1 for the right; null when deduplicating one file.</summary>
    public byte[]? Side { get; }

    public int GivenName { get; }

    public int Surname { get; }

    public int FullName { get; }

    public int BirthDate { get; }

    public int IndexOf(FieldRole role) => Array.FindIndex(Columns, c => c.Role == role);

    public static RecordSet Build(string[] ids, IReadOnlyList<FieldParameters> fields, Func<int, int, string?> raw, bool frequenciesFromData, byte[]? side = null)
    {
        var columns = new FieldColumn[fields.Count];
        if (ids.Length < 10_000)
        {
            for (var f = 0; f < fields.Count; f++)
            {
                var field = f;
                columns[f] = FieldColumn.Build(fields[f], ids.Length, i => raw(field, i), frequenciesFromData);
            }
        }
        else
        {
            Parallel.For(0, fields.Count, f => columns[f] = FieldColumn.Build(fields[f], ids.Length, i => raw(f, i), frequenciesFromData));
        }

        return new RecordSet(ids, columns, side);
    }
}
