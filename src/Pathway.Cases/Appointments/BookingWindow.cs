namespace Pathway.Cases.Appointments;

/// <summary>A case's request for newly released slots, with the slots it would take in order of preference.</summary>
public sealed record SlotRequest(string CaseNumber, IReadOnlyList<Guid> Preferences);

/// <summary>What a request got when its window closed: the best of its preferences still free, or none.</summary>
public sealed record SlotAllocation(SlotRequest Request, Guid? SlotId);

/// <summary>
/// Releases slots fairly. While the window is open, requests are only gathered; when it closes they
/// are served in a random order, each taking its best preference still free. Arriving first, or
/// sending many requests a second, gains nothing: the order depends only on which cases asked and
/// on the random draw. One request per case, so a case cannot buy more lottery tickets.
/// </summary>
public sealed class BookingWindow(DateTime opensAt, DateTime closesAt)
{
    private readonly Dictionary<string, SlotRequest> requests = new(StringComparer.Ordinal);

    public DateTime OpensAt { get; } = opensAt;
    public DateTime ClosesAt { get; } = closesAt;
    public bool IsClosed { get; private set; }
    public int Count => requests.Count;

    public bool IsOpenAt(DateTime now) => !IsClosed && now >= OpensAt && now < ClosesAt;

    /// <summary>Queues the request; false when the window is not open or the case already asked in it.</summary>
    public bool Enqueue(SlotRequest request, DateTime now) =>
        IsOpenAt(now) && request.Preferences.Count > 0 && requests.TryAdd(request.CaseNumber, request);

    /// <summary>Closes the window and serves its requests; <paramref name="free"/> are the slots still free then.</summary>
    public IReadOnlyList<SlotAllocation> Close(DateTime now, IReadOnlyCollection<Guid> free, IRandomSource random)
    {
        if (IsClosed || now < ClosesAt)
        {
            throw new InvalidOperationException("A booking window is served once, when it has closed.");
        }

        IsClosed = true;
        return Serve([.. requests.Values], free, random);
    }

    /// <summary>
    /// The random order of a draw: a canonical order first (by <paramref name="key"/>), then
    /// Fisher–Yates, so the shuffle starts from the same list whatever order the items arrived in
    /// and only the random draw decides.
    /// </summary>
    public static IReadOnlyList<T> Draw<T>(IEnumerable<T> items, Func<T, string> key, IRandomSource random)
    {
        var queue = items.OrderBy(key, StringComparer.Ordinal).ToArray();
        for (var i = queue.Length - 1; i > 0; i--)
        {
            var j = random.Next(i + 1);
            (queue[i], queue[j]) = (queue[j], queue[i]);
        }

        return queue;
    }

    /// <summary>Serves the requests in a random order; the order they are given in does not change the outcome.</summary>
    public static IReadOnlyList<SlotAllocation> Serve(IReadOnlyList<SlotRequest> requests, IReadOnlyCollection<Guid> free, IRandomSource random)
    {
        var queue = Draw(requests, r => r.CaseNumber, random);
        var available = new HashSet<Guid>(free);
        var allocations = new List<SlotAllocation>(queue.Count);
        foreach (var request in queue)
        {
            var slot = request.Preferences.Cast<Guid?>().FirstOrDefault(p => available.Contains(p!.Value));
            if (slot is { } taken)
            {
                available.Remove(taken);
            }

            allocations.Add(new SlotAllocation(request, slot));
        }

        return allocations;
    }
}
