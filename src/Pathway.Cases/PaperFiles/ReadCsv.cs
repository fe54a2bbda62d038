using System.Globalization;
using System.Text;

namespace Pathway.Cases.PaperFiles;

/// <summary>
/// Reads a CSV export of reader events: a header naming <c>reader</c>, <c>epc</c> and <c>time</c>
/// (any order, optional <c>bizStep</c> and <c>disposition</c>), then one read per line. The time is
/// ISO 8601 with its offset. A line that cannot be read becomes a problem with its number; only a
/// file without the header is refused.
/// </summary>
public static class ReadCsv
{
    private static readonly string[] Required = ["reader", "epc", "time"];

    public static CaptureBatch? Read(string csv, out string refusal)
    {
        refusal = "";
        var lines = csv.TrimStart('\uFEFF').Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n');
        var header = Fields(lines[0]).Select(h => h.Trim().ToLowerInvariant()).ToList();
        if (Required.FirstOrDefault(c => !header.Contains(c)) is { } missing)
        {
            refusal = $"The first line must be a header naming reader, epc and time; it has no {missing}.";
            return null;
        }

        int Column(string name) => header.IndexOf(name.ToLowerInvariant());
        var (reader, epc, time, step, disposition) = (Column("reader"), Column("epc"), Column("time"), Column("bizStep"), Column("disposition"));
        var reads = new List<ReadInput>();
        var problems = new List<InputProblem>();
        for (var i = 1; i < lines.Length; i++)
        {
            var line = lines[i];
            if (string.IsNullOrWhiteSpace(line))
            {
                continue;
            }

            var number = i + 1;
            var fields = Fields(line);
            string? At(int column) => column >= 0 && column < fields.Count && !string.IsNullOrWhiteSpace(fields[column]) ? fields[column].Trim() : null;
            if (fields.Count < header.Count || At(reader) is null || At(epc) is null)
            {
                problems.Add(new InputProblem(AnomalyKind.MalformedRow, ReadSource.Csv, FormattableString.Invariant($"Line {number}: it needs a reader, an EPC and a time."), line, Line: number));
                continue;
            }

            var timeText = At(time);
            if (timeText is null || !EpcisDocumentReader.HasOffset().IsMatch(timeText)
                || !DateTimeOffset.TryParse(timeText, CultureInfo.InvariantCulture, DateTimeStyles.None, out var at))
            {
                problems.Add(new InputProblem(AnomalyKind.MalformedRow, ReadSource.Csv, FormattableString.Invariant($"Line {number}: the time must be ISO 8601 with its offset (Z or ±hh:mm)."), line, Line: number));
                continue;
            }

            reads.Add(new ReadInput(ReadSource.Csv, At(epc)!, At(reader)!, at, EpcisDocumentReader.Offset(at.Offset), "OBSERVE",
                CbvText.BizStep(At(step)), CbvText.Disposition(At(disposition)), null, number, line));
        }

        return new CaptureBatch(reads, problems);
    }

    /// <summary>The fields of one RFC 4180 line: quoted fields may hold commas and doubled quotes.</summary>
    private static List<string> Fields(string line)
    {
        var fields = new List<string>();
        var field = new StringBuilder();
        var quoted = false;
        for (var i = 0; i < line.Length; i++)
        {
            var c = line[i];
            if (quoted)
            {
                if (c == '"' && i + 1 < line.Length && line[i + 1] == '"')
                {
                    field.Append('"');
                    i++;
                }
                else if (c == '"')
                {
                    quoted = false;
                }
                else
                {
                    field.Append(c);
                }
            }
            else if (c == '"')
            {
                quoted = true;
            }
            else if (c == ',')
            {
                fields.Add(field.ToString());
                field.Clear();
            }
            else
            {
                field.Append(c);
            }
        }

        fields.Add(field.ToString());
        return fields;
    }
}
