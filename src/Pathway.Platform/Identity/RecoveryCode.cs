namespace Pathway.Platform.Identity;

/// <summary>
/// Identity stores a recovery code exactly as shown at enrolment (five characters, a dash, five
/// characters, upper case) and redeems only an exact match; people copy it with a space, without
/// the dash or in lower case, so what they type is brought back to that form first.
/// </summary>
public static class RecoveryCode
{
    private const int HalfLength = 5;

    public static string Normalise(string typed)
    {
        var characters = typed.Where(c => !char.IsWhiteSpace(c) && !IsDash(c)).Select(char.ToUpperInvariant).ToArray();
        var compact = new string(characters);
        return compact.Length == 2 * HalfLength ? $"{compact[..HalfLength]}-{compact[HalfLength..]}" : compact;
    }

    // A word processor or phone keyboard turns "-" into one of its cousins.
    private static bool IsDash(char c) => c is '-' or '\u2010' or '\u2011' or '\u2012' or '\u2013' or '\u2014' or '\u2212';
}
