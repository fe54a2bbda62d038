using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace Pathway.Support.Helpline;

/// <summary>
/// A call detail record as Asterisk's <c>cdr_csv</c> writes it to <c>Master.csv</c>: no header line;
/// sixteen columns (account code, source, destination, destination context, caller id, channel,
/// destination channel, last application, last data, start, answer, end, duration, billable
/// seconds, disposition, AMA flags), then the unique id when <c>loguniqueid</c> is on, the user
/// field when <c>loguserfield</c> is on, and peer account, linked id and sequence when
/// <c>newcdrcolumns</c> is on: 16 to 21 columns. Text is always quoted (a quote inside doubled),
/// numbers are bare, and a time not set (a call never answered) is an empty field. Times are the
/// server's local time as written ("2026-10-25 02:30:00"), so the autumn hour appears twice: they
/// are kept as written, and placed on the clock by the importer.
/// </summary>
public sealed record CdrRecord(
    string AccountCode, string Source, string Destination, string DestinationContext, string CallerId,
    string Channel, string DestinationChannel, string LastApplication, string LastData,
    DateTime Start, DateTime? Answer, DateTime End, int Duration, int BillableSeconds, string Disposition, string AmaFlags,
    string? UniqueId, string? UserField, string? PeerAccount, string? LinkedId, int? Sequence);

/// <summary>What is wrong with a line, and in which column (from 1; 0 for the line as a whole).</summary>
public sealed record CdrProblem(CdrProblemKind Kind, int Column, string Found);

public enum CdrProblemKind
{
    /// <summary>Not 16 to 21 columns.</summary>
    ColumnCount,

    /// <summary>A quote that does not close, or text after a closing quote.</summary>
    Quoting,

    /// <summary>A number that is quoted, empty or not a whole number.</summary>
    Number,

    /// <summary>A time not written as yyyy-MM-dd HH:mm:ss (start and end must be there).</summary>
    Time,

    /// <summary>Text where cdr_csv writes text quoted.</summary>
    Unquoted,
}

public static partial class CdrLine
{
    public const int BaseColumns = 16;
    public const int MaxColumns = 21;

    private const string TimeFormat = "yyyy-MM-dd HH:mm:ss";

    /// <summary>Reads one line of Master.csv (without its line end): the record, or what is wrong with it.</summary>
    public static (CdrRecord? Record, CdrProblem? Problem) Parse(string line)
    {
        if (Fields(line) is not { } fields)
        {
            return (null, new CdrProblem(CdrProblemKind.Quoting, 0, line));
        }

        if (fields.Count is < BaseColumns or > MaxColumns)
        {
            return (null, new CdrProblem(CdrProblemKind.ColumnCount, 0, fields.Count.ToString(CultureInfo.InvariantCulture)));
        }

        // Which optional columns are there: the three of newcdrcolumns end with a bare number (the
        // sequence); of the unique id and the user field, one alone is told apart by its shape.
        var extra = fields.Count - BaseColumns;
        var hasNew = extra >= 3 && !fields[^1].Quoted;
        var middle = extra - (hasNew ? 3 : 0);
        if (middle > 2)
        {
            return (null, new CdrProblem(CdrProblemKind.Number, fields.Count, fields[^1].Value));
        }

        var problem = default(CdrProblem);
        string Text(int column)
        {
            var field = fields[column - 1];
            if (!field.Quoted && field.Value.Length > 0)
            {
                problem ??= new CdrProblem(CdrProblemKind.Unquoted, column, field.Value);
            }

            return field.Value;
        }

        int Number(int column)
        {
            var field = fields[column - 1];
            if (field.Quoted || !int.TryParse(field.Value, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var number))
            {
                problem ??= new CdrProblem(CdrProblemKind.Number, column, field.Value);
                return 0;
            }

            return number;
        }

        DateTime? Time(int column, bool required)
        {
            var value = fields[column - 1].Value;
            if (value.Length == 0 && !required)
            {
                return null;
            }

            if (DateTime.TryParseExact(value, TimeFormat, CultureInfo.InvariantCulture, DateTimeStyles.None, out var time))
            {
                return time;
            }

            problem ??= new CdrProblem(CdrProblemKind.Time, column, value);
            return null;
        }

        string? uniqueId = null, userField = null;
        if (middle == 2)
        {
            (uniqueId, userField) = (Text(17), Text(18));
        }
        else if (middle == 1)
        {
            var one = Text(17);
            if (UniqueIdShape().IsMatch(one))
            {
                uniqueId = one;
            }
            else
            {
                userField = one;
            }
        }

        var next = BaseColumns + middle;
        var record = new CdrRecord(
            Text(1), Text(2), Text(3), Text(4), Text(5), Text(6), Text(7), Text(8), Text(9),
            Time(10, required: true) ?? default, Time(11, required: false), Time(12, required: true) ?? default,
            Number(13), Number(14), Text(15), Text(16), uniqueId, userField,
            hasNew ? Text(next + 1) : null, hasNew ? Text(next + 2) : null, hasNew ? Number(next + 3) : null);
        return problem is null ? (record, null) : (null, problem);
    }

    /// <summary>The line's fields as written, or null when a quote does not close or text follows one.</summary>
    internal static List<(string Value, bool Quoted)>? Fields(string line)
    {
        var fields = new List<(string, bool)>();
        var i = 0;
        while (true)
        {
            if (i < line.Length && line[i] == '"')
            {
                var text = new StringBuilder();
                i++;
                while (true)
                {
                    if (i >= line.Length)
                    {
                        return null;
                    }

                    if (line[i] == '"')
                    {
                        if (i + 1 < line.Length && line[i + 1] == '"')
                        {
                            text.Append('"');
                            i += 2;
                            continue;
                        }

                        i++;
                        break;
                    }

                    text.Append(line[i++]);
                }

                fields.Add((text.ToString(), true));
                if (i < line.Length && line[i] != ',')
                {
                    return null;
                }
            }
            else
            {
                var end = line.IndexOf(',', i);
                var value = end < 0 ? line[i..] : line[i..end];
                if (value.Contains('"', StringComparison.Ordinal))
                {
                    return null;
                }

                fields.Add((value, false));
                i = end < 0 ? line.Length : end;
            }

            if (i >= line.Length)
            {
                return fields;
            }

            i++; // the comma
        }
    }

    // Asterisk's unique ids: the epoch seconds, a dot and a counter, after an optional system name ("pbx1-1730000000.17").
    [GeneratedRegex(@"^(?:[A-Za-z0-9_.-]{1,64}-)?\d{9,11}\.\d{1,10}$", RegexOptions.CultureInvariant | RegexOptions.NonBacktracking)]
    private static partial Regex UniqueIdShape();
}
