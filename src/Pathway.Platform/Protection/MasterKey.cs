using System.Security.Cryptography;
using Pathway.Platform.Persistence;

namespace Pathway.Platform.Protection;

/// <summary>
/// The key every tenant's data key is derived from. It is kept outside the database it protects:
/// in the <c>Protection:MasterKey</c> setting (a secret store or the environment), or in a file
/// (<c>Protection:MasterKeyFile</c>; an embedded SQLite database keeps one beside itself, made on
/// first use). Whoever loses it loses every special-category field; whoever holds it and the
/// database can read them.
/// </summary>
public sealed class MasterKey
{
    public const int Length = 32;

    private MasterKey(byte[] bytes) => Bytes = bytes;

    internal byte[] Bytes { get; }

    public static MasterKey FromBytes(byte[] bytes) => bytes.Length == Length
        ? new MasterKey([.. bytes])
        : throw new ArgumentException($"A master key is {Length} bytes.", nameof(bytes));

    /// <summary>The key the options name: the setting, else the file (made when missing), else a key that lives as long as the process (an in-memory database).</summary>
    public static MasterKey Load(DatabaseOptions options)
    {
        if (options.MasterKey is { } text)
        {
            return FromBytes(Convert.FromBase64String(text));
        }

        if ((options.MasterKeyFile ?? options.DefaultMasterKeyFile()) is { } file)
        {
            return FromFile(file);
        }

        return new MasterKey(RandomNumberGenerator.GetBytes(Length));
    }

    private static MasterKey FromFile(string file)
    {
        if (!File.Exists(file))
        {
            var folder = Path.GetDirectoryName(Path.GetFullPath(file));
            if (!string.IsNullOrEmpty(folder))
            {
                Directory.CreateDirectory(folder);
            }

            var fresh = Convert.ToBase64String(RandomNumberGenerator.GetBytes(Length));
            try
            {
                // CreateNew: two processes starting at once must not each write a key of their own.
                var create = new FileStreamOptions { Mode = FileMode.CreateNew, Access = FileAccess.Write };
                if (!OperatingSystem.IsWindows())
                {
                    // Readable by the service's own account only.
                    create.UnixCreateMode = UnixFileMode.UserRead | UnixFileMode.UserWrite;
                }

                using var stream = new FileStream(file, create);
                using var writer = new StreamWriter(stream);
                writer.WriteLine(fresh);
            }
            catch (IOException) when (File.Exists(file))
            {
                // The other process made it first: read theirs.
            }
        }

        var written = File.ReadAllText(file).Trim();
        try
        {
            return FromBytes(Convert.FromBase64String(written));
        }
        catch (Exception e) when (e is FormatException or ArgumentException)
        {
            throw new InvalidConfigurationException("Protection:MasterKeyFile", $"'{file}' does not hold a master key ({Length} bytes in Base64).");
        }
    }
}
