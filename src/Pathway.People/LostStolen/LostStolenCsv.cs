using System.Globalization;
using System.Text;
using Microsoft.Extensions.Localization;
using Pathway.People.Registry;

namespace Pathway.People.LostStolen;

public sealed record LostStolenRow(string Number, string IssuingState, DateOnly? ReportedOn, string? Source);

public sealed record CsvLineError(int Line, string Message);

/// <summary>
/// Reads a lost/stolen document list: a header with <c>number</c> and <c>issuing_state</c>, and
/// optionally <c>reported_on</c> (YYYY-MM-DD) and <c>source</c>. Any bad line rejects the whole
/// file, so a list is never half imported.
/// </summary>
public static class LostStolenCsv
{
    public const int MaxErrors = 50;
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    public static (IReadOnlyList<LostStolenRow> Rows, IReadOnlyList<CsvLineError> Errors) Parse(byte[] content, IStringLocalizer text)
    {
        string csv;
        try
        {
            csv = StrictUtf8.GetString(content);
        }
        catch (DecoderFallbackException e)
        {
            var line = 1 + content.AsSpan(0, Math.Max(0, e.Index)).Count((byte)'\n');
            return ([], [new CsvLineError(line, text["The file is not UTF-8 text (save it as CSV UTF-8)."])]);
        }

        var lines = csv.TrimStart('\uFEFF').Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n');
        if (lines.Length == 0 || string.IsNullOrWhiteSpace(lines[0]))
        {
            return ([], [new CsvLineError(1, text["The file is empty: it needs a header line with number and issuing_state."])]);
        }

        var header = Split(lines[0]).Select(h => h.Trim().ToLowerInvariant().Replace(" ", "_", StringComparison.Ordinal)).ToList();
        var number = header.IndexOf("number");
        var state = header.IndexOf("issuing_state");
        var reported = header.IndexOf("reported_on");
        var source = header.IndexOf("source");
        if (number < 0 || state < 0)
        {
            return ([], [new CsvLineError(1, text["The header must name the columns number and issuing_state; it has: {0}.", string.Join(", ", header)])]);
        }

        var rows = new List<LostStolenRow>();
        var errors = new List<CsvLineError>();
        for (var i = 1; i < lines.Length && errors.Count < MaxErrors; i++)
        {
            if (string.IsNullOrWhiteSpace(lines[i]))
            {
                continue;
            }

            var fields = Split(lines[i]);
            var line = i + 1;
            if (fields.Count != header.Count)
            {
                errors.Add(new CsvLineError(line, text["Expected {0} fields, found {1}.", header.Count, fields.Count]));
                continue;
            }

            var documentNumber = IdentityDocument.NormaliseNumber(fields[number]);
            if (documentNumber.Length is < 3 or > 32)
            {
                errors.Add(new CsvLineError(line, text["'{0}' is not a document number (3 to 32 letters and digits).", fields[number]]));
                continue;
            }

            var issuing = fields[state].Trim().ToUpperInvariant();
            if (!(issuing == "D" || (issuing.Length == 3 && issuing.All(char.IsAsciiLetterUpper))))
            {
                errors.Add(new CsvLineError(line, text["'{0}' is not a three-letter country code.", fields[state]]));
                continue;
            }

            DateOnly? on = null;
            if (reported >= 0 && !string.IsNullOrWhiteSpace(fields[reported]))
            {
                if (!DateOnly.TryParseExact(fields[reported].Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
                {
                    errors.Add(new CsvLineError(line, text["'{0}' is not a date in the form YYYY-MM-DD.", fields[reported]]));
                    continue;
                }

                on = date;
            }

            rows.Add(new LostStolenRow(documentNumber, issuing, on, source >= 0 ? fields[source].Trim() : null));
        }

        return errors.Count > 0 ? ([], errors) : (rows, []);
    }

    /// <summary>Comma-separated fields; double quotes enclose a field with commas, "" is a quote.</summary>
    private static List<string> Split(string line)
    {
        var fields = new List<string>();
        var current = new StringBuilder();
        var quoted = false;
        for (var i = 0; i < line.Length; i++)
        {
            var c = line[i];
            if (quoted)
            {
                if (c == '"' && i + 1 < line.Length && line[i + 1] == '"')
                {
                    current.Append('"');
                    i++;
                }
                else if (c == '"')
                {
                    quoted = false;
                }
                else
                {
                    current.Append(c);
                }
            }
            else if (c == '"')
            {
                quoted = true;
            }
            else if (c == ',')
            {
                fields.Add(current.ToString());
                current.Clear();
            }
            else
            {
                current.Append(c);
            }
        }

        fields.Add(current.ToString());
        return fields;
    }
}
