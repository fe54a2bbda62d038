using System.Security.Cryptography;
using System.Text;

namespace Pathway.Cases.Confirmations;

/// <summary>A confirmation's verification code: 128 random bits as 26 base32 letters and digits, shown in groups of four.</summary>
public static class VerificationCode
{
    public const int Length = 26;
    private const string Alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";

    public static string New()
    {
        Span<byte> bytes = stackalloc byte[16];
        RandomNumberGenerator.Fill(bytes);
        var text = new StringBuilder(Length);
        int buffer = 0, bits = 0;
        foreach (var b in bytes)
        {
            buffer = (buffer << 8) | b;
            bits += 8;
            while (bits >= 5)
            {
                text.Append(Alphabet[(buffer >> (bits - 5)) & 31]);
                bits -= 5;
            }
        }

        if (bits > 0)
        {
            text.Append(Alphabet[(buffer << (5 - bits)) & 31]);
        }

        return text.ToString();
    }

    /// <summary>The code as people read it: groups of four letters.</summary>
    public static string Grouped(string code) => string.Join('-', code.Chunk(4).Select(c => new string(c)));

    /// <summary>The code as typed or scanned (any case, dashes and spaces ignored), or null when it cannot be one.</summary>
    public static string? Normalise(string? text)
    {
        var code = string.Concat((text ?? "").Where(c => c is not ('-' or ' '))).ToUpperInvariant();
        return code.Length == Length && code.All(c => Alphabet.Contains(c, StringComparison.Ordinal)) ? code : null;
    }
}
