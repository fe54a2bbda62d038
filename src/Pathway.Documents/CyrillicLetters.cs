namespace Pathway.Documents;

/// <summary>
/// Cyrillic per the ICAO 9303 Part 3 table, one spelling for every language, so that the same
/// letters always give the same MRZ (Ukrainian Г is G and И is I here, as ICAO writes them,
/// even though Ukrainian passports often follow the national H and Y; <see cref="NameMatching"/>
/// treats both as the same name).
/// </summary>
internal static class CyrillicLetters
{
    /// <summary>The upper-case spelling of an upper-case Cyrillic letter; "" for the soft sign; null when not Cyrillic.</summary>
    public static string? Spell(char upper) => upper switch
    {
        'А' => "A",
        'Б' => "B",
        'В' => "V",
        'Г' => "G",
        'Ґ' => "G",
        'Ѓ' => "G",
        'Д' => "D",
        'Ђ' => "D",
        'Е' => "E",
        'Ё' => "E",
        'Є' => "IE",
        'Ж' => "ZH",
        'З' => "Z",
        'Ѕ' => "DZ",
        'И' => "I",
        'І' => "I",
        'Ї' => "I",
        'Й' => "I",
        'Ј' => "J",
        'К' => "K",
        'Ќ' => "K",
        'Л' => "L",
        'Љ' => "LJ",
        'М' => "M",
        'Н' => "N",
        'Њ' => "NJ",
        'О' => "O",
        'П' => "P",
        'Р' => "R",
        'С' => "S",
        'Т' => "T",
        'Ћ' => "C",
        'У' => "U",
        'Ў' => "U",
        'Ф' => "F",
        'Х' => "KH",
        'Ц' => "TS",
        'Ч' => "CH",
        'Џ' => "DZ",
        'Ш' => "SH",
        'Щ' => "SHCH",
        'Ъ' => "IE",
        'Ы' => "Y",
        'Ь' => "",
        'Э' => "E",
        'Ю' => "IU",
        'Я' => "IA",
        _ => null,
    };
}
