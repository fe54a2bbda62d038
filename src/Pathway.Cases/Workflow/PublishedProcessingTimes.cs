using Pathway.Platform.Casework;

namespace Pathway.Cases.Workflow;

/// <summary>The processing times as other modules ask for them (<see cref="IPublishedProcessingTimes"/>): the same figures the cases API publishes.</summary>
internal sealed class PublishedProcessingTimes(ProcessingTimes times) : IPublishedProcessingTimes
{
    public async Task<PublishedProcessingTime> ForAsync(string applicationType, CancellationToken cancellationToken = default)
    {
        var report = await times.CurrentAsync(cancellationToken);
        var type = report.Types.FirstOrDefault(t => string.Equals(t.ApplicationType, applicationType, StringComparison.Ordinal));
        return new PublishedProcessingTime(applicationType, type?.Decided ?? 0, type?.MedianDays, type?.Percentile90Days, report.From, report.To);
    }
}
