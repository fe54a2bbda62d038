using System.Security.Cryptography;
using System.Text;

namespace Pathway.Support.Helpline;

/// <summary>A queue_log event read, with its line number and the key that makes a second import of it a no-op.</summary>
public sealed record QueueLogFileLine(int Number, QueueLogEvent Event, string Key);

public sealed record QueueLogReading(IReadOnlyList<QueueLogFileLine> Events, IReadOnlyList<int> BadLines);

/// <summary>
/// A whole queue_log: each event with its line number, each line that is no event named by its
/// number. An event has no id of its own, so its key is a hash of its line: the same line imported
/// again is the same event (two identical lines in one second are one event to the log's readers too).
/// </summary>
public static class QueueLogFile
{
    public static QueueLogReading Read(IEnumerable<string> lines)
    {
        var events = new List<QueueLogFileLine>();
        var bad = new List<int>();
        var number = 0;
        foreach (var raw in lines)
        {
            number++;
            var line = number == 1 ? raw.TrimStart('\uFEFF') : raw;
            if (line.Length == 0)
            {
                continue;
            }

            if (QueueLogLine.Parse(line) is { } read)
            {
                events.Add(new QueueLogFileLine(number, read, "q:" + Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(line)))));
            }
            else
            {
                bad.Add(number);
            }
        }

        return new QueueLogReading(events, bad);
    }
}
