using Microsoft.Extensions.Caching.Memory;

namespace Pathway.Portal.Search;

/// <summary>
/// How many of the texts a reader of one language is shown hold a word, remembered per office and
/// language for a few minutes: the assistant weighs every word of every question by it, and real
/// questions repeat their words. A count a few texts out of date changes no answer, so it may age;
/// still, a change of content forgets them all (<see cref="SearchIndex"/> as it rewrites an item's
/// rows, <c>PortalChangeWatcher</c> on every node once the change is saved), so a term just
/// published is not taken for a name for minutes.
/// </summary>
public sealed class WordFrequencies : IDisposable
{
    public static readonly TimeSpan Lifetime = TimeSpan.FromMinutes(5);

    /// <summary>Words remembered at most, all offices and languages together (a few MB).</summary>
    public const int MaxWords = 100_000;

    private readonly MemoryCache counts = new(new MemoryCacheOptions { SizeLimit = MaxWords });

    public bool TryGet(Guid tenant, string language, SearchTerm term, out int frequency) =>
        counts.TryGetValue(Key(tenant, language, term), out frequency);

    public void Keep(Guid tenant, string language, SearchTerm term, int frequency) =>
        counts.Set(Key(tenant, language, term), frequency, new MemoryCacheEntryOptions { Size = 1, AbsoluteExpirationRelativeToNow = Lifetime });

    /// <summary>How many texts a reader of the language is shown, if remembered.</summary>
    public bool TryGetTexts(Guid tenant, string language, out int texts) => counts.TryGetValue((tenant, language), out texts);

    public void KeepTexts(Guid tenant, string language, int texts) =>
        counts.Set((tenant, language), texts, new MemoryCacheEntryOptions { Size = 1, AbsoluteExpirationRelativeToNow = Lifetime });

    /// <summary>Forgets every count: the texts changed.</summary>
    public void Clear() => counts.Clear();

    public void Dispose() => counts.Dispose();

    // The search reads a term by its folded form and whether it is a phrase; how it was typed does not count.
    private static (Guid, string, string, bool) Key(Guid tenant, string language, SearchTerm term) => (tenant, language, term.Folded, term.IsPhrase);
}
