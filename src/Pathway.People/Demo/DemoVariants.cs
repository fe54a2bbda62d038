using System.Globalization;
using System.Text;
using Pathway.People.Registry;

namespace Pathway.People.Demo;

/// <summary>
/// How the same person comes to be written differently in a second record: a clerk's typo, a
/// Polish phonetic spelling of a Ukrainian passport name, day and month swapped, a missing field.
/// Used to seed realistic duplicates for the registry's duplicate detection.
/// </summary>
internal static class DemoVariants
{
    // Passport romanisation (Ukrainian/Russian/Belarusian national systems) to Polish phonetic spelling.
    private static readonly (string From, string To)[] PolishSpelling =
    [
        ("SHCH", "SZCZ"), ("KH", "CH"), ("ZH", "Ż"), ("SH", "SZ"), ("CH", "CZ"), ("TS", "C"),
        ("IU", "JU"), ("IA", "JA"), ("IE", "JE"), ("YI", "JI"), ("YU", "JU"), ("YA", "JA"), ("YE", "JE"),
        ("V", "W"), ("H", "G"),
    ];

    /// <summary>The details a second record of <paramref name="original"/> is written with: one or two changes.</summary>
    public static PersonDetails VariantOf(Person original, Random random)
    {
        var surname = original.Surname;
        var given = original.GivenNames;
        var nativeSurname = original.NativeSurname;
        var nativeGiven = original.NativeGivenNames;
        var birthDate = original.BirthDate;
        var changes = 1 + random.Next(2);
        for (var change = 0; change < changes; change++)
        {
            switch (random.Next(9))
            {
                case 0:
                    surname = Typo(surname, random);
                    break;
                case 1:
                    given = Typo(given, random);
                    break;
                case 2 when original.NativeScript == "Cyrl":
                    // Typed by ear at a counter: Polish spelling, no native script.
                    surname = PolishPhonetic(surname);
                    given = PolishPhonetic(given);
                    nativeSurname = null;
                    nativeGiven = null;
                    break;
                case 3:
                    birthDate = SwapDayAndMonth(birthDate);
                    break;
                case 4:
                    // Only the year was known: offices record 1 January.
                    birthDate = new DateOnly(birthDate.Year, 1, 1);
                    break;
                case 5:
                    (surname, given) = (given, surname);
                    (nativeSurname, nativeGiven) = (nativeGiven, nativeSurname);
                    break;
                case 6:
                    birthDate = DateTypo(birthDate, random);
                    break;
                case 7 when original.NativeScript == "Cyrl":
                    // An older passport or a Russian-language document: another romanisation of the same name.
                    given = OlderRomanisation(given);
                    surname = OlderRomanisation(surname);
                    break;
                default:
                    nativeSurname = null;
                    nativeGiven = null;
                    break;
            }
        }

        return new PersonDetails(surname, given, original.Sex, birthDate, original.Citizenship,
            nativeSurname, nativeGiven, nativeSurname is null ? null : original.NativeScript, random.Next(3) == 0 ? null : original.BirthPlace);
    }

    public static string PolishPhonetic(string latin)
    {
        var result = new StringBuilder(latin.Length + 4);
        var i = 0;
        while (i < latin.Length)
        {
            var matched = false;
            foreach (var (from, to) in PolishSpelling)
            {
                if (string.CompareOrdinal(latin, i, from, 0, from.Length) == 0)
                {
                    result.Append(to);
                    i += from.Length;
                    matched = true;
                    break;
                }
            }

            if (!matched)
            {
                result.Append(latin[i++]);
            }
        }

        // -II and -YI endings are written -IJ / -YJ in Polish.
        var text = result.ToString();
        return text.EndsWith("II", StringComparison.Ordinal) ? text[..^1] + "J" : text;
    }

    /// <summary>One keyboard slip: a letter substituted, dropped, doubled or swapped with its neighbour.</summary>
    public static string Typo(string text, Random random)
    {
        if (text.Length < 3)
        {
            return text;
        }

        var position = random.Next(1, text.Length - 1);
        var chars = text.ToCharArray().ToList();
        switch (random.Next(4))
        {
            case 0:
                chars[position] = (char)('A' + random.Next(26));
                break;
            case 1:
                chars.RemoveAt(position);
                break;
            case 2:
                chars.Insert(position, chars[position]);
                break;
            default:
                (chars[position], chars[position - 1]) = (chars[position - 1], chars[position]);
                break;
        }

        return new string([.. chars]);
    }

    // Given names as Soviet-era and Russian-language documents romanised them, beside today's
    // Ukrainian and Belarusian passport forms.
    private static readonly Dictionary<string, string> OlderGivenNames = new(StringComparer.Ordinal)
    {
        ["OLEKSANDR"] = "ALEKSANDR", ["SERHII"] = "SERGEY", ["ANDRII"] = "ANDREY", ["DMYTRO"] = "DMITRIY", ["YURII"] = "YURIY",
        ["MYKOLA"] = "NIKOLAY", ["VASYL"] = "VASILIY", ["BOHDAN"] = "BOGDAN", ["MAKSYM"] = "MAKSIM", ["VITALII"] = "VITALIY",
        ["OLEH"] = "OLEG", ["OLENA"] = "ELENA", ["NATALIIA"] = "NATALYA", ["IRYNA"] = "IRINA", ["YULIIA"] = "YULIYA",
        ["TETIANA"] = "TATYANA", ["MARIIA"] = "MARIYA", ["SVITLANA"] = "SVETLANA", ["HALYNA"] = "GALINA", ["LIUDMYLA"] = "LYUDMILA",
        ["VIKTORIIA"] = "VIKTORIYA", ["ALIAKSANDR"] = "ALEKSANDR", ["SIARHEI"] = "SERGEY", ["DZMITRY"] = "DMITRIY", ["YAUHEN"] = "EVGENIY",
        ["ULADZIMIR"] = "VLADIMIR", ["MIKALAI"] = "NIKOLAY", ["VIKTAR"] = "VIKTOR", ["IHAR"] = "IGOR", ["ALEH"] = "OLEG",
        ["VOLHA"] = "OLGA", ["NATALLIA"] = "NATALYA", ["TATSIANA"] = "TATYANA", ["KATSIARYNA"] = "EKATERINA", ["HANNA"] = "ANNA",
        ["SVIATLANA"] = "SVETLANA", ["DMITRII"] = "DMITRIY", ["EVGENII"] = "EVGENIY", ["IULIIA"] = "YULIYA",
    };

    /// <summary>
    /// The romanisation of an older or Russian-language document: known given-name forms, and the
    /// -IY / YA / YU spellings where today's passports write -II / IA / IU.
    /// </summary>
    public static string OlderRomanisation(string latin)
    {
        var words = latin.Split(' ');
        for (var w = 0; w < words.Length; w++)
        {
            if (OlderGivenNames.TryGetValue(words[w], out var older))
            {
                words[w] = older;
                continue;
            }

            var word = words[w].Replace("IIA", "IYA", StringComparison.Ordinal).Replace("IU", "YU", StringComparison.Ordinal).Replace("IA", "YA", StringComparison.Ordinal);
            words[w] = word.EndsWith("II", StringComparison.Ordinal) ? word[..^1] + "Y" : word;
        }

        return string.Join(' ', words);
    }

    /// <summary>One digit of the written date mistyped as its neighbour on the keypad row, where the result is still a date.</summary>
    public static DateOnly DateTypo(DateOnly date, Random random)
    {
        // The digits a clerk types: the last two of the year, the month and the day in "yyyy-MM-dd".
        int[] positions = [2, 3, 5, 6, 8, 9];
        for (var attempt = 0; attempt < 10; attempt++)
        {
            var text = date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture).ToCharArray();
            var at = positions[random.Next(positions.Length)];
            var digit = text[at] - '0' + (random.Next(2) == 0 ? 1 : -1);
            if (digit is < 0 or > 9)
            {
                continue;
            }

            text[at] = (char)('0' + digit);
            if (DateOnly.TryParseExact(new string(text), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var typed))
            {
                return typed;
            }
        }

        return date;
    }

    /// <summary>Day and month swapped, as happens between DD.MM and MM/DD forms; only where both readings are dates.</summary>
    public static DateOnly SwapDayAndMonth(DateOnly date) =>
        date.Day <= 12 && date.Day != date.Month ? new DateOnly(date.Year, date.Day, date.Month) : date;
}
