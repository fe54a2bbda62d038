using Xunit;

namespace Pathway.Testing;

/// <summary>
/// Fails a test when a server it used logged an error the test did not declare (<see cref="LogSink.Expect"/>).
/// A server belongs to the test collection that made it: a class fixture's to its class, a test's own
/// to that test's class. Tests of one collection run one after another, so what a server logged
/// since the last check belongs to the test that just ran (or, marked as such, to the time between tests).
/// Collections run in parallel, so a server made outside any collection (an assembly fixture) cannot
/// be told apart by test: it is checked after every test, and should not be shared that way.
/// </summary>
public static class ServerErrorCheck
{
    private static readonly List<(LogSink Sink, string? Collection)> Watched = [];

    /// <summary>Watches a server's log on behalf of the test collection running now.</summary>
    public static void Watch(LogSink sink)
    {
        var collection = TestContext.Current.TestCollection?.UniqueID;
        lock (Watched)
        {
            Watched.Add((sink, collection));
        }
    }

    public static void TestStarting(string collection)
    {
        foreach (var sink in SinksOf(collection))
        {
            sink.TestStarting();
        }
    }

    public static void TestFinished(string collection)
    {
        var sinks = SinksOf(collection);
        try
        {
            Check(sinks);
        }
        finally
        {
            lock (Watched)
            {
                Watched.RemoveAll(w => w.Sink.Closed && sinks.Contains(w.Sink));
            }
        }
    }

    /// <summary>Fails when any of the logs holds an error, logged since it was last checked, that the test did not expect.</summary>
    public static void Check(IEnumerable<LogSink> sinks)
    {
        var problems = sinks.SelectMany(s => s.TakeUnexpectedErrors()).ToList();
        if (problems.Count > 0)
        {
            Assert.Fail($"The server logged errors this test did not expect (a test that provokes one on purpose declares it with Logs.Expect):{Environment.NewLine}"
                + string.Join(Environment.NewLine, problems.Select(p => $"- {p}")));
        }
    }

    private static List<LogSink> SinksOf(string collection)
    {
        lock (Watched)
        {
            return Watched.Where(w => w.Collection is null || w.Collection == collection).Select(w => w.Sink).ToList();
        }
    }
}
