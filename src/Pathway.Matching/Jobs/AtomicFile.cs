using System.Text;

namespace Pathway.Matching.Jobs;

/// <summary>
/// Writes an output file beside its destination under a temporary name and moves it into place
/// only when complete, so a failure or cancellation never leaves a partial file behind.
/// </summary>
internal static class AtomicFile
{
    public static async Task WriteAsync(string path, Func<TextWriter, CancellationToken, Task> write, CancellationToken cancellation)
    {
        var full = Path.GetFullPath(path);
        var folder = Path.GetDirectoryName(full) ?? ".";
        var temporary = Path.Combine(folder, $".{Path.GetFileName(full)}.{Guid.NewGuid():N}.tmp");
        try
        {
            await using (var stream = new FileStream(temporary, FileMode.CreateNew, FileAccess.Write, FileShare.None, 1 << 16, useAsync: true))
            await using (var writer = new StreamWriter(stream, new UTF8Encoding(false), 1 << 16))
            {
                await write(writer, cancellation).ConfigureAwait(false);
            }

            cancellation.ThrowIfCancellationRequested();
            File.Move(temporary, full, overwrite: true);
        }
        catch
        {
            File.Delete(temporary);
            throw;
        }
    }

    public static string Escape(string value) =>
        value.AsSpan().IndexOfAny(",\"\r\n") >= 0 ? "\"" + value.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : value;
}
