namespace Pathway.Forecasting.Arima;

/// <summary>One order estimated on one series: coefficients, variance and information criteria.</summary>
internal sealed class ArimaFit
{
    public required ArimaOrder Order { get; init; }
    public required double[] Ar { get; init; }
    public required double[] Ma { get; init; }
    public required double[] SeasonalAr { get; init; }
    public required double[] SeasonalMa { get; init; }

    /// <summary>Mean of the differenced series (zero without a constant).</summary>
    public required double Mean { get; init; }

    /// <summary>Expanded AR coefficients phi'_1..phi'_p' and the lags where they can be non-zero.</summary>
    public required double[] Phi { get; init; }
    public required int[] PhiLags { get; init; }

    /// <summary>Expanded MA coefficients theta'_1..theta'_q'.</summary>
    public required double[] Theta { get; init; }

    /// <summary>The optimiser's parameters, to restart from.</summary>
    public required double[] Raw { get; init; }

    /// <summary>Innovation variance, residual sum of squares over n* - k (as forecast::Arima reports it).</summary>
    public double Sigma2 { get; init; }

    public double Aic { get; init; }
    public double Aicc { get; init; }

    /// <summary>What the search compares: AICc (AIC for tiny series), +infinity when the fit is rejected.</summary>
    public double Criterion { get; init; }

    /// <summary>From the exact likelihood rather than the conditional sum of squares.</summary>
    public bool Exact { get; init; }

    /// <summary>One-step innovations of the differenced series (exact fits only).</summary>
    public double[] Innovations { get; init; } = [];

    /// <summary>The filter's predicted state after the last observation (exact fits only).</summary>
    public double[] State { get; init; } = [];
}
