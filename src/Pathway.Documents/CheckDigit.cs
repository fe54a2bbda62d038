namespace Pathway.Documents;

/// <summary>The ICAO 9303 check digit: weights 7, 3, 1 repeated; digits count as themselves, A-Z as 10-35, the filler as 0.</summary>
internal static class CheckDigit
{
    private static readonly int[] Weights = [7, 3, 1];

    /// <summary>Null when the subject holds a character that has no value in an MRZ.</summary>
    public static char? Compute(string subject)
    {
        var sum = 0;
        for (var i = 0; i < subject.Length; i++)
        {
            var value = ValueOf(subject[i]);
            if (value < 0)
            {
                return null;
            }

            sum += value * Weights[i % 3];
        }

        return (char)('0' + (sum % 10));
    }

    public static bool IsMrzCharacter(char c) => ValueOf(c) >= 0;

    private static int ValueOf(char c) => c switch
    {
        >= '0' and <= '9' => c - '0',
        >= 'A' and <= 'Z' => c - 'A' + 10,
        '<' => 0,
        _ => -1,
    };
}
