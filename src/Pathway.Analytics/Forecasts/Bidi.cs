namespace Pathway.Analytics.Forecasts;

internal static class Bidi
{
    /// <summary>
    /// Wraps a left-to-right value (a period such as 2026-10, a model name) in Unicode isolates,
    /// so that inside an Arabic, Dari or Urdu sentence it keeps its own order.
    /// </summary>
    public static string Isolate(string text) => "\u2066" + text + "\u2069";
}
