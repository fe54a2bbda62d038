using System.Globalization;
using System.Text;

namespace Pathway.Matching.Bench;

/// <summary>
/// Deterministic synthetic persons for benchmarks: 90% distinct people, 10% duplicates of them
/// with the faults registries see: typos, Polish vs Ukrainian/English romanisation of one name,
/// Cyrillic spelling, swapped given/surname, swapped day/month, missing or 1 January dates,
/// missing or mistyped document numbers. Column "cluster" is the truth.
/// </summary>
internal static class PersonFileGenerator
{
    // Polish spellings; the romanised variant is derived by Romanise.
    private static readonly string[] SurnameStems =
    [
        "Kowal", "Szewcz", "Nowak", "Wiśniew", "Bondar", "Tkacz", "Krawcz", "Melnicz", "Łysen", "Marcz", "Petr", "Honczar",
        "Kuźm", "Hrycz", "Jurcz", "Sawcz", "Ruden", "Olijn", "Poliszcz", "Bojk", "Zielin", "Wójc", "Kamiń", "Lewand",
        "Dąbr", "Kozł", "Jankow", "Mazur", "Wojciech", "Kwiatk", "Krzyż", "Piotr", "Grabow", "Zając", "Pawł", "Michal",
        "Król", "Wieczor", "Jabłoń", "Wróbl", "Majewsk", "Olszew", "Stępień", "Jaworsk", "Malinow", "Górsk", "Rutk", "Sikor",
    ];

    private static readonly string[] SurnameEndings = ["enko", "uk", "czuk", "ski", "ak", "ow", "ycz", "ewicz", "iak", "ko"];

    private static readonly string[] GivenNames =
    [
        "Oleksandr", "Andrij", "Iwan", "Dmytro", "Serhij", "Mykoła", "Jurij", "Wasyl", "Bohdan", "Maksym", "Witalij", "Ołeh",
        "Ołena", "Natalija", "Iryna", "Oksana", "Julija", "Tetiana", "Marija", "Anna", "Switłana", "Hałyna", "Ludmyła", "Wiktorija",
        "Piotr", "Paweł", "Krzysztof", "Tomasz", "Michał", "Marcin", "Jakub", "Łukasz", "Wojciech", "Grzegorz", "Szymon", "Mateusz",
        "Katarzyna", "Małgorzata", "Agnieszka", "Joanna", "Magdalena", "Ewa", "Zofia", "Karolina", "Justyna", "Dorota", "Weronika", "Aleksandra",
        "Artem", "Taras", "Roman", "Stepan", "Yaroslav", "Zhanna", "Daria", "Sofiia", "Khrystyna", "Vira", "Nadiia", "Liubov",
    ];

    private static readonly string[] Cities =
    [
        "Warszawa", "Kraków", "Wrocław", "Łódź", "Poznań", "Gdańsk", "Lublin", "Rzeszów", "Białystok", "Katowice", "Szczecin", "Kielce",
        "Kyiv", "Lviv", "Kharkiv", "Odesa", "Dnipro", "Zaporizhzhia", "Vinnytsia", "Rivne", "Lutsk", "Ternopil", "Chernihiv", "Poltava",
        "Minsk", "Brest", "Grodno", "Vilnius", "Chișinău", "Tbilisi",
    ];

    private static readonly string[] Nationalities = ["UKR", "UKR", "UKR", "POL", "BLR", "GEO", "MDA", "RUS"];

    private sealed record Person(string Given, string Surname, DateOnly? Birth, string Sex, string City, string Document, string Nationality, int Cluster);

    public static void Write(string path, int count, int seed)
    {
        var random = new Random(seed);
        var originals = count - (count / 10);
        var persons = new List<Person>(count);
        for (var p = 0; p < originals; p++)
        {
            persons.Add(NewPerson(random, p));
        }

        for (var d = originals; d < count; d++)
        {
            persons.Add(Corrupt(random, persons[random.Next(originals)]));
        }

        // Shuffle so duplicates are not at the end.
        for (var i = persons.Count - 1; i > 0; i--)
        {
            var j = random.Next(i + 1);
            (persons[i], persons[j]) = (persons[j], persons[i]);
        }

        using var writer = new StreamWriter(path, false, new UTF8Encoding(false), 1 << 16);
        writer.WriteLine("id,given_name,surname,date_of_birth,sex,city,document_number,nationality,cluster");
        for (var i = 0; i < persons.Count; i++)
        {
            var x = persons[i];
            var date = x.Birth?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "";
            writer.WriteLine(string.Create(CultureInfo.InvariantCulture, $"P{i + 1:D7},{x.Given},{x.Surname},{date},{x.Sex},{x.City},{x.Document},{x.Nationality},{x.Cluster}"));
        }
    }

    private static Person NewPerson(Random random, int cluster)
    {
        var given = GivenNames[Zipf(random, GivenNames.Length)];
        var surname = SurnameStems[Zipf(random, SurnameStems.Length)] + SurnameEndings[random.Next(SurnameEndings.Length)];
        var sex = given.EndsWith('a') ? "F" : "M";
        var birth = new DateOnly(1940, 1, 1).AddDays(random.Next(365 * 70));
        if (random.NextDouble() < 0.02)
        {
            birth = new DateOnly(birth.Year, 1, 1);
        }

        var document = string.Create(CultureInfo.InvariantCulture, $"{(char)('A' + random.Next(26))}{(char)('A' + random.Next(26))}{random.Next(1_000_000):D6}");
        return new Person(given, surname, random.NextDouble() < 0.03 ? null : birth, sex, Cities[Zipf(random, Cities.Length)], random.NextDouble() < 0.2 ? "" : document, Nationalities[random.Next(Nationalities.Length)], cluster);
    }

    private static Person Corrupt(Random random, Person original)
    {
        var x = original;
        var faults = 1 + random.Next(3);
        for (var f = 0; f < faults; f++)
        {
            x = random.Next(10) switch
            {
                0 => x with { Given = Typo(random, x.Given) },
                1 => x with { Surname = Typo(random, x.Surname) },
                2 => x with { Surname = Romanise(x.Surname), Given = random.Next(2) == 0 ? Romanise(x.Given) : x.Given },
                3 => x with { Surname = random.Next(3) == 0 ? Cyrillic(x.Surname) : Romanise(x.Surname) },
                4 => x with { Given = x.Surname, Surname = x.Given },
                5 => x with { Birth = x.Birth is { } b && b.Day <= 12 ? new DateOnly(b.Year, b.Day, b.Month) : x.Birth },
                6 => x with { Birth = random.Next(2) == 0 ? null : x.Birth?.AddDays(random.Next(2) == 0 ? 1 : -30) },
                7 => x with { Document = random.Next(2) == 0 ? "" : Typo(random, x.Document) },
                8 => x with { City = random.Next(2) == 0 ? "" : Typo(random, x.City) },
                _ => x with { Given = x.Given.Length > 4 && random.Next(2) == 0 ? x.Given[..3] : Romanise(x.Given) },
            };
        }

        return x;
    }

    // Common names are common: a rank-skewed choice.
    private static int Zipf(Random random, int n) => Math.Min(n - 1, (int)(n * Math.Pow(random.NextDouble(), 2)));

    private static string Typo(Random random, string s)
    {
        if (s.Length < 3)
        {
            return s;
        }

        var i = 1 + random.Next(s.Length - 2);
        return random.Next(3) switch
        {
            0 => s.Remove(i, 1),
            1 => s[..i] + s[i + 1] + s[i] + s[(i + 2)..],
            _ => s[..i] + (char)('a' + random.Next(26)) + s[(i + 1)..],
        };
    }

    private static string Romanise(string polish)
    {
        var s = polish
            .Replace("szcz", "shch", StringComparison.Ordinal).Replace("Szcz", "Shch", StringComparison.Ordinal).Replace("sz", "sh", StringComparison.Ordinal).Replace("Sz", "Sh", StringComparison.Ordinal)
            .Replace("cz", "ch", StringComparison.Ordinal).Replace("Cz", "Ch", StringComparison.Ordinal).Replace("w", "v", StringComparison.Ordinal).Replace("W", "V", StringComparison.Ordinal)
            .Replace("ł", "l", StringComparison.Ordinal).Replace("Ł", "L", StringComparison.Ordinal).Replace("ż", "zh", StringComparison.Ordinal).Replace("ź", "z", StringComparison.Ordinal).Replace("Ź", "Z", StringComparison.Ordinal)
            .Replace("ś", "s", StringComparison.Ordinal).Replace("ć", "c", StringComparison.Ordinal).Replace("ń", "n", StringComparison.Ordinal).Replace("ó", "o", StringComparison.Ordinal).Replace("ą", "a", StringComparison.Ordinal).Replace("ę", "e", StringComparison.Ordinal)
            .Replace("ij", "ii", StringComparison.Ordinal).Replace("yj", "yi", StringComparison.Ordinal).Replace("j", "y", StringComparison.Ordinal).Replace("J", "Y", StringComparison.Ordinal);
        return s;
    }

    private static string Cyrillic(string polish)
    {
        var latin = Romanise(polish).ToLowerInvariant();
        var map = new (string, string)[]
        {
            ("shch", "щ"), ("sh", "ш"), ("ch", "ч"), ("zh", "ж"), ("kh", "х"), ("ya", "я"), ("yu", "ю"), ("ts", "ц"),
            ("a", "а"), ("b", "б"), ("v", "в"), ("h", "г"), ("g", "ґ"), ("d", "д"), ("e", "е"), ("z", "з"), ("y", "и"), ("i", "і"),
            ("k", "к"), ("l", "л"), ("m", "м"), ("n", "н"), ("o", "о"), ("p", "п"), ("r", "р"), ("s", "с"), ("t", "т"), ("u", "у"),
            ("f", "ф"), ("c", "ц"), ("w", "в"), ("j", "й"),
        };
        var builder = new StringBuilder();
        for (var i = 0; i < latin.Length;)
        {
            var hit = map.FirstOrDefault(m => latin.AsSpan(i).StartsWith(m.Item1, StringComparison.Ordinal));
            if (hit.Item1 is null)
            {
                builder.Append(latin[i++]);
                continue;
            }

            builder.Append(hit.Item2);
            i += hit.Item1.Length;
        }

        return builder.Length > 0 ? char.ToUpperInvariant(builder[0]) + builder.ToString(1, builder.Length - 1) : "";
    }
}
