namespace Pathway.Documents;

/// <summary>
/// The codes an MRZ may hold for an issuing state or a nationality: every ISO 3166-1 alpha-3
/// code and the codes ICAO 9303 Part 3 adds for holders and issuers ISO does not cover.
/// </summary>
public static partial class CountryCodes
{
    private static readonly Lazy<IReadOnlyDictionary<string, string>> Names = new(Load);

    /// <summary>All known codes with their English names.</summary>
    public static IReadOnlyDictionary<string, string> All => Names.Value;

    /// <summary>True for a known code, as written in an MRZ ("D&lt;&lt;") or without fillers ("D"); case-insensitive.</summary>
    public static bool IsKnown(string? code) => Key(code) is { } key && Names.Value.ContainsKey(key);

    /// <summary>The English name of the state or organisation, or null for an unknown code.</summary>
    public static string? Name(string? code) =>
        Key(code) is { } key && Names.Value.TryGetValue(key, out var name) ? name : null;

    private static string? Key(string? code)
    {
        var key = code?.Trim().TrimEnd('<').ToUpperInvariant();
        return string.IsNullOrEmpty(key) || key.Length > 3 ? null : key;
    }

    private static Dictionary<string, string> Load()
    {
        var names = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var line in (Iso3166 + "\n" + Icao9303).Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var space = line.IndexOf(' ', StringComparison.Ordinal);
            names.Add(line[..space], line[(space + 1)..]);
        }

        return names;
    }
}
