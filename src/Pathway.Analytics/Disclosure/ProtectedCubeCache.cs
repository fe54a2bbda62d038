namespace Pathway.Analytics.Disclosure;

/// <summary>
/// Protected cubes kept by the version of the data they were counted from, so every view of one
/// version is cut from one pattern (protected once, however many requests ask at the same time)
/// and a new version gets a pattern of its own. The oldest versions are dropped beyond
/// <see cref="Capacity"/>. Register one per cube as a singleton.
/// </summary>
public sealed class ProtectedCubeCache(int capacity = 4)
{
    private readonly Lock gate = new();
    private readonly Dictionary<string, Lazy<ProtectedCube>> cubes = new(StringComparer.Ordinal);
    private readonly Queue<string> versions = new();

    public int Capacity { get; } = capacity > 0 ? capacity : throw new ArgumentOutOfRangeException(nameof(capacity));

    /// <summary>
    /// The cube already protected for <paramref name="dataVersion"/>, or null: lets a caller skip
    /// counting the data again when a version is protected (its counts come from a database).
    /// </summary>
    public ProtectedCube? Find(string dataVersion)
    {
        lock (gate)
        {
            return cubes.TryGetValue(dataVersion, out var entry) && entry.IsValueCreated ? entry.Value : null;
        }
    }

    /// <summary>The cube protected for <paramref name="dataVersion"/>, protecting it with <paramref name="protect"/> the first time.</summary>
    public ProtectedCube GetOrProtect(string dataVersion, Func<ProtectedCube> protect)
    {
        Lazy<ProtectedCube> entry;
        lock (gate)
        {
            if (!cubes.TryGetValue(dataVersion, out entry!))
            {
                entry = new Lazy<ProtectedCube>(protect, LazyThreadSafetyMode.ExecutionAndPublication);
                cubes[dataVersion] = entry;
                versions.Enqueue(dataVersion);
                while (versions.Count > Capacity)
                {
                    cubes.Remove(versions.Dequeue());
                }
            }
        }

        return entry.Value;
    }
}
