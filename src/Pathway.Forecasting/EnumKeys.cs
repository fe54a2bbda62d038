namespace Pathway.Forecasting;

/// <summary>Reads an enum from the short key the command line and the API use for it (e.g. "snaive", "wls").</summary>
internal static class EnumKeys
{
    public static bool TryParse<T>(string? key, Func<T, string> toKey, T fallback, out T value) where T : struct, Enum
    {
        foreach (var candidate in Enum.GetValues<T>())
        {
            if (string.Equals(toKey(candidate), key?.Trim(), StringComparison.OrdinalIgnoreCase))
            {
                value = candidate;
                return true;
            }
        }
        value = fallback;
        return false;
    }
}
