namespace Pathway.Matching.Scoring;

/// <summary>
/// The levels of all fields of one pair packed into a ulong, 4 bits per field; the top bit says
/// the given name and surname were compared crosswise because one record has them swapped.
/// </summary>
internal static class ComparisonVector
{
    public const ulong SwappedFlag = 1UL << 63;
    public const ulong LevelsMask = ~SwappedFlag;

    public static int LevelOf(ulong vector, int field) => (int)((vector >> (field * 4)) & 0xF);

    public static bool IsSwapped(ulong vector) => (vector & SwappedFlag) != 0;

    // Name levels (ComparisonLevels): 2 agrees by transliteration skeleton, 5 is a prefix or a loose Jaro-Winkler match.
    private const int Transliteration = 2;
    private const int ShortForm = 5;

    public static ulong Compute(RecordSet set, int i, int j)
    {
        var columns = set.Columns;
        ulong vector = 0;
        for (var f = 0; f < columns.Length; f++)
        {
            var c = columns[f];
            var level = FieldComparer.Level(c, c.ValueOf[i], c, c.ValueOf[j]);
            vector |= (ulong)level << (f * 4);
        }

        if (set.GivenName >= 0 && set.Surname >= 0)
        {
            vector = ConsiderSwap(set, i, j, vector);
        }

        return vector;
    }

    private static ulong ConsiderSwap(RecordSet set, int i, int j, ulong vector)
    {
        var g = set.GivenName;
        var s = set.Surname;
        var given = LevelOf(vector, g);
        var surname = LevelOf(vector, s);
        if (given == ComparisonLevels.Exact && surname == ComparisonLevels.Exact)
        {
            return vector;
        }

        var gc = set.Columns[g];
        var sc = set.Columns[s];

        // A swap shows as at least one name agreeing crosswise outright (or by skeleton), or, when both
        // crossed names carry a typo, as both initials agreeing crosswise; checking that first keeps
        // the crosswise string comparisons off the ordinary pair.
        if (!SameName(gc, gc.ValueOf[i], sc, sc.ValueOf[j]) && !SameName(sc, sc.ValueOf[i], gc, gc.ValueOf[j])
            && !(SameInitial(gc, gc.ValueOf[i], sc, sc.ValueOf[j]) && SameInitial(sc, sc.ValueOf[i], gc, gc.ValueOf[j])))
        {
            return vector;
        }

        var givenCross = FieldComparer.Level(gc, gc.ValueOf[i], sc, sc.ValueOf[j]);
        var surnameCross = FieldComparer.Level(sc, sc.ValueOf[i], gc, gc.ValueOf[j]);

        // Only a clear swap counts: no crossed name far off, at least one present, and better than the straight reading.
        // A crossed name that is only a short form (tet / tetiana) still counts when the other agrees outright:
        // clerks who swap the fields also cut the name that lands in the shorter one.
        if (!Close(givenCross, surnameCross) || !Close(surnameCross, givenCross) || (givenCross == 0 && surnameCross == 0) || Rank(givenCross) + Rank(surnameCross) >= Rank(given) + Rank(surname))
        {
            return vector;
        }

        vector &= ~((0xFUL << (g * 4)) | (0xFUL << (s * 4)));
        return vector | ((ulong)givenCross << (g * 4)) | ((ulong)surnameCross << (s * 4)) | SwappedFlag;
    }

    private static bool SameName(FieldColumn a, int va, FieldColumn b, int vb) =>
        va >= 0 && vb >= 0 && (string.Equals(a.Values[va], b.Values[vb], StringComparison.Ordinal) || string.Equals(a.Skeletons[va], b.Skeletons[vb], StringComparison.Ordinal));

    private static bool SameInitial(FieldColumn a, int va, FieldColumn b, int vb) =>
        va >= 0 && vb >= 0 && a.Values[va] is { Length: > 0 } x && b.Values[vb] is { Length: > 0 } y && x[0] == y[0];

    private static bool Close(int level, int other) => level <= 4 || (level == ShortForm && other is ComparisonLevels.Exact or Transliteration);

    // A missing name ranks below any real agreement so that a swap is preferred over it.
    private static int Rank(int level) => level == ComparisonLevels.Missing ? 5 : level;
}
