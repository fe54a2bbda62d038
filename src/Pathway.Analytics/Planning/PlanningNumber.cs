using System.Globalization;

namespace Pathway.Analytics.Planning;

/// <summary>Numbers from the planning forms: number inputs send them with a dot, whatever the page's language.</summary>
internal static class PlanningNumber
{
    public static double? Parse(string? text) =>
        double.TryParse(text?.Trim(), NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var value) ? value : null;

    public static int? Whole(string? text) =>
        Parse(text) is { } value && value == Math.Floor(value) && Math.Abs(value) <= int.MaxValue ? (int)value : null;

    /// <summary>How a number goes back into an input's value: invariant, so the browser reads it.</summary>
    public static string Format(double value) => value.ToString("0.###", CultureInfo.InvariantCulture);
}
