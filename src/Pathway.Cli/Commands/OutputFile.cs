namespace Pathway.Cli.Commands;

/// <summary>The files the verbs write: whole or not at all.</summary>
internal static class OutputFile
{
    /// <summary>Writes to a temporary file beside the target and moves it into place, so a failed run leaves no half-written output.</summary>
    public static async Task WriteAtomicallyAsync(string path, Func<Stream, Task> write)
    {
        var temporary = path + ".partial";
        try
        {
            await using (var stream = File.Create(temporary))
            {
                await write(stream);
            }

            File.Move(temporary, path, overwrite: true);
        }
        catch
        {
            File.Delete(temporary);
            throw;
        }
    }

    /// <summary>The same for text, in UTF-8 without a byte order mark.</summary>
    public static Task WriteAtomicallyAsync(string path, Action<TextWriter> write) =>
        WriteAtomicallyAsync(path, async stream =>
        {
            await using var writer = new StreamWriter(stream);
            write(writer);
        });
}
