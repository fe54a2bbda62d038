namespace Pathway.Analytics.Sources;

/// <summary>The outside tables the office loaded, as far as the caller may see them.</summary>
public interface ISourceTables
{
    Task<IReadOnlyList<SourceTableSummary>> ListAsync(CancellationToken cancellationToken = default);

    /// <summary>The table with its dimensions and codes, or null when there is none the caller may see.</summary>
    Task<SourceTableDetail?> GetAsync(Guid id, CancellationToken cancellationToken = default);

    /// <summary>
    /// A page of the table's observations whose series have the given code in each given dimension
    /// (by the dimension's position); null when there is no table the caller may see.
    /// </summary>
    Task<SourceObservationPage?> ObservationsAsync(Guid id, IReadOnlyDictionary<int, string> filter, int page, int pageSize, CancellationToken cancellationToken = default);

    /// <summary>
    /// Reads the file and loads it whole in one transaction, or loads nothing: a file with any fault,
    /// a name taken, a changed layout without <see cref="LoadSourceTable.Replace"/>. The load is timed.
    /// </summary>
    Task<LoadOutcome> LoadAsync(LoadSourceTable command, byte[] content, CancellationToken cancellationToken = default);

    /// <summary>Deletes a table and its rows; false when there is none the caller may see.</summary>
    Task<bool> DeleteAsync(Guid id, CancellationToken cancellationToken = default);
}
