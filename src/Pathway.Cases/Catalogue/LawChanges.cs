namespace Pathway.Cases.Catalogue;

/// <summary>
/// How the catalogue follows the law: a change is a new dated row, never an edit of a row that
/// cases were judged by. The rule in force on the new row's first day ends the day before; a rule
/// that already starts later bounds the new row's end; a row with the same first day is a
/// correction and is superseded, kept and marked.
/// </summary>
public static class LawChanges
{
    /// <summary>Puts <paramref name="next"/> in force among <paramref name="sameKind"/> (the rows it succeeds: one type's periods, duties, or one document's rows); the caller adds it to its collection.</summary>
    public static void Succeed<T>(IEnumerable<T> sameKind, T next, DateTime now)
        where T : DatedRule
    {
        var rows = sameKind.Where(r => r.SupersededAt is null && !ReferenceEquals(r, next)).ToList();
        var from = next.InForceFrom;
        if (rows.FirstOrDefault(r => r.InForceFrom == from) is { } corrected)
        {
            corrected.SupersededAt = now;
            next.InForceUntil = corrected.InForceUntil;
            return;
        }

        var later = rows.Where(r => r.InForceFrom > from).Select(r => (DateOnly?)r.InForceFrom).Min();
        next.InForceUntil = later?.AddDays(-1);
        foreach (var current in rows.Where(r => r.InForceFrom < from && (r.InForceUntil is not { } until || until >= from)))
        {
            current.InForceUntil = from.AddDays(-1);
        }
    }

    /// <summary>
    /// Ends the rows of <paramref name="sameKind"/> (one document's) from <paramref name="from"/>: the
    /// row in force that day ends the day before, a row starting that day is superseded. False when
    /// no row is in force on or after that day, so there is nothing to end.
    /// </summary>
    public static bool End<T>(IEnumerable<T> sameKind, DateOnly from, DateTime now)
        where T : DatedRule
    {
        var rows = sameKind.Where(r => r.SupersededAt is null && (r.InForceUntil is not { } until || until >= from)).ToList();
        if (rows.Count == 0)
        {
            return false;
        }

        foreach (var row in rows)
        {
            if (row.InForceFrom >= from)
            {
                row.SupersededAt = now;
            }
            else
            {
                row.InForceUntil = from.AddDays(-1);
            }
        }

        return true;
    }
}

/// <summary>The order a type's history is shown in: by first day, a superseded row before its correction.</summary>
public static class CatalogueHistory
{
    public static IEnumerable<T> Ordered<T>(IEnumerable<T> rows)
        where T : DatedRule =>
        rows.OrderBy(r => r.InForceFrom).ThenBy(r => r.SupersededAt is null).ThenBy(r => r.SupersededAt).ThenBy(r => (r as RequiredDocument)?.Code, StringComparer.Ordinal);
}
