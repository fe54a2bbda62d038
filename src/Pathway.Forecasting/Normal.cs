namespace Pathway.Forecasting;

/// <summary>Standard normal quantiles for the two interval levels the platform reports.</summary>
internal static class Normal
{
    /// <summary>z such that P(|Z| &lt; z) = 0.80.</summary>
    public const double Z80 = 1.2815515655446004;

    /// <summary>z such that P(|Z| &lt; z) = 0.95.</summary>
    public const double Z95 = 1.959963984540054;
}
