using SkiaSharp;

namespace Pathway.Cases.Letters;

/// <summary>
/// The typefaces letters are printed with: DejaVu Sans for Latin, Cyrillic and Arabic script, Noto
/// Sans CJK (its Simplified Chinese face) for Chinese. They are looked up under the system's font
/// folders once; a missing font is a clear error, not a letter with empty boxes.
/// </summary>
public sealed class LetterFonts : IDisposable
{
    public const string RegularFile = "DejaVuSans.ttf";
    public const string BoldFile = "DejaVuSans-Bold.ttf";
    public const string CjkFile = "NotoSansCJK-Regular.ttc";

    // The faces of NotoSansCJK-Regular.ttc are JP, KR, SC, TC, HK in this order.
    private const int SimplifiedChineseFace = 2;

    private static readonly string[] DefaultFolders =
        ["/usr/share/fonts", "/usr/local/share/fonts", Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".fonts"), "C:\\Windows\\Fonts"];

    private LetterFonts(SKTypeface regular, SKTypeface bold, SKTypeface cjk) => (Regular, Bold, Cjk) = (regular, bold, cjk);

    public SKTypeface Regular { get; }
    public SKTypeface Bold { get; }
    public SKTypeface Cjk { get; }

    /// <summary>Finds the fonts under <paramref name="folders"/> (the system's font folders when null).</summary>
    /// <exception cref="LetterFontsMissingException">A font is not installed.</exception>
    public static LetterFonts Load(IReadOnlyList<string>? folders = null)
    {
        folders ??= DefaultFolders;
        var regular = Find(folders, RegularFile, "fonts-dejavu-core");
        var bold = Find(folders, BoldFile, "fonts-dejavu-core");
        var cjk = Find(folders, CjkFile, "fonts-noto-cjk");
        return new LetterFonts(
            SKTypeface.FromFile(regular) ?? throw Unreadable(regular),
            SKTypeface.FromFile(bold) ?? throw Unreadable(bold),
            SKTypeface.FromFile(cjk, SimplifiedChineseFace) ?? throw Unreadable(cjk));
    }

    public void Dispose()
    {
        Regular.Dispose();
        Bold.Dispose();
        Cjk.Dispose();
    }

    private static string Find(IReadOnlyList<string> folders, string file, string package)
    {
        foreach (var folder in folders.Where(Directory.Exists))
        {
            var found = Directory.EnumerateFiles(folder, file, new EnumerationOptions { RecurseSubdirectories = true, IgnoreInaccessible = true }).FirstOrDefault();
            if (found is not null)
            {
                return found;
            }
        }

        throw new LetterFontsMissingException(
            $"The font {file} needed to print letters is not installed (looked under {string.Join(", ", folders)}); install the {package} package.");
    }

    private static LetterFontsMissingException Unreadable(string path) => new($"The font file {path} cannot be read.");
}

/// <summary>A font letters need is not installed on this machine.</summary>
public sealed class LetterFontsMissingException(string message) : Exception(message);
