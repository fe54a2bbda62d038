namespace Pathway.Platform.Casework;

/// <summary>
/// The processing times residence cases publish, asked by a module that may not reference the
/// cases module: the portal's "Which permit fits me?" shows them beside the procedure it ends in.
/// The cases module implements it; an installation without one registers none, and the portal
/// shows no times.
/// </summary>
public interface IPublishedProcessingTimes
{
    /// <summary>The times of one application type (the catalogue's code, such as temporary-work); a type nobody's case was decided in has none.</summary>
    Task<PublishedProcessingTime> ForAsync(string applicationType, CancellationToken cancellationToken = default);
}

/// <summary>
/// Calendar days from submission to decision over the decisions of <see cref="From"/> to <see cref="To"/>;
/// <see cref="MedianDays"/> and <see cref="Percentile90Days"/> are null when too few were decided to publish them.
/// </summary>
public sealed record PublishedProcessingTime(string ApplicationType, int Decided, int? MedianDays, int? Percentile90Days, DateOnly From, DateOnly To);
