using System.Security.Cryptography;

namespace Pathway.Testing;

/// <summary>
/// Surnames no other test shares, as a name search sees them. Search compares skeletons, which
/// drop digits, fold spellings (C, G, H, S, T, Z and more) and collapse doubled sounds, so a
/// suffix of hex digits can vanish and leave a plain demo surname that matches other tests' cases.
/// The suffix here uses only letters the skeleton keeps as they are, never one twice in a row.
/// </summary>
public static class UniqueNames
{
    private const string KeptLetters = "ABDEFIKLMNOPRUV";

    public static string Surname(string stem)
    {
        var suffix = new char[8];
        for (var i = 0; i < suffix.Length; i++)
        {
            char next;
            do
            {
                next = KeptLetters[RandomNumberGenerator.GetInt32(KeptLetters.Length)];
            }
            while (i > 0 && next == suffix[i - 1]);
            suffix[i] = next;
        }

        return stem + new string(suffix).ToLowerInvariant();
    }
}
