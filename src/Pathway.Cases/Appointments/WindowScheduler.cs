using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Pathway.Cases.Appointments;

/// <summary>
/// Each minute: opens the day's booking windows when their time comes, and draws those whose time
/// is up. Every node runs it; the window's unique key and its version let one node do each step.
/// </summary>
internal sealed partial class WindowScheduler(IServiceScopeFactory scopes, TimeProvider clock, IOptions<AppointmentOptions> options, ILogger<WindowScheduler> logger) : BackgroundService
{
    private static readonly TimeSpan Every = TimeSpan.FromMinutes(1);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!options.Value.RunsScheduler)
        {
            return;
        }

        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await using var scope = scopes.CreateAsyncScope();
                var desk = scope.ServiceProvider.GetRequiredService<WindowDesk>();
                await desk.OpenDailyAsync(stoppingToken);
                await desk.CloseDueAsync(stoppingToken);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception exception) when (exception is not OutOfMemoryException)
            {
                // The next round tries again; a database that is not there yet must not stop the service.
                LogFailed(exception);
            }

            try
            {
                await Task.Delay(Every, clock, stoppingToken);
            }
            catch (OperationCanceledException)
            {
                return;
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Opening or drawing booking windows failed; trying again in a minute")]
    private partial void LogFailed(Exception exception);
}
