using System.Buffers.Binary;
using System.Security.Cryptography;

namespace Pathway.Cases.Appointments;

/// <summary>
/// A random source that anyone holding its seed can replay: the n-th number comes from
/// HMAC-SHA256(seed, n), taken without bias by rejection. The seed itself comes from the
/// operating system's cryptographic generator, so nobody can predict or steer a draw, and the
/// stored seed lets an auditor draw the same order again.
/// </summary>
public sealed class SeededRandomSource : IRandomSource
{
    public const int SeedBytes = 32;

    private readonly byte[] seed;
    private ulong counter;

    public SeededRandomSource(byte[] seed)
    {
        if (seed.Length != SeedBytes)
        {
            throw new ArgumentException($"A seed is {SeedBytes} bytes.", nameof(seed));
        }

        this.seed = [.. seed];
    }

    /// <summary>A source with a new seed from the cryptographic generator.</summary>
    public static SeededRandomSource Fresh() => new(RandomNumberGenerator.GetBytes(SeedBytes));

    /// <summary>The source a stored seed (hexadecimal) stands for.</summary>
    public static SeededRandomSource FromHex(string seed) => new(Convert.FromHexString(seed));

    public string SeedHex => Convert.ToHexString(seed);

    public int Next(int maxExclusive)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(maxExclusive);
        var range = (ulong)maxExclusive;
        // The largest multiple of the range that fits: values above it would favour the low numbers.
        var limit = ulong.MaxValue - (ulong.MaxValue % range);
        while (true)
        {
            var value = NextUInt64();
            if (value < limit)
            {
                return (int)(value % range);
            }
        }
    }

    private ulong NextUInt64()
    {
        Span<byte> message = stackalloc byte[8];
        BinaryPrimitives.WriteUInt64BigEndian(message, counter++);
        Span<byte> hash = stackalloc byte[32];
        HMACSHA256.HashData(seed, message, hash);
        return BinaryPrimitives.ReadUInt64BigEndian(hash);
    }
}
