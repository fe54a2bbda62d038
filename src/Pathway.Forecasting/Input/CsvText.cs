using System.Globalization;
using System.Text;

namespace Pathway.Forecasting.Input;

/// <summary>
/// A small uploaded CSV file: the header and the non-blank rows with their 1-based line numbers.
/// Fields are trimmed and may be quoted ("a, b" and doubled quotes). The delimiter is a comma, or
/// a semicolon when the header has semicolons and no commas, as spreadsheets save CSV in locales
/// with a decimal comma; numbers may then use a decimal comma too.
/// </summary>
internal sealed class CsvText
{
    private CsvText(string[] header, int headerLine, List<CsvRow> rows, char delimiter)
    {
        Header = header;
        HeaderLine = headerLine;
        Rows = rows;
        Delimiter = delimiter;
    }

    public string[] Header { get; }

    public int HeaderLine { get; }

    public IReadOnlyList<CsvRow> Rows { get; }

    public char Delimiter { get; }

    /// <summary>The file, or null when it holds nothing but blank lines.</summary>
    public static CsvText? Read(TextReader reader)
    {
        ArgumentNullException.ThrowIfNull(reader);
        string[]? header = null;
        var headerLine = 0;
        var delimiter = ',';
        var rows = new List<CsvRow>();
        var number = 0;
        while (reader.ReadLine() is { } line)
        {
            number++;
            if (number == 1)
            {
                line = line.TrimStart('\uFEFF');
            }

            if (header is null)
            {
                if (string.IsNullOrWhiteSpace(line))
                {
                    continue;
                }

                delimiter = DelimiterOf(line);
                header = Split(line, delimiter);
                headerLine = number;
                continue;
            }

            var fields = Split(line, delimiter);
            if (fields.All(f => f.Length == 0))
            {
                continue; // blank, or a spreadsheet's row of empty cells
            }

            rows.Add(new CsvRow(number, fields));
        }

        return header is null ? null : new CsvText(header, headerLine, rows, delimiter);
    }

    /// <summary>The index of the first column with one of these names (case ignored), or -1.</summary>
    public int Column(params string[] names)
    {
        for (var c = 0; c < Header.Length; c++)
        {
            if (names.Any(n => string.Equals(Header[c], n, StringComparison.OrdinalIgnoreCase)))
            {
                return c;
            }
        }

        return -1;
    }

    /// <summary>A plain decimal number: no thousands separators, no exponent surprises from locale.</summary>
    public bool TryParseNumber(string text, out double value)
    {
        if (Delimiter == ';')
        {
            text = text.Replace(',', '.');
        }

        return double.TryParse(text, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint | NumberStyles.AllowExponent, CultureInfo.InvariantCulture, out value)
            && double.IsFinite(value);
    }

    /// <summary>The delimiter a header line implies: a semicolon when it has semicolons and no commas.</summary>
    public static char DelimiterOf(string header) => header.Contains(';', StringComparison.Ordinal) && !header.Contains(',', StringComparison.Ordinal) ? ';' : ',';

    public static string[] Split(string line, char delimiter)
    {
        var fields = new List<string>();
        var field = new StringBuilder();
        var quoted = false;
        for (var i = 0; i < line.Length; i++)
        {
            var ch = line[i];
            if (quoted)
            {
                if (ch == '"' && i + 1 < line.Length && line[i + 1] == '"')
                {
                    field.Append('"');
                    i++;
                }
                else if (ch == '"')
                {
                    quoted = false;
                }
                else
                {
                    field.Append(ch);
                }
            }
            else if (ch == '"')
            {
                quoted = true;
            }
            else if (ch == delimiter)
            {
                fields.Add(field.ToString().Trim());
                field.Clear();
            }
            else
            {
                field.Append(ch);
            }
        }

        fields.Add(field.ToString().Trim());
        return [.. fields];
    }

    /// <summary>Quotes a field when it holds a comma, semicolon, quote or line break.</summary>
    public static string Quote(string value) =>
        value.AsSpan().IndexOfAny(",;\"\r\n") >= 0 ? "\"" + value.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : value;
}

/// <summary>One data row: its line in the file and its trimmed fields.</summary>
internal sealed record CsvRow(int Line, string[] Fields)
{
    /// <summary>The cell in column <paramref name="column"/>, empty when the row is shorter.</summary>
    public string this[int column] => column >= 0 && column < Fields.Length ? Fields[column] : "";
}
