using System.Globalization;
using System.Text;

namespace Pathway.Matching.Bench;

/// <summary>
/// A file shaped like the public historical-persons deduplication set: lower-case names, a whole
/// name and a "first and surname" column beside the split names, dates of birth 1700-1920 (22%
/// empty), birth places with variant spellings, fake postcodes, gender, occupation, and a ground
/// truth "cluster" column. People come in families (shared surname, place and postcode, a son often
/// named after his father), surnames and first names follow a steep popularity curve, and a few
/// people have hundreds of records. Records of one person differ by typos, nicknames, missing
/// fields, shifted dates and other spellings of their birth place.
/// </summary>
internal static class HistoricalPersons
{
    public const string Header = "unique_id,full_name,first_and_surname,first_name,surname,dob,birth_place,postcode_fake,gender,occupation,cluster";

    private static readonly string[] MaleNames =
    [
        "john", "william", "thomas", "george", "james", "charles", "henry", "richard", "robert", "edward", "joseph", "samuel", "francis", "arthur",
        "frederick", "alfred", "walter", "david", "peter", "benjamin", "daniel", "edmund", "hugh", "ralph", "matthew", "nicholas", "philip",
        "stephen", "anthony", "christopher", "andrew", "michael", "albert", "ernest", "herbert", "harold", "alexander", "archibald", "horace",
        "isaac", "jacob", "jonathan", "lewis", "mark", "nathaniel", "oliver", "patrick", "roger", "simon", "timothy", "valentine", "gilbert",
        "humphrey", "lancelot", "percy", "reginald", "cecil", "cuthbert", "ambrose", "basil", "clement", "duncan", "evan", "felix", "godfrey",
    ];

    private static readonly string[] FemaleNames =
    [
        "mary", "elizabeth", "anne", "sarah", "jane", "margaret", "catherine", "ann", "eliza", "emily", "charlotte", "harriet", "frances",
        "susan", "martha", "hannah", "ellen", "alice", "emma", "louisa", "caroline", "isabella", "sophia", "agnes", "lucy", "dorothy",
        "florence", "edith", "grace", "helen", "rose", "violet", "beatrice", "clara", "constance", "georgiana", "henrietta", "maria",
        "matilda", "rebecca", "amelia", "augusta", "cecilia", "eleanor", "esther", "judith", "lydia", "mabel", "priscilla", "rachel",
    ];

    private static readonly Dictionary<string, string[]> Nicknames = new(StringComparer.Ordinal)
    {
        ["william"] = ["will", "bill", "wm"], ["elizabeth"] = ["eliza", "beth", "betsy"], ["robert"] = ["rob", "bob"], ["richard"] = ["dick", "richd"],
        ["thomas"] = ["tom", "thos"], ["james"] = ["jas", "jim"], ["charles"] = ["chas", "charlie"], ["margaret"] = ["peggy", "maggie"],
        ["catherine"] = ["kate", "katherine", "catharine"], ["henry"] = ["harry", "hen"], ["edward"] = ["ted", "ned", "edwd"], ["john"] = ["jack", "jno"],
        ["frederick"] = ["fred", "frederic"], ["ann"] = ["anne", "annie"], ["anne"] = ["ann", "annie"], ["mary"] = ["polly", "molly"], ["sarah"] = ["sara", "sally"],
    };

    private static readonly string[] Occupations =
    [
        "politician", "priest", "soldier", "merchant", "painter", "poet", "writer", "lawyer", "judge", "physician", "surgeon", "architect",
        "engineer", "scientist", "botanist", "astronomer", "mathematician", "composer", "musician", "actor", "actress", "banker", "bishop",
        "naval officer", "army officer", "cricketer", "footballer", "farmer", "landowner", "diplomat", "journalist", "historian", "philosopher",
        "teacher", "headmaster", "sculptor", "publisher", "printer", "industrialist", "inventor", "explorer", "missionary", "nurse", "novelist",
    ];

    private static readonly string[] Syllables =
    [
        "ash", "bar", "ber", "black", "brad", "brook", "bur", "cam", "car", "chester", "clif", "cole", "crom", "dal", "den", "don", "ell",
        "far", "fen", "ford", "gar", "glad", "good", "green", "ham", "har", "hart", "hay", "hen", "hol", "hum", "kin", "lang", "law", "ley",
        "lin", "lock", "mar", "mel", "mer", "mont", "mor", "nor", "ox", "pem", "pen", "rad", "ray", "rich", "ros", "rus", "sal", "shel", "stan",
        "stock", "thorn", "ton", "wal", "war", "well", "wes", "whit", "wick", "win", "wood", "worth", "by", "field", "more", "ing", "den", "ell",
    ];

    private static readonly string[] SurnameEndings = ["", "s", "son", "ton", "ley", "er", "ington", "ham", "field", "wood", "by", "man", "well", "ford"];

    private static readonly string[] PlaceEndings = ["", "ton", "ham", "ford", "bury", "by", "field", "wick", "chester", "minster", "mouth", "stead", "ley", "bridge"];

    private sealed record Person(int Id, string First, string? Middle, string Surname, DateOnly Born, string Place, string Postcode, bool Male, string Occupation, string? Title);

    public static void Write(string path, int rows, int seed)
    {
        var random = new Random(seed);
        var surnames = Distinct(random, 2_500, () => Word(random, SurnameEndings));
        foreach (var common in new[] { "smith", "jones", "taylor", "brown", "williams", "wilson", "johnson", "davies", "robinson", "wright", "thompson", "evans", "walker", "white", "roberts", "green", "hall", "wood", "jackson", "clarke" })
        {
            surnames.Insert(0, common);
        }

        var places = Distinct(random, 700, () => Word(random, PlaceEndings));
        var districts = places.ToDictionary(p => p, _ => string.Create(CultureInfo.InvariantCulture, $"{(char)('a' + random.Next(26))}{(char)('a' + random.Next(26))}{random.Next(1, 30)}"), StringComparer.Ordinal);

        var persons = new List<(Person Person, int Records)>();
        var total = 0;
        while (total < rows)
        {
            // A family: one surname, place and postcode district; children born 20-40 years after a parent,
            // the eldest son often named after his father.
            var surname = Zipf(random, surnames, 1.05);
            var place = Zipf(random, places, 0.9);
            var postcode = districts[place] + " " + random.Next(1, 10).ToString(CultureInfo.InvariantCulture);
            var generations = random.Next(1, 4);
            var year = random.Next(1700, 1880);
            string? fatherName = null;
            for (var g = 0; g < generations && total < rows; g++)
            {
                var children = g == 0 ? 1 : random.Next(1, 4);
                string? eldestSon = null;
                for (var c = 0; c < children && total < rows; c++)
                {
                    var male = random.NextDouble() < 0.7;
                    var first = male && fatherName is not null && eldestSon is null && random.NextDouble() < 0.5 ? fatherName : Zipf(random, male ? MaleNames : FemaleNames, 1.0);
                    var bornYear = Math.Min(1920, year + (g * random.Next(20, 40)) + (c * random.Next(1, 4)));
                    var born = new DateOnly(bornYear, random.Next(1, 13), random.Next(1, 29));
                    var middle = random.NextDouble() < 0.3 ? Zipf(random, male ? MaleNames : FemaleNames, 1.0) : null;
                    var title = random.NextDouble() < 0.05 ? (male ? "sir" : "lady") : null;
                    var person = new Person(persons.Count + 1, first, middle, surname, born, place, postcode + random.Next(10).ToString(CultureInfo.InvariantCulture) + (char)('a' + random.Next(26)) + (char)('a' + random.Next(26)), male, Zipf(random, Occupations, 0.8), title);
                    var records = RecordCount(random);
                    persons.Add((person, Math.Min(records, rows - total)));
                    total += Math.Min(records, rows - total);
                    if (male && eldestSon is null)
                    {
                        eldestSon = first;
                    }
                }

                fatherName = eldestSon ?? fatherName;
            }
        }

        using var writer = new StreamWriter(path, false, new UTF8Encoding(false));
        writer.WriteLine(Header);
        foreach (var (person, records) in persons)
        {
            for (var r = 0; r < records; r++)
            {
                writer.WriteLine(Row(random, person, r, places, districts));
            }
        }
    }

    // Most people have a few records; a handful of the famous have hundreds.
    private static int RecordCount(Random random)
    {
        var u = random.NextDouble();
        if (u < 0.001)
        {
            return random.Next(100, 600);
        }

        if (u < 0.01)
        {
            return random.Next(20, 60);
        }

        var count = 1;
        while (random.NextDouble() < 0.72 && count < 15)
        {
            count++;
        }

        return count;
    }

    private static string Row(Random random, Person person, int index, List<string> places, Dictionary<string, string> districts)
    {
        // As in the public file, the split names are almost never empty; the whole name varies most.
        var first = Maybe(random, 0.005) ? null : Variant(random, person.First, 0.08, Nicknames);
        var surname = Maybe(random, 0.01) ? null : Variant(random, person.Surname, 0.08, null);
        var shownFirst = first ?? person.First;
        var shownSurname = surname ?? person.Surname;
        var peerage = person.Title is not null && random.NextDouble() < 0.5 ? $", 1st baron {person.Surname} of {person.Place}" : "";
        var full = Maybe(random, 0.1) ? null : string.Join(' ', new[] { person.Title, shownFirst, person.Middle, shownSurname }.Where(p => p is not null && (p != person.Middle || random.NextDouble() < 0.7))) + peerage;
        var firstAndSurname = Maybe(random, 0.1) ? null : shownFirst + " " + shownSurname;
        var dob = Maybe(random, 0.22) ? null : Date(random, person.Born);
        var place = Maybe(random, 0.15) ? null : random.NextDouble() < 0.05 ? places[random.Next(places.Count)] : Variant(random, person.Place, 0.2, null);
        var postcode = Maybe(random, 0.2) ? null : random.NextDouble() < 0.5 ? person.Postcode
            : districts[person.Place] + " " + random.Next(1, 10).ToString(CultureInfo.InvariantCulture) + random.Next(10).ToString(CultureInfo.InvariantCulture) + (char)('a' + random.Next(26)) + (char)('a' + random.Next(26));
        var gender = Maybe(random, 0.1) ? (random.NextDouble() < 0.5 ? null : "unknown") : person.Male ? "male" : "female";
        var occupation = Maybe(random, 0.3) ? null : random.NextDouble() < 0.85 ? person.Occupation : Occupations[random.Next(Occupations.Length)];
        var id = string.Create(CultureInfo.InvariantCulture, $"Q{person.Id}-{index + 1}");
        var cluster = string.Create(CultureInfo.InvariantCulture, $"Q{person.Id}");
        return string.Join(',', new[] { id, full, firstAndSurname, first, surname, dob, place, postcode, gender, occupation, cluster }.Select(v => v is null ? "" : v.Contains(',', StringComparison.Ordinal) ? $"\"{v}\"" : v));
    }

    private static string Date(Random random, DateOnly born)
    {
        var u = random.NextDouble();
        var date = u switch
        {
            < 0.84 => born,
            < 0.90 => new DateOnly(born.Year + (random.Next(2) * 2) - 1, born.Month, born.Day),
            < 0.95 => new DateOnly(born.Year, born.Month, random.Next(1, 29)),
            _ => new DateOnly(born.Year, random.Next(1, 13), born.Day),
        };
        return date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
    }

    private static string Variant(Random random, string value, double typo, Dictionary<string, string[]>? nicknames)
    {
        if (nicknames is not null && nicknames.TryGetValue(value, out var options) && random.NextDouble() < 0.2)
        {
            return options[random.Next(options.Length)];
        }

        if (random.NextDouble() >= typo || value.Length < 3)
        {
            return value;
        }

        var chars = value.ToCharArray().ToList();
        var at = random.Next(1, chars.Count);
        switch (random.Next(4))
        {
            case 0:
                chars.RemoveAt(at);
                break;
            case 1:
                chars.Insert(at, (char)('a' + random.Next(26)));
                break;
            case 2:
                chars[at] = (char)('a' + random.Next(26));
                break;
            default:
                (chars[at - 1], chars[at]) = (chars[at], chars[at - 1]);
                break;
        }

        return new string([.. chars]).Trim();
    }

    private static bool Maybe(Random random, double p) => random.NextDouble() < p;

    private static string Zipf(Random random, IReadOnlyList<string> values, double exponent)
    {
        // Inverse-CDF on a continuous power law: rank ~ u^(-1/(s-1)) would diverge at s=1, so sample by rejection.
        while (true)
        {
            var rank = random.Next(values.Count);
            if (random.NextDouble() < Math.Pow(1.0 / (rank + 1), exponent) * 4 || rank < 4)
            {
                return values[rank];
            }
        }
    }

    private static string Word(Random random, string[] endings) =>
        Syllables[random.Next(Syllables.Length)] + (random.NextDouble() < 0.5 ? Syllables[random.Next(Syllables.Length)] : "") + endings[random.Next(endings.Length)];

    private static List<string> Distinct(Random random, int count, Func<string> make)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var attempts = 0;
        while (seen.Count < count && attempts++ < count * 20)
        {
            seen.Add(make());
        }

        return [.. seen];
    }
}
