using System.Security.Cryptography;
using System.Text;

namespace Pathway.Platform.ApiKeys;

/// <summary>Makes and checks API key secrets. Keys look like <c>pwk_&lt;prefix&gt;_&lt;secret&gt;</c>.</summary>
public static class ApiKeySecret
{
    public const string Marker = "pwk_";

    public static (string Key, string Prefix, string Hash) Create()
    {
        var prefix = Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(4));
        var secret = Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)).TrimEnd('=').Replace('+', '-').Replace('/', '_');
        var key = $"{Marker}{prefix}_{secret}";
        return (key, prefix, Hash(key));
    }

    /// <summary>A fast hash suffices: the secret has 256 bits of entropy, so it cannot be guessed from the hash.</summary>
    public static string Hash(string key) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(key)));

    public static string? PrefixOf(string key)
    {
        if (!key.StartsWith(Marker, StringComparison.Ordinal))
        {
            return null;
        }

        var rest = key.AsSpan(Marker.Length);
        var underscore = rest.IndexOf('_');
        return underscore == 8 ? rest[..underscore].ToString() : null;
    }

    public static bool Matches(string key, string storedHash) =>
        CryptographicOperations.FixedTimeEquals(Encoding.ASCII.GetBytes(Hash(key)), Encoding.ASCII.GetBytes(storedHash));
}
