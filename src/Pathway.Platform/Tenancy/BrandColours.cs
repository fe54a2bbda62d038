using System.Globalization;
using System.Text.RegularExpressions;

namespace Pathway.Platform.Tenancy;

/// <summary>
/// An office's brand colour and the shades the style sheet derives from it. The colour carries white
/// text (the header, buttons) and is the colour of links on white, so it must reach WCAG 2.1's 4.5:1
/// contrast against white: <see cref="ContrastWithWhite"/> is the ratio as WCAG defines it.
/// </summary>
public static partial class BrandColours
{
    /// <summary>WCAG 2.1 AA for normal text (success criterion 1.4.3).</summary>
    public const double MinimumContrast = 4.5;

    /// <summary>Six hex digits after a hash; only such a value reaches the style sheet, so a setting cannot inject CSS.</summary>
    public static bool IsHexColour(string? value) => value is not null && HexColour().IsMatch(value);

    /// <summary>The contrast ratio of <paramref name="hex"/> against white, from 1 (white) to 21 (black).</summary>
    public static double ContrastWithWhite(string hex)
    {
        var (r, g, b) = Channels(hex);
        var luminance = 0.2126 * Linear(r) + 0.7152 * Linear(g) + 0.0722 * Linear(b);
        return 1.05 / (luminance + 0.05);
    }

    /// <summary>
    /// A ratio as people read it, to one decimal in the current culture, rounded down: a colour just
    /// short of the bar never reads as reaching it.
    /// </summary>
    public static string Shown(double ratio) => (Math.Floor(ratio * 10) / 10).ToString("0.0", CultureInfo.CurrentCulture);

    /// <summary>The colour mixed with black (<paramref name="towards"/> 0) or white (255) by <paramref name="share"/> of the way.</summary>
    public static string Mix(string hex, int towards, double share)
    {
        var (r, g, b) = Channels(hex);
        int Step(int channel) => (int)Math.Round(channel + ((towards - channel) * share), MidpointRounding.AwayFromZero);
        return $"#{Step(r):x2}{Step(g):x2}{Step(b):x2}";
    }

    /// <summary>The style sheet for <paramref name="hex"/> (the default where it is no colour): the brand, a darker shade, and a light tint.</summary>
    public static string StyleSheet(string? hex)
    {
        var brand = IsHexColour(hex) ? hex!.ToLowerInvariant() : Tenant.DefaultBrandColour;
        return $":root {{ --brand: {brand}; --brand-dark: {Mix(brand, 0, 0.3)}; --tint: {Mix(brand, 255, 0.92)}; }}\n";
    }

    private static (int R, int G, int B) Channels(string hex)
    {
        if (!IsHexColour(hex))
        {
            throw new ArgumentException($"'{hex}' is not a colour of six hex digits.", nameof(hex));
        }

        int At(int i) => int.Parse(hex.AsSpan(i, 2), NumberStyles.HexNumber, CultureInfo.InvariantCulture);
        return (At(1), At(3), At(5));
    }

    // sRGB to linear light, as WCAG 2.1 defines relative luminance.
    private static double Linear(int channel)
    {
        var c = channel / 255.0;
        return c <= 0.04045 ? c / 12.92 : Math.Pow((c + 0.055) / 1.055, 2.4);
    }

    [GeneratedRegex("^#[0-9a-fA-F]{6}$", RegexOptions.None, matchTimeoutMilliseconds: 1000)]
    private static partial Regex HexColour();
}
