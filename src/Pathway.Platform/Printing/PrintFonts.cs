using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using SkiaSharp;

namespace Pathway.Platform.Printing;

/// <summary>
/// The typefaces PDFs are printed with (a case's letters, a fund's report): DejaVu Sans for Latin,
/// Cyrillic and Arabic script, Noto Sans CJK (its Simplified Chinese face) for Chinese. They are
/// looked up under the system's font folders once, so the Debian packages fonts-dejavu-core and
/// fonts-noto-cjk are all an installation needs; a missing font is a clear error, not a page of
/// empty boxes.
/// </summary>
public sealed class PrintFonts : IDisposable
{
    public const string RegularFile = "DejaVuSans.ttf";
    public const string BoldFile = "DejaVuSans-Bold.ttf";
    public const string CjkFile = "NotoSansCJK-Regular.ttc";

    // The faces of NotoSansCJK-Regular.ttc are JP, KR, SC, TC, HK in this order.
    private const int SimplifiedChineseFace = 2;

    public static readonly IReadOnlyList<string> SystemFolders =
        ["/usr/share/fonts", "/usr/local/share/fonts", Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".fonts"), "C:\\Windows\\Fonts"];

    private PrintFonts(SKTypeface regular, SKTypeface bold, SKTypeface cjk, string regularPath) => (Regular, Bold, Cjk, RegularPath) = (regular, bold, cjk, regularPath);

    public SKTypeface Regular { get; }
    public SKTypeface Bold { get; }
    public SKTypeface Cjk { get; }

    /// <summary>Where the regular face was found: for a charting library that loads its fonts by file.</summary>
    public string RegularPath { get; }

    /// <summary>Finds the fonts under <paramref name="folders"/> (the system's font folders when null).</summary>
    /// <exception cref="PrintFontsMissingException">A font is not installed.</exception>
    public static PrintFonts Load(IReadOnlyList<string>? folders = null)
    {
        folders ??= SystemFolders;
        var regular = Find(folders, RegularFile, "fonts-dejavu-core");
        var bold = Find(folders, BoldFile, "fonts-dejavu-core");
        var cjk = Find(folders, CjkFile, "fonts-noto-cjk");
        return new PrintFonts(
            SKTypeface.FromFile(regular) ?? throw Unreadable(regular),
            SKTypeface.FromFile(bold) ?? throw Unreadable(bold),
            SKTypeface.FromFile(cjk, SimplifiedChineseFace) ?? throw Unreadable(cjk),
            regular);
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

        throw new PrintFontsMissingException(
            $"The font {file} needed to print PDFs is not installed (looked under {string.Join(", ", folders)}); install the {package} package.");
    }

    private static PrintFontsMissingException Unreadable(string path) => new($"The font file {path} cannot be read.");
}

/// <summary>A font PDFs need is not installed on this machine.</summary>
public sealed class PrintFontsMissingException(string message) : Exception(message)
{
    /// <summary>The problem details' type of an answer that could not be printed for it (503).</summary>
    public const string ProblemType = "https://pathway.example/problems/fonts-missing";
}

public static class PrintFontsServices
{
    /// <summary>One set of fonts for every module that prints, loaded on the first PDF: a server without the fonts still starts, and says what is missing then.</summary>
    public static IServiceCollection AddPrintFonts(this IServiceCollection services)
    {
        services.TryAddSingleton(_ => new Lazy<PrintFonts>(() => PrintFonts.Load(), LazyThreadSafetyMode.ExecutionAndPublication));
        return services;
    }
}
