using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;

namespace Pathway.Testing;

/// <summary>
/// Keeps what the server logged at warning level and above, so that a test fails on a hidden server
/// error (<see cref="ServerErrorCheck"/>). A test that provokes an error on purpose declares it with <see cref="Expect"/>.
/// </summary>
public sealed class LogSink : ILoggerProvider
{
    private readonly ConcurrentQueue<(LogLevel Level, string Category, string Message)> entries = new();
    private readonly Lock gate = new();
    private readonly List<string> expected = [];
    private int checkedUpTo;
    private int testStartedAt;

    public IReadOnlyList<(LogLevel Level, string Category, string Message)> Entries => [.. entries];

    public IReadOnlyList<string> Errors => entries.Where(e => e.Level >= LogLevel.Error).Select(e => $"{e.Category}: {e.Message}").ToList();

    /// <summary>The server stopped; its log is still checked once more, for what it logged while stopping.</summary>
    internal bool Closed { get; set; }

    /// <summary>
    /// Declares that the running test provokes, on purpose, server errors whose category or message
    /// contains <paramref name="fragment"/>: the check after the test lets them pass. (Not required to
    /// occur: a race the test provokes may be settled without one.)
    /// </summary>
    public void Expect(string fragment)
    {
        lock (gate)
        {
            expected.Add(fragment);
        }
    }

    internal void TestStarting()
    {
        lock (gate)
        {
            testStartedAt = entries.Count;
        }
    }

    /// <summary>The errors logged since the last call that no expectation covers; the expectations are spent.</summary>
    public IReadOnlyList<string> TakeUnexpectedErrors()
    {
        lock (gate)
        {
            var all = Entries;
            var problems = new List<string>();
            for (var i = checkedUpTo; i < all.Count; i++)
            {
                var (level, category, message) = all[i];
                if (level < LogLevel.Error)
                {
                    continue;
                }

                if (expected.Any(f => category.Contains(f, StringComparison.Ordinal) || message.Contains(f, StringComparison.Ordinal)))
                {
                    continue;
                }

                // Logged between tests: while the server started, or by background work an earlier test left running.
                var when = i < testStartedAt ? " (logged before this test began)" : "";
                problems.Add($"{level} {category}{when}: {message}");
            }

            checkedUpTo = all.Count;
            expected.Clear();
            return problems;
        }
    }

    public ILogger CreateLogger(string categoryName) => new Logger(categoryName, entries);

    public void Dispose()
    {
    }

    private sealed class Logger(string category, ConcurrentQueue<(LogLevel, string, string)> entries) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => logLevel >= LogLevel.Warning;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            if (IsEnabled(logLevel))
            {
                entries.Enqueue((logLevel, category, formatter(state, exception) + (exception is null ? "" : Environment.NewLine + exception)));
            }
        }
    }
}
