using Pathway.Platform.Localization;

namespace Pathway.Analytics.Sources;

/// <summary>The size limit of an outside table and the reading of a load's options, as the page and the API receive them.</summary>
internal static class SourceUpload
{
    /// <summary>Eurostat's larger monthly tables by citizenship run to tens of megabytes as SDMX-CSV.</summary>
    public const int MaxBytes = 50 * 1024 * 1024;

    /// <summary>
    /// The options of a load: the separator by its name or the character itself (detected when
    /// empty), the missing markers separated by spaces (the defaults when empty), the column names.
    /// </summary>
    public static SourceOptions Options(string? separator, string? missing, string? timeColumn, string? valueColumn, FieldErrors errors)
    {
        char? sep = separator?.Trim().ToLowerInvariant() switch
        {
            null or "" => null,
            "comma" or "," => ',',
            "semicolon" or ";" => ';',
            "tab" or "\\t" => '\t',
            "pipe" or "|" => '|',
            _ => Unknown(errors),
        };
        var markers = missing?.Split((char[])[' ', '\t', '\n', '\r'], StringSplitOptions.RemoveEmptyEntries);
        return new SourceOptions(sep, markers is { Length: > 0 } ? markers : null, Blank(timeColumn), Blank(valueColumn));
    }

    private static char? Unknown(FieldErrors errors)
    {
        errors.Add("separator", "Choose one of: {0}.", "comma, semicolon, tab, pipe");
        return null;
    }

    private static string? Blank(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}
