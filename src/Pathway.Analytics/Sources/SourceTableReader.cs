using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using Pathway.Analytics.Sources.CodeLists;
using Sylvan.Data.Csv;

namespace Pathway.Analytics.Sources;

/// <summary>
/// Reads an outside table: SDMX-CSV 1.0 (first column DATAFLOW, or the ECB's KEY), SDMX-CSV 2.0
/// and 2.1 (STRUCTURE, STRUCTURE_ID, ACTION ...), each with labels=id, both or name and the key
/// columns, or a plain CSV table. Either every row is sound and the table comes back whole, or
/// the faults come back, each with its line and column, and nothing else.
/// </summary>
internal static partial class SourceTableReader
{
    /// <summary>Past this many faults the rest are only counted: a wrong file would otherwise answer with a fault per line.</summary>
    public const int MostProblems = 1000;

    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    // Names plain tables give their time and value columns (Eurostat, the UN, GUS's Bank Danych Lokalnych in Polish).
    private static readonly string[] TimeNames = ["TIME_PERIOD", "TIME", "PERIOD", "REF_PERIOD", "DATE", "YEAR", "ROK", "OKRES"];
    private static readonly string[] ValueNames = ["OBS_VALUE", "VALUE", "VAL", "AMOUNT", "COUNT", "NUMBER", "WARTOSC", "WARTOŚĆ"];

    // Columns that are never dimensions, wherever they stand: SDMX's cross-domain observation attributes,
    // the custom columns of Eurostat's and the .Stat Suite's files, the flag columns of older downloads.
    private static readonly Dictionary<string, Role> KnownColumns = new(StringComparer.OrdinalIgnoreCase)
    {
        ["OBS_STATUS"] = Role.Status,
        ["OBS_FLAG"] = Role.Flag,
        ["FLAG"] = Role.Flag,
        ["FLAGS"] = Role.Flag,
        ["FLAG CODES"] = Role.Flag,
        ["FLAG AND FOOTNOTES"] = Role.Flag,
        ["CONF_STATUS"] = Role.Confidentiality,
        ["OBS_CONF"] = Role.Confidentiality,
        ["UNIT_MULT"] = Role.UnitMultiplier,
        ["DECIMALS"] = Role.Other,
        ["OBS_PRE_BREAK"] = Role.Other,
        ["OBS_COM"] = Role.Other,
        ["COMMENT_OBS"] = Role.Other,
        ["TIME_FORMAT"] = Role.Other,
        ["EMBARGO_TIME"] = Role.Other,
        ["LAST UPDATE"] = Role.Other,
        ["LAST_UPDATE"] = Role.Other,
        ["UPDATED"] = Role.Other,
        ["VALID_FROM"] = Role.Other,
        ["VALID_TO"] = Role.Other,
    };

    private enum Role
    {
        Dimension,
        Time,
        Value,
        Status,
        Flag,
        Confidentiality,
        UnitMultiplier,
        Other,
    }

    private sealed record Column(string Id, string? Label, int Index, int NameIndex, Role Role)
    {
        public int Number => Index + 1;
    }

    public static SourceReading Read(byte[] content, SourceOptions options)
    {
        string text;
        try
        {
            text = StrictUtf8.GetString(content);
        }
        catch (DecoderFallbackException e)
        {
            var line = 1 + content.AsSpan(0, Math.Max(0, e.Index)).Count((byte)'\n');
            return Refused(new SourceProblem(line, null, 0, SourceProblemKind.NotText));
        }

        return Read(text, options);
    }

    public static SourceReading Read(string text, SourceOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        text = text.TrimStart('\uFEFF');
        if (string.IsNullOrWhiteSpace(text))
        {
            return Refused(new SourceProblem(0, null, 0, SourceProblemKind.Empty));
        }

        var separator = options.Separator ?? DetectSeparator(text);
        using var csv = CsvDataReader.Create(new StringReader(text), new CsvDataReaderOptions
        {
            Delimiter = separator,
            HasHeaders = false,
            // '#' starts no comment in a data file; a NUL never occurs in text.
            Comment = '\0',
            MaxBufferSize = 1 << 24,
        });
        try
        {
            return new Reading(csv, separator, options).Run();
        }
        catch (CsvFormatException e)
        {
            return Refused(new SourceProblem(e.RowNumber, null, e.FieldOrdinal + 1, SourceProblemKind.Malformed));
        }
    }

    /// <summary>
    /// The separator of a file: SDMX-CSV 2.x names it as the character after STRUCTURE (or after its
    /// bracketed sub-field separator); otherwise the one of comma, semicolon, tab and pipe that the
    /// header holds most often outside quotes (comma on a tie).
    /// </summary>
    public static char DetectSeparator(string text)
    {
        var end = text.IndexOfAny(['\r', '\n']);
        var header = end < 0 ? text : text[..end];
        var structure = StructureHeader().Match(header);
        if (structure.Success && structure.Index == 0 && structure.Length < header.Length)
        {
            var after = header[structure.Length];
            if (SourceOptions.Separators.Contains(after))
            {
                return after;
            }
        }

        var counts = new int[SourceOptions.Separators.Count];
        var quoted = false;
        foreach (var c in header)
        {
            if (c == '"')
            {
                quoted = !quoted;
            }
            else if (!quoted && IndexOf(c) is var i and >= 0)
            {
                counts[i]++;
            }
        }

        var best = 0;
        for (var i = 1; i < counts.Length; i++)
        {
            if (counts[i] > counts[best])
            {
                best = i;
            }
        }

        return SourceOptions.Separators[best];
    }

    private static int IndexOf(char c)
    {
        for (var i = 0; i < SourceOptions.Separators.Count; i++)
        {
            if (SourceOptions.Separators[i] == c)
            {
                return i;
            }
        }

        return -1;
    }

    private static SourceReading Refused(params SourceProblem[] problems) => new(null, problems);

    /// <summary>"CODE: Label" (labels=both) as its code and label; Eurostat writes no space after the colon.</summary>
    private static (string Code, string? Label) SplitLabel(string cell)
    {
        var colon = cell.IndexOf(':', StringComparison.Ordinal);
        if (colon < 0)
        {
            return (cell.Trim(), null);
        }

        var label = cell[(colon + 1)..].Trim();
        return (cell[..colon].Trim(), label.Length == 0 ? null : label);
    }

    /// <summary>A structure's id (AGENCY:ID(VERSION), the version optional) and the name after it (labels=both).</summary>
    private static (string Id, string? Label) SplitStructure(string cell)
    {
        var match = StructureId().Match(cell.Trim());
        if (!match.Success)
        {
            return (cell.Trim(), null);
        }

        var label = match.Groups["label"].Value.Trim();
        return (match.Groups["id"].Value, label.Length == 0 ? null : label);
    }

    /// <summary>A code looks like a code (SDMX's IDType, as agencies write them: capitals, digits, _ and -), not like a label.</summary>
    private static bool LooksLikeCode(string value) => CodeShape().IsMatch(value);

    [GeneratedRegex(@"^STRUCTURE(\[[^\]]*\])?", RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture | RegexOptions.IgnoreCase, matchTimeoutMilliseconds: 1000)]
    private static partial Regex StructureHeader();

    [GeneratedRegex(@"^(?<id>[^:()\s]+:[^:()\s]+(\([^()]*\))?)(:(?<label>.*))?$", RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture | RegexOptions.Singleline, matchTimeoutMilliseconds: 1000)]
    private static partial Regex StructureId();

    [GeneratedRegex(@"^[A-Z0-9_@$\-]+$", RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture, matchTimeoutMilliseconds: 1000)]
    private static partial Regex CodeShape();

    // Eurostat's value with its flags in one cell: "1 234 p", ": c".
    [GeneratedRegex(@"^(?<value>.*?)\s+(?<flag>[a-z]{1,4})$", RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture, matchTimeoutMilliseconds: 1000)]
    private static partial Regex ValueWithFlag();
}
