namespace Pathway.Matching.Blocking;

/// <summary>64-bit FNV-1a over blocking-key parts; 0 is reserved for "no key".</summary>
internal static class KeyHash
{
    private const ulong Offset = 14695981039346656037UL;
    private const ulong Prime = 1099511628211UL;

    public static long Of(int rule, ReadOnlySpan<char> a, ReadOnlySpan<char> b = default, int number = 0)
    {
        var h = Offset ^ (ulong)rule;
        h = Mix(h, a);
        h = (h ^ 0x1F) * Prime;
        h = Mix(h, b);
        h = (h ^ (ulong)number) * Prime;
        h ^= h >> 29;
        return h == 0 ? 1 : (long)h;
    }

    private static ulong Mix(ulong h, ReadOnlySpan<char> s)
    {
        foreach (var c in s)
        {
            h = (h ^ c) * Prime;
        }

        return h;
    }
}
