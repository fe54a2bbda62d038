using System.Threading.Channels;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Pathway.Matching;
using Pathway.Platform.Persistence;

namespace Pathway.People.Duplicates;

/// <summary>Runs claimed on-demand scans one after another on this node, off the request that asked for them.</summary>
internal sealed class ScanWorker(IServiceScopeFactory scopes, ILogger<ScanWorker> logger) : BackgroundService
{
    private readonly Channel<Guid> runs = Channel.CreateUnbounded<Guid>();

    public void Enqueue(Guid runId) => runs.Writer.TryWrite(runId);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        try
        {
            await foreach (var runId in runs.Reader.ReadAllAsync(stoppingToken))
            {
                await using var scope = scopes.CreateAsyncScope();
                var summary = await scope.ServiceProvider.GetRequiredService<RegistryScan>().RunClaimedAsync(runId, new StoredProgress(scopes, runId, logger), stoppingToken);
                logger.LogInformation("On-demand duplicate scan {Run}: {Records} records, {Raised} new entries in {Seconds:N0} s", runId, summary.Records, summary.Raised, summary.Elapsed.TotalSeconds);
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Shutting down; a run cut short stays unfinished and counts as dead after RegistryScan.LongestRun.
        }
    }

    /// <summary>Writes how far the scan is to its row, at most once a second, so every node's page can show it.</summary>
    private sealed class StoredProgress(IServiceScopeFactory scopes, Guid runId, ILogger logger) : IProgress<LinkageProgress>
    {
        private long lastWrite;
        private int writing;

        public void Report(LinkageProgress value)
        {
            var now = Environment.TickCount64;
            if (now - Interlocked.Read(ref lastWrite) < 1000 || Interlocked.Exchange(ref writing, 1) == 1)
            {
                return;
            }

            Interlocked.Exchange(ref lastWrite, now);
            _ = Task.Run(async () =>
            {
                try
                {
                    await using var scope = scopes.CreateAsyncScope();
                    await scope.ServiceProvider.GetRequiredService<PathwayDbContext>().Set<ScanRun>().Where(r => r.Id == runId)
                        .ExecuteUpdateAsync(s => s.SetProperty(r => r.Done, value.Done).SetProperty(r => r.Total, value.Total));
                }
                catch (Exception e) when (e is DbUpdateException or InvalidOperationException)
                {
                    logger.LogWarning(e, "Could not store the progress of scan {Run}", runId);
                }
                finally
                {
                    Interlocked.Exchange(ref writing, 0);
                }
            });
        }
    }
}
