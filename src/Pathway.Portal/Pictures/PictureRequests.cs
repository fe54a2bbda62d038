using System.Globalization;
using Pathway.Platform.Localization;

namespace Pathway.Portal.Pictures;

/// <summary>A document picture's spots as the API takes them: the item's version and the places in order (the first is number 1).</summary>
public sealed record SpotsRequest(int? Version, IReadOnlyList<SpotInput>? Spots);

/// <summary>Checks what an editor sends about a picture's spots; every problem is named with its spot's number.</summary>
public static class PictureRequests
{
    /// <summary>The places as stored (hundredths of a percent), or null with the problems in <paramref name="errors"/>.</summary>
    public static IReadOnlyList<(int X, int Y)>? Spots(IReadOnlyList<SpotInput>? spots, FieldErrors errors)
    {
        spots ??= [];
        if (spots.Count > PictureSpot.MaxSpots)
        {
            errors.Add("spots", "A picture has at most {0} spots.", PictureSpot.MaxSpots);
            return null;
        }

        var places = new List<(int X, int Y)>();
        for (var i = 0; i < spots.Count; i++)
        {
            var x = spots[i].X is { } across ? PictureSpots.Stored(across) : null;
            var y = spots[i].Y is { } down ? PictureSpots.Stored(down) : null;
            if (x is null || y is null)
            {
                errors.Add(string.Create(CultureInfo.InvariantCulture, $"spots[{i}]"), "Spot {0}: give its place as percent across and down the picture, from 0 to 100.", i + 1);
                continue;
            }

            places.Add((x.Value, y.Value));
        }

        return errors.Any ? null : places;
    }

    /// <summary>A percent as a person types it, with a point or a comma; null when it is not a number.</summary>
    public static double? Percent(string? text)
    {
        var t = text?.Trim().Replace(',', '.');
        return double.TryParse(t, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) ? value : null;
    }
}
