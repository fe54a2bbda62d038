using System.Globalization;

namespace Pathway.Support.Helpline;

/// <summary>
/// One event of Asterisk's <c>queue_log</c>: <c>epoch|callid|queue|agent|event|data1|data2|...</c>,
/// the time in seconds since 1970 (UTC, unlike the CDR's local times). The events that tell
/// waiting: ENTERQUEUE (a caller joins), CONNECT (answered; data1 the seconds held), ABANDON (the
/// caller hung up; data3 the seconds waited), EXITWITHTIMEOUT (data3 the seconds waited), and
/// COMPLETECALLER / COMPLETEAGENT (data1 held, data2 talked). Other events are read and kept as
/// they are (RINGNOANSWER, TRANSFER, the agents' logins and pauses).
/// </summary>
public sealed record QueueLogEvent(DateTimeOffset At, string CallId, string Queue, string Agent, string Event, IReadOnlyList<string> Data)
{
    /// <summary>The seconds a caller waited before this event ended the wait, where the event says.</summary>
    public int? WaitSeconds => Event switch
    {
        "CONNECT" or "COMPLETECALLER" or "COMPLETEAGENT" => Seconds(0),
        "ABANDON" or "EXITWITHTIMEOUT" => Seconds(2),
        _ => null,
    };

    private int? Seconds(int index) =>
        index < Data.Count && int.TryParse(Data[index], NumberStyles.None, CultureInfo.InvariantCulture, out var seconds) ? seconds : null;
}

public static class QueueLogLine
{
    /// <summary>Reads one line: the event, or null when it has fewer than five fields or no time in seconds.</summary>
    public static QueueLogEvent? Parse(string line)
    {
        var fields = line.Split('|');
        if (fields.Length < 5 || !long.TryParse(fields[0], NumberStyles.None, CultureInfo.InvariantCulture, out var epoch) || fields[4].Length == 0)
        {
            return null;
        }

        return new QueueLogEvent(DateTimeOffset.FromUnixTimeSeconds(epoch), fields[1], fields[2], fields[3], fields[4], fields[5..]);
    }
}
