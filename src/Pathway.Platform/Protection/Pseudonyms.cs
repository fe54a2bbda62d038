using System.Collections.Concurrent;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace Pathway.Platform.Protection;

/// <summary>
/// Keyed pseudonyms: the same person gets the same pseudonym within a tenant and a purpose, and nobody
/// without the master key can go back from it to the person or even test a guess (an HMAC, not a hash:
/// a person id is guessable, a key is not). The warehouse keys people with them, so statistics count
/// persons without holding who they are.
/// </summary>
public sealed class Pseudonyms(MasterKey master)
{
    /// <summary>Characters of a pseudonym: 128 bits in hexadecimal.</summary>
    public const int Length = 32;

    private readonly ConcurrentDictionary<(Guid Tenant, string Purpose), byte[]> keys = new();

    public string Of(Guid tenant, string purpose, Guid subject)
    {
        Span<byte> subjectBytes = stackalloc byte[16];
        subject.TryWriteBytes(subjectBytes);
        Span<byte> mac = stackalloc byte[32];
        HMACSHA256.HashData(KeyOf(tenant, purpose), subjectBytes, mac);
        return Convert.ToHexStringLower(mac[..(Length / 2)]);
    }

    private byte[] KeyOf(Guid tenant, string purpose) => keys.GetOrAdd((tenant, purpose), k =>
        HKDF.DeriveKey(HashAlgorithmName.SHA256, master.Bytes, 32, k.Tenant.ToByteArray(),
            Encoding.UTF8.GetBytes(string.Create(CultureInfo.InvariantCulture, $"pathway pseudonym key: {k.Purpose}"))));
}
