using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace Pathway.Platform.Audit;

/// <summary>The hash rule of the audit chain, and the check that walks it.</summary>
public static class AuditChain
{
    /// <summary>The previous hash of the very first entry.</summary>
    public const string GenesisHash = "0000000000000000000000000000000000000000000000000000000000000000";

    /// <summary>
    /// Databases keep time to the microsecond at best; the chain hashes the stored value,
    /// so times are cut to microseconds before they are hashed or stored.
    /// </summary>
    public static DateTime Normalise(DateTime at)
    {
        var utc = at.Kind == DateTimeKind.Utc ? at : at.ToUniversalTime();
        return new DateTime(utc.Ticks - (utc.Ticks % 10), DateTimeKind.Utc);
    }

    public static string ComputeHash(AuditEntry entry)
    {
        // Fields are length-prefixed so that no two different entries serialise alike.
        var text = new StringBuilder();
        void Field(string? value)
        {
            value ??= "\0";
            text.Append(value.Length.ToString(CultureInfo.InvariantCulture)).Append(':').Append(value).Append('|');
        }

        Field(entry.Sequence.ToString(CultureInfo.InvariantCulture));
        Field(DateTime.SpecifyKind(entry.At, DateTimeKind.Utc).Ticks.ToString(CultureInfo.InvariantCulture));
        Field(entry.TenantId?.ToString());
        Field(entry.ActorId?.ToString());
        Field(entry.ActorName);
        Field(entry.Action);
        Field(entry.EntityType);
        Field(entry.EntityId);
        Field(entry.Reason);
        Field(entry.Details);
        Field(entry.ClientAddress);
        Field(entry.PreviousHash);
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text.ToString())));
    }

    /// <summary>Walks entries in sequence order; returns the first broken link, or null when the chain holds.</summary>
    public static async Task<AuditBreak?> VerifyAsync(IAsyncEnumerable<AuditEntry> entriesInOrder, IProgress<long>? progress = null, CancellationToken cancellationToken = default)
    {
        var expectedPrevious = GenesisHash;
        long expectedSequence = 1;
        await foreach (var entry in entriesInOrder.WithCancellation(cancellationToken))
        {
            if (entry.Sequence != expectedSequence)
            {
                return new AuditBreak(entry.Sequence, AuditBreakKind.Missing, string.Create(CultureInfo.InvariantCulture, $"expected entry {expectedSequence}, found {entry.Sequence}: entries are missing"));
            }

            if (!string.Equals(entry.PreviousHash, expectedPrevious, StringComparison.Ordinal))
            {
                return new AuditBreak(entry.Sequence, AuditBreakKind.Unlinked, "its previous-hash does not match the entry before it");
            }

            if (!string.Equals(ComputeHash(entry), entry.Hash, StringComparison.Ordinal))
            {
                return new AuditBreak(entry.Sequence, AuditBreakKind.Altered, "its content does not match its hash: the entry was altered");
            }

            expectedPrevious = entry.Hash;
            expectedSequence++;
            if (expectedSequence % 10_000 == 0)
            {
                progress?.Report(expectedSequence - 1);
            }
        }

        progress?.Report(expectedSequence - 1);
        return null;
    }
}

