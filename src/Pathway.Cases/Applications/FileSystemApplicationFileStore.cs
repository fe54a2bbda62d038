using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace Pathway.Cases.Applications;

/// <summary>
/// Keeps each file under <c>{folder}/{tenant}/{application}/{file}</c>. A file is written under a
/// temporary name and moved into place only once whole, so an interrupted upload leaves no half file
/// under a real name (and a temporary one is removed on failure).
/// </summary>
internal sealed class FileSystemApplicationFileStore(IOptions<ApplicationOptions> options, IHostEnvironment environment) : IApplicationFileStore
{
    private const string PartialSuffix = ".partial";

    private string Root => Path.GetFullPath(options.Value.FileFolder, environment.ContentRootPath);

    public async Task<string> SaveAsync(Guid tenantId, Guid applicationId, Guid fileId, ReadOnlyMemory<byte> content, CancellationToken cancellationToken = default)
    {
        var key = $"{tenantId:N}/{applicationId:N}/{fileId:N}";
        var path = PathOf(key);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        var partial = $"{path}.{Guid.NewGuid():N}{PartialSuffix}";
        try
        {
            await using (var stream = new FileStream(partial, FileMode.CreateNew, FileAccess.Write, FileShare.None, 81_920, FileOptions.Asynchronous))
            {
                await stream.WriteAsync(content, cancellationToken);
                await stream.FlushAsync(cancellationToken);
            }

            File.Move(partial, path, overwrite: false);
            return key;
        }
        catch
        {
            File.Delete(partial);
            throw;
        }
    }

    public Task<Stream?> OpenAsync(string key, CancellationToken cancellationToken = default)
    {
        var path = PathOf(key);
        return Task.FromResult<Stream?>(File.Exists(path) ? new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 81_920, FileOptions.Asynchronous) : null);
    }

    public Task DeleteAsync(string key, CancellationToken cancellationToken = default)
    {
        File.Delete(PathOf(key));
        return Task.CompletedTask;
    }

    private string PathOf(string key)
    {
        var root = Root;
        var path = Path.GetFullPath(Path.Combine(root, key));
        // Keys are made here, but a key read back from the database must still not lead out of the folder.
        if (!path.StartsWith(root + Path.DirectorySeparatorChar, StringComparison.Ordinal))
        {
            throw new ArgumentException("The key leads out of the file folder.", nameof(key));
        }

        return path;
    }
}
