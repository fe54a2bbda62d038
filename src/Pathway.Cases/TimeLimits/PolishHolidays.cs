using System.Collections.Concurrent;

namespace Pathway.Cases.TimeLimits;

/// <summary>
/// Days free from work in Poland under the act of 18 January 1951 (art. 1 pkt 1, as amended), the
/// calendar the Code of Administrative Procedure counts in (KPA art. 57 §4). The list holds the law
/// as in force from 1991 on; earlier years are refused rather than answered wrongly.
/// </summary>
public static class PolishHolidays
{
    public const int FirstYear = 1991;

    /// <summary>Years past this one are refused: a deadline a few years on still fits <see cref="DateOnly"/>.</summary>
    public const int LastYear = 9990;

    private const string Act = "Ustawa z dnia 18 stycznia 1951 r. o dniach wolnych od pracy, art. 1 pkt 1";
    private static readonly DateOnly Since1991 = new(FirstYear, 1, 1);

    public static readonly IReadOnlyList<HolidayRule> Rules =
    [
        new("New Year's Day", "Nowy Rok", HolidayDate.Fixed(1, 1), Since1991, null, Act),
        // Restored by the act of 24 September 2010 (Dz.U. 2010 nr 224 poz. 1459), first kept in 2011.
        new("Epiphany", "Święto Trzech Króli", HolidayDate.Fixed(1, 6), new(2011, 1, 1), null, Act + " (Dz.U. 2010 nr 224 poz. 1459)"),
        new("Easter Sunday", "pierwszy dzień Wielkiej Nocy", HolidayDate.AfterEaster(0), Since1991, null, Act),
        new("Easter Monday", "drugi dzień Wielkiej Nocy", HolidayDate.AfterEaster(1), Since1991, null, Act),
        new("Labour Day", "Święto Państwowe", HolidayDate.Fixed(5, 1), Since1991, null, Act),
        new("Constitution Day", "Święto Narodowe Trzeciego Maja", HolidayDate.Fixed(5, 3), Since1991, null, Act),
        new("Pentecost Sunday", "pierwszy dzień Zielonych Świątek", HolidayDate.AfterEaster(49), Since1991, null, Act),
        new("Corpus Christi", "dzień Bożego Ciała", HolidayDate.AfterEaster(60), Since1991, null, Act),
        new("Assumption of Mary", "Wniebowzięcie Najświętszej Maryi Panny", HolidayDate.Fixed(8, 15), Since1991, null, Act),
        new("All Saints' Day", "Wszystkich Świętych", HolidayDate.Fixed(11, 1), Since1991, null, Act),
        new("Independence Day", "Narodowe Święto Niepodległości", HolidayDate.Fixed(11, 11), Since1991, null, Act),
        // Added by the act of 6 December 2024 (Dz.U. 2024 poz. 1965), in force from 1 February 2025.
        new("Christmas Eve", "Wigilia Bożego Narodzenia", HolidayDate.Fixed(12, 24), new(2025, 2, 1), null, Act + " (Dz.U. 2024 poz. 1965)"),
        new("Christmas Day", "pierwszy dzień Bożego Narodzenia", HolidayDate.Fixed(12, 25), Since1991, null, Act),
        new("Second Day of Christmas", "drugi dzień Bożego Narodzenia", HolidayDate.Fixed(12, 26), Since1991, null, Act),
    ];

    // Every working-day test asks for a year's list; queues of many cases ask for the same few years.
    private static readonly ConcurrentDictionary<int, IReadOnlyList<Holiday>> ByYear = new();

    public static bool Covers(int year) => year is >= FirstYear and <= LastYear;

    /// <summary>The year's holidays in date order.</summary>
    public static IReadOnlyList<Holiday> In(int year)
    {
        if (!Covers(year))
        {
            throw new ArgumentOutOfRangeException(nameof(year), year, $"Polish holidays are known for {FirstYear} to {LastYear}.");
        }

        return ByYear.GetOrAdd(year, y => [.. Rules.Select(rule => (Rule: rule, Date: rule.DateIn(y)))
            .Where(h => h.Date is not null)
            .Select(h => new Holiday(h.Date!.Value, h.Rule))
            .OrderBy(h => h.Date)]);
    }

    /// <summary>The holiday on <paramref name="date"/>, if any.</summary>
    public static Holiday? On(DateOnly date) => In(date.Year).FirstOrDefault(h => h.Date == date);
}

/// <summary>A holiday's date in one year, with the rule that makes it one.</summary>
public sealed record Holiday(DateOnly Date, HolidayRule Rule);
