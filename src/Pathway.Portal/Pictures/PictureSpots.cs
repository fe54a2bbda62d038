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

}
