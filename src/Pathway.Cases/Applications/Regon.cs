namespace Pathway.Cases.Applications;

/// <summary>
/// The Polish business register number (REGON): 9 digits (weights 8, 9, 2, 3, 4, 5, 6, 7) or 14 digits
/// (weights 2, 4, 8, 5, 0, 9, 7, 3, 6, 1, 2, 4, 8), the last a checksum modulo 11 where 10 counts as 0.
/// </summary>
public static class Regon
{
    private static readonly int[] Weights9 = [8, 9, 2, 3, 4, 5, 6, 7];
    private static readonly int[] Weights14 = [2, 4, 8, 5, 0, 9, 7, 3, 6, 1, 2, 4, 8];

    /// <summary>The digits of <paramref name="text"/> (spaces and dashes dropped), or null when it is no valid REGON.</summary>
    public static string? Normalise(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        var digits = text.Trim().Replace("-", "", StringComparison.Ordinal).Replace(" ", "", StringComparison.Ordinal);
        if (!digits.All(char.IsAsciiDigit))
        {
            return null;
        }

        return digits.Length switch
        {
            9 when Check(digits, Weights9) => digits,
            14 when Check(digits[..9], Weights9) && Check(digits, Weights14) => digits,
            _ => null,
        };
    }

    private static bool Check(string digits, int[] weights)
    {
        var sum = 0;
        for (var i = 0; i < weights.Length; i++)
        {
            sum += (digits[i] - '0') * weights[i];
        }

        return sum % 11 % 10 == digits[weights.Length] - '0';
    }
}
