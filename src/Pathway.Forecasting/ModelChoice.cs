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

    public static bool TryParse(string? key, out ModelChoice choice) => EnumKeys.TryParse(key, ToKey, ModelChoice.Auto, out choice);

    public static IReadOnlyList<ModelChoice> All { get; } = Enum.GetValues<ModelChoice>();
}
