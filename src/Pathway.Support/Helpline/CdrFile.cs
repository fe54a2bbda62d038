using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace Pathway.Support.Helpline;

/// <summary>A line of Master.csv read, with its number in the file and the key that makes a second import of it a no-op.</summary>
public sealed record CdrFileLine(int Number, CdrRecord Record, string Key);

/// <summary>A line that could not be read, by its number in the file.</summary>
public sealed record CdrFileProblem(int Number, CdrProblem Problem);

public sealed record CdrFileReading(IReadOnlyList<CdrFileLine> Lines, IReadOnlyList<CdrFileProblem> Problems);

/// <summary>
/// A whole Master.csv: every line read, every bad one named by its number, so the import can
/// refuse the file whole or, when asked, take the good lines and list the others. Each row's key
/// is its linked id and sequence (a call's rows in order), else its unique id, else a hash of the
/// line itself: importing a file again, or a file that grew, adds only the rows not seen before.
/// </summary>
public static class CdrFile
{
    public static CdrFileReading Read(IEnumerable<string> lines)
    {
        var read = new List<CdrFileLine>();
        var problems = new List<CdrFileProblem>();
        var number = 0;
        foreach (var raw in lines)
        {
            number++;
            var line = number == 1 ? raw.TrimStart('\uFEFF') : raw;
            if (line.Length == 0)
            {
                continue; // the end of the file, or a line a crash left empty
            }

            var (record, problem) = CdrLine.Parse(line);
            if (record is null)
            {
                problems.Add(new CdrFileProblem(number, problem!));
            }
            else
            {
                read.Add(new CdrFileLine(number, record, KeyOf(record, line)));
            }
        }

        return new CdrFileReading(read, problems);
    }

    public static string KeyOf(CdrRecord record, string line) =>
        !string.IsNullOrEmpty(record.LinkedId) && record.Sequence is { } sequence ? $"l:{record.LinkedId}:{sequence.ToString(CultureInfo.InvariantCulture)}"
        : !string.IsNullOrEmpty(record.UniqueId) ? "u:" + record.UniqueId
        : "h:" + Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(line)));
}
