using System.Globalization;
using Pathway.Analytics.Disclosure;

namespace Pathway.Analytics.DataExchange;

/// <summary>
/// A dataset's counts as one cube for disclosure control: the months as the first dimension, then
/// the dataset's dimensions, each with its code list and the total <see cref="DatasetCatalogue.Total"/>.
/// Pure: the warehouse's counts go in, the cube comes out.
/// </summary>
internal static class DatasetCube
{
    public static string MonthCode(DateOnly month) => month.ToString("yyyy-MM", CultureInfo.InvariantCulture);

    /// <summary>
    /// The months a dataset spans: from January of the first year with a count to the later of
    /// <paramref name="currentMonth"/> and the last month with one. Whole years from the start, so
    /// the first month does not say that someone was counted in it.
    /// </summary>
    public static IReadOnlyList<DateOnly> Months(IEnumerable<DatasetRow> rows, DateOnly currentMonth)
    {
        var counted = rows.Where(r => r.Count > 0).Select(r => r.Month).ToList();
        var first = new DateOnly(counted.Count == 0 ? currentMonth.Year : counted.Min().Year, 1, 1);
        var last = counted.Count == 0 || counted.Max() < currentMonth ? currentMonth : counted.Max();
        var months = new List<DateOnly>();
        for (var month = first; month <= last; month = month.AddMonths(1))
        {
            months.Add(month);
        }

        return months;
    }

    /// <summary>
    /// The codes of an open dimension (citizenships) worth naming: those holding at least
    /// <paramref name="threshold"/> persons over the whole dataset (distinct persons where the rows
    /// count things persons have), in code order, then <see cref="DatasetCatalogue.Other"/> for the
    /// rest (always listed, so its presence says nothing).
    /// </summary>
    public static IReadOnlyList<string> NamedCodes(IEnumerable<DatasetRow> rows, int dimension, int threshold) =>
    [
        .. rows.GroupBy(r => r.Codes[dimension], StringComparer.Ordinal)
            .Where(g => Persons(g) >= threshold && g.Key != DatasetCatalogue.Other)
            .Select(g => g.Key)
            .Order(StringComparer.Ordinal),
        DatasetCatalogue.Other,
    ];

    private static long Persons(IEnumerable<DatasetRow> rows) =>
        rows.Any(r => r.Person is not null) ? rows.Where(r => r.Count > 0).Select(r => r.Person).Distinct(StringComparer.Ordinal).LongCount() : rows.Sum(r => r.Count);

    /// <summary>
    /// The cube of <paramref name="rows"/> over <paramref name="months"/> and the code lists given
    /// per dimension. A code outside its list is counted under <see cref="DatasetCatalogue.Other"/>
    /// when the list has it, and a row outside the months is left out (neither happens with the
    /// lists made by <see cref="Months"/> and <see cref="NamedCodes"/>). An empty list becomes
    /// <see cref="DatasetCatalogue.Other"/> alone.
    /// </summary>
    public static CountCube Build(ExchangeDataset dataset, IReadOnlyList<DateOnly> months, IReadOnlyList<IReadOnlyList<string>> codeLists, IEnumerable<DatasetRow> rows)
    {
        if (codeLists.Count != dataset.Dimensions.Count)
        {
            throw new ArgumentException("One code list per dimension of the dataset.", nameof(codeLists));
        }

        // An office with an empty warehouse (no application type yet) still has a dataset, of zeros.
        codeLists = [.. codeLists.Select(list => list.Count == 0 ? [DatasetCatalogue.Other] : list)];
        var monthCodes = months.Select(MonthCode).ToList();
        var dimensions = new List<CubeDimension> { CubeDimension.Flat(ExchangeDataset.TimePeriod, monthCodes, DatasetCatalogue.Total) };
        dimensions.AddRange(dataset.Dimensions.Select((d, i) => CubeDimension.Flat(d.Id, codeLists[i], DatasetCatalogue.Total, d.Sensitive)));
        var cube = new CountCube(dimensions);
        var known = codeLists.Select(list => list.ToHashSet(StringComparer.Ordinal)).ToList();
        var monthSet = monthCodes.ToHashSet(StringComparer.Ordinal);
        foreach (var row in rows)
        {
            var month = MonthCode(row.Month);
            if (row.Count == 0 || !monthSet.Contains(month))
            {
                continue;
            }

            var codes = new string[row.Codes.Count + 1];
            codes[0] = month;
            var fits = true;
            for (var d = 0; d < row.Codes.Count; d++)
            {
                var code = row.Codes[d];
                codes[d + 1] = known[d].Contains(code) ? code : known[d].Contains(DatasetCatalogue.Other) ? DatasetCatalogue.Other : "";
                fits &= codes[d + 1].Length > 0;
            }

            if (fits && row.Person is { } person)
            {
                cube.Add(codes, row.Count, person);
            }
            else if (fits)
            {
                cube.Add(codes, row.Count);
            }
        }

        return cube;
    }
}
