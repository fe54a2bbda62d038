using System.Globalization;
using System.Text;

namespace Pathway.Support.Helpline;

/// <summary>
/// Synthetic telephony files shaped like a public helpline's: Master.csv with all of cdr_csv's
/// optional columns (21) and a queue_log. Calls come mostly on working days from 8 to 18, busiest
/// in the morning; most callers queue for an operator (some hang up waiting), some are served by
/// the recorded menu, some are sent on to another unit, and operators call out. Some incoming calls
/// ring two phones (two rows, one call). The default call rules read them as meant. For the demo
/// office, the tests and the benchmarks: the same seed gives the same files.
/// </summary>
public static class DemoTelephony
{
    private static readonly double[] HourWeights = [0, 0, 0, 0, 0, 0, 0, 0, 0.7, 1.4, 1.5, 1.3, 0.8, 0.9, 1.0, 0.8, 0.6, 0.4, 0, 0, 0, 0, 0, 0];

    public sealed record Files(IReadOnlyList<string> Cdr, IReadOnlyList<string> QueueLog);

    public static Files Generate(DateOnly first, int days, int callsPerWorkingDay, TimeZoneInfo zone, int seed)
    {
        var writer = new Writer(new Random(seed), zone);
        var total = HourWeights.Sum();
        for (var d = 0; d < days; d++)
        {
            var day = first.AddDays(d);
            var calls = day.DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday ? callsPerWorkingDay / 10 : callsPerWorkingDay;
            for (var c = 0; c < calls; c++)
            {
                var local = day.ToDateTime(new TimeOnly(Hour(writer.Random, total), 0)).AddSeconds(writer.Random.Next(3600));
                if (!zone.IsInvalidTime(local))
                {
                    writer.Call(TimeZoneInfo.ConvertTimeToUtc(local, zone));
                }
            }
        }

        // Asterisk writes a row when its call ends, the queue log as things happen.
        return new Files([.. writer.Rows.OrderBy(r => r.EndUtc).Select(r => r.Line)], [.. writer.Queue.OrderBy(q => q.At).Select(q => q.Line)]);
    }

    private static int Hour(Random random, double total)
    {
        var x = random.NextDouble() * total;
        for (var hour = 0; hour < HourWeights.Length; hour++)
        {
            x -= HourWeights[hour];
            if (x < 0)
            {
                return hour;
            }
        }

        return 10;
    }

    private sealed class Writer(Random random, TimeZoneInfo zone)
    {
        private const string Helpline = "+48221110000";
        private int id;

        public Random Random => random;

        public List<(DateTime EndUtc, string Line)> Rows { get; } = [];

        public List<(long At, string Line)> Queue { get; } = [];

        public void Call(DateTime start)
        {
            id++;
            var linked = string.Create(CultureInfo.InvariantCulture, $"{new DateTimeOffset(start).ToUnixTimeSeconds()}.{id}");
            var kind = random.NextDouble();
            if (kind < 0.70)
            {
                Incoming(linked, start);
            }
            else if (kind < 0.80)
            {
                Row(linked, 1, "ivr-info", Helpline, "Playback", start, 1, 40 + random.Next(120), "ANSWERED");
            }
            else if (kind < 0.85)
            {
                var talk = 30 + random.Next(60);
                Row(linked, 1, "from-trunk", Helpline, "Queue", start, 5, talk, "ANSWERED");
                Row(linked, 2, "redirect-legal", "+48221119999", "Dial", start.AddSeconds(talk + 5), 4, 60 + random.Next(300), "ANSWERED");
            }
            else
            {
                var answered = random.NextDouble() < 0.8;
                Row(linked, 1, "from-internal", "0048601" + random.Next(100000, 999999).ToString(CultureInfo.InvariantCulture), "Dial", start,
                    8 + random.Next(15), answered ? 60 + random.Next(400) : 0, answered ? "ANSWERED" : "NO ANSWER");
            }
        }

        private void Incoming(string linked, DateTime start)
        {
            // Waiting is about exponential, patience too: a caller whose patience runs out first hangs up.
            var wait = (int)(-25 * Math.Log(1 - random.NextDouble()));
            var patience = (int)(-120 * Math.Log(1 - random.NextDouble()));
            var at = new DateTimeOffset(start).ToUnixTimeSeconds() + 5;
            Event(at, linked, "", "ENTERQUEUE", "", "+48", "1");
            if (patience < wait)
            {
                Event(at + patience, linked, "NONE", "ABANDON", "1", "1", patience.ToString(CultureInfo.InvariantCulture));
                Row(linked, 1, "from-trunk", Helpline, "Queue", start, 5 + patience, 0, "NO ANSWER");
                return;
            }

            var talk = 60 + random.Next(540);
            Event(at + wait, linked, "PJSIP/operator", "CONNECT", wait.ToString(CultureInfo.InvariantCulture), linked + ".2", "3");
            Event(at + wait + talk, linked, "PJSIP/operator", "COMPLETECALLER", wait.ToString(CultureInfo.InvariantCulture), talk.ToString(CultureInfo.InvariantCulture), "1");
            if (random.NextDouble() < 0.3)
            {
                // A ring group: the first phone did not answer, the second did.
                Row(linked, 1, "from-trunk", Helpline, "Queue", start, 5 + wait, 0, "NO ANSWER");
                Row(linked, 2, "from-trunk", Helpline, "Queue", start, 5 + wait, talk, "ANSWERED");
            }
            else
            {
                Row(linked, 1, "from-trunk", Helpline, "Queue", start, 5 + wait, talk, "ANSWERED");
            }
        }

        private void Event(long at, string call, string agent, string name, params string[] data) =>
            Queue.Add((at, string.Create(CultureInfo.InvariantCulture, $"{at}|{call}|helpline|{agent}|{name}|{string.Join('|', data)}")));

        private void Row(string linked, int sequence, string context, string destination, string app, DateTime start, int ring, int talk, string disposition)
        {
            var end = start.AddSeconds(ring + talk);
            var channel = context == "from-internal" ? "PJSIP/201" : "PJSIP/trunk";
            var line = new StringBuilder();
            line.Append(CultureInfo.InvariantCulture, $"\"\",\"+48{random.Next(500000000, 899999999)}\",\"{destination}\",\"{context}\",\"\"\"Caller\"\" <+48>\",");
            line.Append(CultureInfo.InvariantCulture, $"\"{channel}-{id:x8}\",\"PJSIP/operator-{sequence:x4}\",\"{app}\",\"\",");
            line.Append(CultureInfo.InvariantCulture, $"{Local(start)},{(talk > 0 ? Local(start.AddSeconds(ring)) : "")},{Local(end)},{ring + talk},{talk},\"{disposition}\",\"DOCUMENTATION\",");
            line.Append(CultureInfo.InvariantCulture, $"\"{linked}.{sequence}\",\"\",\"\",\"{linked}\",{sequence}");
            Rows.Add((end, line.ToString()));
        }

        private string Local(DateTime utc) => TimeZoneInfo.ConvertTimeFromUtc(utc, zone).ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture);
    }
}
