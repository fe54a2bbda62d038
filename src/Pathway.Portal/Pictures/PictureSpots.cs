using System.Globalization;

namespace Pathway.Portal.Pictures;

/// <summary>A spot as readers and the API see it: its number, where it is (percent across and down), and its explanation in the shown language when the text has one.</summary>
public sealed record SpotView(int Number, double X, double Y, string? Explanation);

/// <summary>Where a spot goes, as an editor gives it: percent across and down the picture.</summary>
public sealed record SpotInput(double? X, double? Y);

/// <summary>How spots are named and placed, the same for the page, the editor and the API.</summary>
public static class PictureSpots
{
    /// <summary>The id of the explanation a marker leads to: the n-th entry of the text's first numbered list.</summary>
    public static string ElementId(int number) => "spot-" + number.ToString(CultureInfo.InvariantCulture);

    /// <summary>Hundredths of a percent, as stored, from a percent; null when outside the picture.</summary>
    public static int? Stored(double percent) =>
        double.IsFinite(percent) && percent is >= 0 and <= 100 ? (int)Math.Round(percent * PictureSpot.Scale / 100) : null;

    public static double Percent(int stored) => stored * 100.0 / PictureSpot.Scale;


    /// <summary>
    /// How big a picture's markers are drawn, as SVG attribute values: sized by the picture (so they
    /// keep their size against it on any screen), the same on the reader's page and the editor's.
    /// </summary>
    public static (string Radius, string Stroke, string FontSize) MarkerSize(int width, int height)
    {
        var radius = Math.Round(Math.Max(width, height) * 0.022, 1);
        return (Svg(radius), Svg(radius / 6), Svg(radius * 1.15));
    }

    /// <summary>A place in percent as the picture's own pixels, as an SVG attribute value.</summary>
    public static string Place(double percent, int size) => Svg(Math.Round(percent * size / 100, 1));

    private static string Svg(double value) => value.ToString("0.#", CultureInfo.InvariantCulture);
}
