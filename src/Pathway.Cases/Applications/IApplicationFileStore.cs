namespace Pathway.Cases.Applications;

/// <summary>Where the files of online applications are kept; the database holds their names, sizes and digests.</summary>
public interface IApplicationFileStore
{
    /// <summary>Stores the content whole or not at all, and gives the key to read it back.</summary>
    Task<string> SaveAsync(Guid tenantId, Guid applicationId, Guid fileId, ReadOnlyMemory<byte> content, CancellationToken cancellationToken = default);

    /// <summary>The content, or null when the key names nothing.</summary>
    Task<Stream?> OpenAsync(string key, CancellationToken cancellationToken = default);

    Task DeleteAsync(string key, CancellationToken cancellationToken = default);
}
