using System.Globalization;
using System.Text;
using FsCheck;
using FsCheck.Fluent;

namespace Pathway.Matching.Tests;

/// <summary>What one generated column holds.</summary>
public enum ValueKind
{
    Empty,
    Constant,
    Unique,
    Names,
    Dates,
    HistoricalDates,
    LongText,
    Astral,
    Quoted,
    Numbers,
    Gender,
    Places,
}

public sealed record ColumnSpec(string Header, ValueKind Kind, int EmptyPercent);

/// <summary>A random file: any header layout, any share of empty values, sizes either side of the training minimum.</summary>
public sealed record Layout(ColumnSpec[] Columns, int Rows, int Seed)
{
    public override string ToString() =>
        string.Create(CultureInfo.InvariantCulture, $"{Rows} rows, seed {Seed}: {string.Join(", ", Columns.Select(c => $"{c.Header}:{c.Kind}:{c.EmptyPercent}%"))}");

    /// <summary>The header line and rows, the id column first; <paramref name="from"/>..<paramref name="to"/> picks a share of the rows.</summary>
    public string ToCsv(int from = 0, int to = int.MaxValue)
    {
        var random = new Random(Seed);
        var values = Columns.Select(c => Enumerable.Range(0, Rows).Select(r => Value(c, r, random)).ToArray()).ToArray();
        var text = new StringBuilder();
        text.Append("id");
        foreach (var column in Columns)
        {
            text.Append(',').Append(Escape(column.Header));
        }

        text.Append('\n');
        for (var r = from; r < Math.Min(to, Rows); r++)
        {
            text.Append(CultureInfo.InvariantCulture, $"r{r}");
            foreach (var column in values)
            {
                text.Append(',').Append(Escape(column[r] ?? ""));
            }

            text.Append('\n');
        }

        return text.ToString();
    }

    private static readonly string[] Given = ["john", "mary", "william", "elizabeth", "thomas", "anne", "Олександр", "Łukasz", "josé", "zoë"];
    private static readonly string[] Family = ["smith", "jones", "taylor", "brown", "kowalski", "Шевченко", "o'neill", "van der berg", "müller", "smith"];
    private static readonly string[] Towns = ["london", "st albans", "saint albans", "kingston upon hull", "hull", "york", "Kraków", "kyiv"];

    private string? Value(ColumnSpec column, int row, Random random)
    {
        if (column.Kind == ValueKind.Empty || random.Next(100) < column.EmptyPercent)
        {
            return null;
        }

        var person = row / 3;
        return column.Kind switch
        {
            ValueKind.Empty => null,
            ValueKind.Constant => "same",
            ValueKind.Unique => string.Create(CultureInfo.InvariantCulture, $"u{row}-{random.Next()}"),
            ValueKind.Names => random.Next(4) == 0 ? Given[random.Next(Given.Length)] + " " + Family[random.Next(Family.Length)] : Family[person % Family.Length],
            ValueKind.Dates => random.Next(5) switch
            {
                0 => "1985-13-40",
                1 => string.Create(CultureInfo.InvariantCulture, $"{1 + (person % 28):00}.{1 + (person % 12):00}.{1950 + (person % 50)}"),
                2 => "not known",
                _ => string.Create(CultureInfo.InvariantCulture, $"{1950 + (person % 50)}-{1 + (person % 12):00}-{1 + (person % 28):00}"),
            },
            ValueKind.HistoricalDates => string.Create(CultureInfo.InvariantCulture, $"{1700 + (person % 220)}-{1 + (person % 12):00}-{1 + (person % 28):00}"),
            ValueKind.LongText => new string('x', random.Next(1, 20_000)) + " " + person.ToString(CultureInfo.InvariantCulture),
            ValueKind.Astral => "𝐀𝐧𝐧𝐚 😀 " + Family[person % Family.Length] + " 𠜎",
            ValueKind.Quoted => "\"quoted, with comma\"\nand a line break",
            ValueKind.Numbers => (person % 97).ToString(CultureInfo.InvariantCulture),
            ValueKind.Gender => random.Next(4) switch { 0 => "unknown", 1 => "u", 2 => "female", _ => "m" },
            ValueKind.Places => Towns[(person + random.Next(2)) % Towns.Length],
        };
    }

    private static string Escape(string value) =>
        value.AsSpan().IndexOfAny(",\"\r\n") >= 0 ? "\"" + value.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : value;
}

/// <summary>FsCheck generators of <see cref="Layout"/>s.</summary>
public static class RandomLayouts
{
    // Headers people have, the historical set's among them, and some no rule knows; repeats allowed.
    private static readonly string[] Headers =
    [
        "full_name", "first_and_surname", "first_name", "surname", "dob", "birth_place", "postcode_fake", "gender", "occupation",
        "given_name", "last_name", "name", "date_of_birth", "city", "email", "phone", "passport", "nationality", "address_1", "sex",
        "notes", "x", "Column 7", "cluster", "Ünïcödé", "surname",
    ];

    public static Gen<Layout> Layouts(int maxRows) =>
        from count in Gen.Choose(0, 10)
        from columns in Column.ArrayOf(count)
        from rows in Gen.Elements(0, 1, 2, 3, 25, Math.Min(maxRows, 210), maxRows)
        from seed in Gen.Choose(0, 1_000_000)
        select new Layout(columns, rows, seed);

    private static Gen<ColumnSpec> Column =>
        from header in Gen.Elements(Headers)
        from kind in Gen.Elements(Enum.GetValues<ValueKind>())
        from empty in Gen.Elements(0, 0, 22, 50, 95, 100)
        select new ColumnSpec(header, kind, empty);
}
