using System.Security.Cryptography;

namespace Pathway.Cases.Appointments;

/// <summary>Draws the order a booking window's requests are served in; tests give a seeded one.</summary>
public interface IRandomSource
{
    /// <summary>A whole number from 0 up to, not including, <paramref name="maxExclusive"/>.</summary>
    int Next(int maxExclusive);
}

/// <summary>The operating system's cryptographic generator: nobody can predict or steer the queue's order.</summary>
internal sealed class CryptoRandomSource : IRandomSource
{
    public int Next(int maxExclusive) => RandomNumberGenerator.GetInt32(maxExclusive);
}
