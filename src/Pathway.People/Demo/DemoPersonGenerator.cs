using Pathway.People.Registry;
using Pathway.Platform.Demo;

namespace Pathway.People.Demo;

/// <summary>
/// Deterministic synthetic persons: the same seed gives the same registry, so demos,
/// screenshots and benchmarks are repeatable.
/// </summary>
internal sealed class DemoPersonGenerator(int seed, Guid tenantId, IReadOnlyList<Guid> officeUnits, Guid ngo, DateTime now, double duplicateShare = 0)
{
    // Duplicates are drawn from the recent past: a person comes back within months, not decades.
    private const int RecentCapacity = 100_000;
    private readonly Random random = new(seed);
    private readonly DateOnly today = DateOnly.FromDateTime(now);
    private readonly List<DemoRecord> recent = [];
    // A number of one kind and issuing state belongs to one person (the registry's unique index).
    private readonly HashSet<(DocumentKind, string, string)> issued = [];

    public IEnumerable<Person> Generate(int count) => GenerateRecords(count).Select(r => r.Person);

    /// <summary>Persons with the id of the real person behind each record: a duplicate shares its original's.</summary>
    public IEnumerable<DemoRecord> GenerateRecords(int count)
    {
        for (var i = 0; i < count; i++)
        {
            DemoRecord record;
            if (recent.Count > 0 && random.NextDouble() < duplicateShare)
            {
                var original = recent[random.Next(recent.Count)];
                record = new DemoRecord(Duplicate(original.Person), original.RealPerson);
            }
            else
            {
                var person = Next();
                record = new DemoRecord(person, person.Id);
                if (recent.Count < RecentCapacity)
                {
                    recent.Add(record);
                }
                else
                {
                    recent[random.Next(RecentCapacity)] = record;
                }
            }

            yield return record;
        }
    }

    private Person Duplicate(Person original)
    {
        var details = DemoVariants.VariantOf(original, random);
        var registered = original.RegisteredAt.AddDays(random.Next(1, 400));
        if (registered > now)
        {
            registered = now;
        }

        var organisation = random.Next(10) == 0 ? ngo : officeUnits[random.Next(officeUnits.Count)];
        var person = Person.Register(details, tenantId, organisation, registered, NextId(registered));
        person.ClearDomainEvents();
        var passport = original.Documents.First();
        // Half come back on the same passport; the others on a new one (renewed, or another identity).
        var samePassport = random.Next(2) == 0;
        var number = samePassport ? passport.Number : NewNumber(passport.Kind, passport.IssuingState, passport.Number);
        var document = person.AddDocument(passport.Kind, number, passport.IssuingState, passport.IssuedOn, passport.ExpiresOn);
        if (samePassport)
        {
            // The demo's "one document number on two persons": recorded as a deliberate exception,
            // as a supervisor would, so the second record can be saved at all.
            document.SharedNumberReason = DemoSharedNumberReason;
        }

        return person;
    }

    /// <summary>A version-7 id (time-ordered, like the registry's own) whose random part comes from the seed, so reruns give the same ids.</summary>
    private Guid NextId(DateTime at)
    {
        Span<byte> bytes = stackalloc byte[16];
        random.NextBytes(bytes);
        var milliseconds = new DateTimeOffset(at, TimeSpan.Zero).ToUnixTimeMilliseconds();
        for (var i = 0; i < 6; i++)
        {
            bytes[i] = (byte)(milliseconds >> (8 * (5 - i)));
        }

        bytes[6] = (byte)(0x70 | (bytes[6] & 0x0f));
        bytes[8] = (byte)(0x80 | (bytes[8] & 0x3f));
        return new Guid(bytes, bigEndian: true);
    }

    public const string DemoSharedNumberReason = "demo data: a second record of the same person on the same passport";

    private string NewNumber(DocumentKind kind, string state, string like) => Number(kind, state, new string(like.Select(c => char.IsDigit(c) ? '#' : 'L').ToArray()));

    // About one new person in six is a relative of someone already registered: a sibling (now and
    // then a twin) or a child named after a parent, with the family's surname and birthplace.
    private const double FamilyShare = 0.16;

    private Person Next()
    {
        if (recent.Count > 0 && random.NextDouble() < FamilyShare)
        {
            return Relative(recent[random.Next(recent.Count)].Person);
        }

        var stock = PickCountry();
        var female = random.Next(2) == 0;
        var given = DemoNames.Split(Pick(female ? stock.FemaleGiven : stock.MaleGiven));
        var surnames = female && stock.FemaleSurnames.Length > 0 ? stock.FemaleSurnames : stock.MaleSurnames;
        var surname = DemoNames.Split(Pick(surnames));
        if (random.Next(10) == 0)
        {
            // Some people carry two given names.
            var second = DemoNames.Split(Pick(female ? stock.FemaleGiven : stock.MaleGiven));
            if (second.Latin != given.Latin)
            {
                given = ($"{given.Native} {second.Native}", $"{given.Latin} {second.Latin}");
            }
        }

        return Create(stock, female, given, surname, BirthDate(), Pick(stock.Cities).Split('|')[^1]);
    }

    /// <summary>
    /// A sibling or child of <paramref name="relative"/>: same surname, citizenship and birthplace,
    /// so that the registry holds the namesakes and near-namesakes families bring.
    /// </summary>
    private Person Relative(Person relative)
    {
        var stock = DemoNames.All.First(s => s.Citizenship == relative.Citizenship);
        // A gendered surname (Ivanova / Ivanov) keeps the sex, so the family name stays one string.
        var female = stock.FemaleSurnames.Length > 0 ? relative.Sex == Sex.Female : random.Next(2) == 0;
        var surname = (relative.NativeSurname ?? relative.Surname, relative.Surname);
        var from = relative.BirthDate;
        var roll = random.Next(100);
        if (roll < 20 && female == (relative.Sex == Sex.Female))
        {
            // Named after the parent: the same full name, a generation later.
            var born = from.AddYears(random.Next(18, 36)).AddDays(random.Next(365));
            if (born < today)
            {
                return Create(stock, female, (relative.NativeGivenNames ?? relative.GivenNames, relative.GivenNames), surname, born, relative.BirthPlace ?? Pick(stock.Cities).Split('|')[^1]);
            }
        }

        var given = DemoNames.Split(Pick(female ? stock.FemaleGiven : stock.MaleGiven));
        var birth = roll >= 95 ? from : from.AddYears(random.Next(1, 13) * (random.Next(2) == 0 ? 1 : -1)).AddDays(random.Next(-180, 180));
        return Create(stock, female, given, surname, birth > today ? today.AddDays(-random.Next(1, 365)) : birth, relative.BirthPlace ?? Pick(stock.Cities).Split('|')[^1]);
    }

    private Person Create(DemoNames stock, bool female, (string Native, string Latin) given, (string Native, string Latin) surname, DateOnly birthDate, string city)
    {
        var hasNative = stock.Script is not null || surname.Native != surname.Latin || given.Native != given.Latin;
        // One in ten records belongs to the partner NGO; the rest to the office's units.
        var organisation = random.Next(10) == 0 ? ngo : officeUnits[random.Next(officeUnits.Count)];
        var details = new PersonDetails(
            surname.Latin.ToUpperInvariant(),
            given.Latin.ToUpperInvariant(),
            female ? Sex.Female : Sex.Male,
            birthDate,
            stock.Citizenship,
            hasNative ? surname.Native : null,
            hasNative ? given.Native : null,
            stock.Script ?? (hasNative ? "Latn" : null),
            city);
        var registered = now.AddMinutes(-random.Next(60 * 24 * 365 * 4));
        var person = Person.Register(details, tenantId, organisation, registered, NextId(registered));
        person.ClearDomainEvents();

        var passportIssued = today.AddDays(-random.Next(1, 365 * 9));
        person.AddDocument(DocumentKind.Passport, Number(DocumentKind.Passport, stock.Citizenship, stock.PassportPattern), stock.Citizenship, passportIssued, passportIssued.AddYears(10).AddDays(-1));
        if (random.Next(5) < 2)
        {
            var cardIssued = today.AddDays(-random.Next(1, 365 * 3));
            person.AddDocument(DocumentKind.ResidenceCard, Number(DocumentKind.ResidenceCard, "POL", "RP#######"), "POL", cardIssued, cardIssued.AddYears(3));
        }

        return person;
    }

    private DemoNames PickCountry() => DemoNames.PickCountry(random);

    private DateOnly BirthDate()
    {
        // Mostly working age; about one in seven is a child who came with family.
        var age = random.Next(7) == 0 ? random.Next(0, 18) : random.Next(18, 66);
        return today.AddYears(-age).AddDays(-random.Next(0, 365));
    }

    /// <summary>A number no other demo person holds for this kind and issuing state.</summary>
    private string Number(DocumentKind kind, string state, string pattern)
    {
        while (true)
        {
            var number = Number(pattern);
            if (issued.Add((kind, state, number)))
            {
                return number;
            }
        }
    }

    private string Number(string pattern)
    {
        Span<char> number = stackalloc char[pattern.Length];
        for (var i = 0; i < pattern.Length; i++)
        {
            number[i] = pattern[i] switch
            {
                'L' => (char)('A' + random.Next(26)),
                '#' => (char)('0' + random.Next(10)),
                var literal => literal,
            };
        }

        return number.ToString();
    }

    private string Pick(string[] items) => items[random.Next(items.Length)];
}
