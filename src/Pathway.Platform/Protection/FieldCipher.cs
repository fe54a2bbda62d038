using System.Buffers.Binary;
using System.Collections.Concurrent;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace Pathway.Platform.Protection;

/// <summary>
/// Seals a special-category field under its tenant's data key with AES-256-GCM. A tenant's key of
/// each version is derived from the master key with HKDF-SHA256 (the tenant's id as the salt), so
/// no tenant's key opens another tenant's fields, and a tenant's key can be rotated on its own.
/// The sealed text is <c>pw1:{version}:{Base64(nonce | ciphertext | tag)}</c>: the version stays
/// readable so a re-sealing pass finds what is behind in SQL. The tenant, the field's purpose and
/// the version are the authenticated data, so a sealed value copied to another tenant's row or
/// another field does not open.
/// </summary>
public sealed class FieldCipher(MasterKey master)
{
    public const string Prefix = "pw1:";
    private const int NonceLength = 12;
    private const int TagLength = 16;

    private readonly ConcurrentDictionary<(Guid Tenant, int Version), byte[]> keys = new();

    /// <summary>The start every value sealed under this key version has: what a re-sealing pass looks for.</summary>
    public static string PrefixOf(int version) => string.Create(CultureInfo.InvariantCulture, $"{Prefix}{version}:");

    public static bool IsSealed(string stored) => VersionOf(stored) is not null;

    /// <summary>The key version a stored value was sealed with; null for a value never sealed (written before sealing began).</summary>
    public static int? VersionOf(string stored)
    {
        if (!stored.StartsWith(Prefix, StringComparison.Ordinal))
        {
            return null;
        }

        var end = stored.IndexOf(':', Prefix.Length);
        return end > Prefix.Length && int.TryParse(stored.AsSpan(Prefix.Length, end - Prefix.Length), NumberStyles.None, CultureInfo.InvariantCulture, out var version) && version > 0
            ? version
            : null;
    }

    public string Seal(Guid tenant, int version, string purpose, string plain)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(version, 1);
        if (tenant == Guid.Empty)
        {
            throw new InvalidOperationException($"A special-category field ({purpose}) is sealed under its record's tenant, and the record has none.");
        }

        var plainBytes = Encoding.UTF8.GetBytes(plain);
        var sealedBytes = new byte[NonceLength + plainBytes.Length + TagLength];
        var nonce = sealedBytes.AsSpan(0, NonceLength);
        RandomNumberGenerator.Fill(nonce);
        using var aes = new AesGcm(KeyOf(tenant, version), TagLength);
        aes.Encrypt(nonce, plainBytes, sealedBytes.AsSpan(NonceLength, plainBytes.Length), sealedBytes.AsSpan(NonceLength + plainBytes.Length), Associated(tenant, version, purpose));
        return PrefixOf(version) + Convert.ToBase64String(sealedBytes);
    }

    /// <summary>The plain text of a stored value; a value never sealed is returned as it is.</summary>
    /// <exception cref="FieldCipherException">The value does not open with this tenant's key for this field.</exception>
    public string Open(Guid tenant, string purpose, string stored)
    {
        if (VersionOf(stored) is not { } version)
        {
            return stored;
        }

        byte[] sealedBytes;
        try
        {
            sealedBytes = Convert.FromBase64String(stored[PrefixOf(version).Length..]);
        }
        catch (FormatException)
        {
            throw new FieldCipherException(purpose, tenant, version);
        }

        if (sealedBytes.Length < NonceLength + TagLength)
        {
            throw new FieldCipherException(purpose, tenant, version);
        }

        var length = sealedBytes.Length - NonceLength - TagLength;
        var plain = new byte[length];
        try
        {
            using var aes = new AesGcm(KeyOf(tenant, version), TagLength);
            aes.Decrypt(sealedBytes.AsSpan(0, NonceLength), sealedBytes.AsSpan(NonceLength, length), sealedBytes.AsSpan(NonceLength + length), plain, Associated(tenant, version, purpose));
        }
        catch (AuthenticationTagMismatchException)
        {
            throw new FieldCipherException(purpose, tenant, version);
        }

        return Encoding.UTF8.GetString(plain);
    }

    private byte[] KeyOf(Guid tenant, int version) => keys.GetOrAdd((tenant, version), k =>
        HKDF.DeriveKey(HashAlgorithmName.SHA256, master.Bytes, 32, k.Tenant.ToByteArray(), Encoding.ASCII.GetBytes(string.Create(CultureInfo.InvariantCulture, $"pathway special-category data key v{k.Version}"))));

    private static byte[] Associated(Guid tenant, int version, string purpose)
    {
        var purposeBytes = Encoding.UTF8.GetBytes(purpose);
        var data = new byte[16 + 4 + purposeBytes.Length];
        tenant.TryWriteBytes(data);
        BinaryPrimitives.WriteInt32BigEndian(data.AsSpan(16), version);
        purposeBytes.CopyTo(data, 20);
        return data;
    }
}

/// <summary>A stored special-category value that does not open: another master key, another tenant's row or field, or damage.</summary>
public sealed class FieldCipherException(string purpose, Guid tenant, int version)
    : CryptographicException(string.Create(CultureInfo.InvariantCulture, $"The {purpose} field of a record of tenant {tenant} does not open with that tenant's data key v{version}: the master key differs from the one that sealed it, or the value was copied or damaged."))
{
    public string Purpose { get; } = purpose;
}
