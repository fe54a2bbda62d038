namespace Pathway.Cases.Applications;

/// <summary>
/// The Polish tax identification number (NIP): ten digits, the last a checksum of the first nine
/// weighted 6, 5, 7, 2, 3, 4, 5, 6, 7, modulo 11 (a remainder of 10 is never issued).
/// </summary>
public static class Nip
{
    private static readonly int[] Weights = [6, 5, 7, 2, 3, 4, 5, 6, 7];

    /// <summary>The ten digits of <paramref name="text"/> (dashes, spaces and a "PL" prefix dropped), or null when it is no valid NIP.</summary>
    public static string? Normalise(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        var digits = text.Trim();
        if (digits.StartsWith("PL", StringComparison.OrdinalIgnoreCase))
        {
            digits = digits[2..];
        }

        digits = digits.Replace("-", "", StringComparison.Ordinal).Replace(" ", "", StringComparison.Ordinal);
        return digits.Length == 10 && digits.All(char.IsAsciiDigit) && IsValid(digits) ? digits : null;
    }

    private static bool IsValid(string digits)
    {
        var sum = 0;
        for (var i = 0; i < 9; i++)
        {
            sum += (digits[i] - '0') * Weights[i];
        }

        var check = sum % 11;
        return check != 10 && check == digits[9] - '0';
    }
}
