namespace Pathway.Cases.PaperFiles;

/// <summary>One sighting of a tag by a reader, for deciding whether a read repeats another.</summary>
public readonly record struct Sighting(Guid File, string Reader, DateTime At);

/// <summary>
/// Readers report a tag many times a second while it stays in their field. A read of one file by one
/// reader less than the window away from a read already kept (earlier or later, in the store or in
/// the same input) is the same sighting; reads are taken in time order so the first of a burst is kept.
/// </summary>
public static class ReadCollapse
{
    /// <summary>The indexes of <paramref name="candidates"/> to keep, in time order.</summary>
    public static IReadOnlyList<int> Keep(IEnumerable<Sighting> stored, IReadOnlyList<Sighting> candidates, TimeSpan window)
    {
        var kept = stored.ToList();
        var keep = new List<int>();
        foreach (var index in Enumerable.Range(0, candidates.Count).OrderBy(i => candidates[i].At))
        {
            var candidate = candidates[index];
            if (kept.Any(k => k.File == candidate.File && string.Equals(k.Reader, candidate.Reader, StringComparison.Ordinal) && (k.At - candidate.At).Duration() < window))
            {
                continue;
            }

            kept.Add(candidate);
            keep.Add(index);
        }

        return keep;
    }
}
