namespace Pathway.Forecasting;

/// <summary>Which model a forecast uses; <see cref="Auto"/> lets the engine choose per series.</summary>
public enum ModelChoice
{
    Auto,
    Ets,
    Theta,
    Arima,
    SeasonalNaive,
    Combo,
}

public static class ModelChoices
{
    /// <summary>The names used on the command line and in the API: auto, ets, theta, arima, snaive, combo.</summary>
    public static string ToKey(this ModelChoice choice) => choice switch
    {
        ModelChoice.Auto => "auto",
        ModelChoice.Ets => "ets",
        ModelChoice.Theta => "theta",
        ModelChoice.Arima => "arima",
        ModelChoice.SeasonalNaive => "snaive",
        ModelChoice.Combo => "combo",
    };

    public static bool TryParse(string? key, out ModelChoice choice)
    {
        foreach (var c in Enum.GetValues<ModelChoice>())
        {
            if (string.Equals(c.ToKey(), key?.Trim(), StringComparison.OrdinalIgnoreCase))
            {
                choice = c;
                return true;
            }
        }
        choice = ModelChoice.Auto;
        return false;
    }

    public static IReadOnlyList<ModelChoice> All { get; } = Enum.GetValues<ModelChoice>();
}
