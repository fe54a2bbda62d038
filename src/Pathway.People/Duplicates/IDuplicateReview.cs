using Pathway.People.LostStolen;

namespace Pathway.People.Duplicates;

/// <summary>The supervisors' review queue of suspected duplicates and fraud signals.</summary>
public interface IDuplicateReview
{
    Task<IReadOnlyList<SuspicionView>> ListAsync(SuspicionStatus status, int limit = 100, CancellationToken cancellationToken = default);

    Task<IReadOnlyList<SuspicionView>> ForPersonAsync(Guid personId, CancellationToken cancellationToken = default);

    /// <summary>Confirm (the signal is real) or reject (it is not); merging has its own method.</summary>
    Task<ReviewOutcome> DecideAsync(Guid suspicionId, SuspicionStatus decision, string? note, CancellationToken cancellationToken = default);

    /// <summary>Merges the pair into <paramref name="survivorId"/>; the other record stays, marked as merged.</summary>
    Task<ReviewOutcome> MergeAsync(Guid suspicionId, Guid survivorId, string? note, CancellationToken cancellationToken = default);

    Task<ReviewOutcome> UndoMergeAsync(Guid mergeId, CancellationToken cancellationToken = default);

    Task<IReadOnlyList<MergeView>> RecentMergesAsync(int limit = 50, CancellationToken cancellationToken = default);

    /// <summary>Stores a lost/stolen list and raises a suspicion for every registry document on it; documents listed already are skipped.</summary>
    Task<LostStolenImportResult> ImportLostStolenAsync(IReadOnlyList<LostStolenRow> rows, string source, CancellationToken cancellationToken = default);
}

/// <param name="Imported">Documents newly listed.</param>
/// <param name="AlreadyListed">Documents of the file that earlier imports listed already: neither stored nor queued again.</param>
public sealed record LostStolenImportResult(int Imported, int DocumentsFound, int AlreadyListed = 0);
