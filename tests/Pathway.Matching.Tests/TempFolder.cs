namespace Pathway.Matching.Tests;

/// <summary>A temporary folder for a test's files, deleted with everything in it.</summary>
public sealed class TempFolder : IDisposable
{
    public string Path { get; } = Directory.CreateTempSubdirectory("pathway-matching-").FullName;

    public string PathOf(string name) => System.IO.Path.Combine(Path, name);

    public string Write(string name, string content)
    {
        var path = PathOf(name);
        File.WriteAllText(path, content);
        return path;
    }

    public void Dispose() => Directory.Delete(Path, recursive: true);
}
