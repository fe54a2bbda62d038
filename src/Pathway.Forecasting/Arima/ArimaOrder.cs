using System.Globalization;

namespace Pathway.Forecasting.Arima;

/// <summary>
/// ARIMA(p,d,q)(P,D,Q)[m], and whether the differenced series has a non-zero mean: a mean when
/// nothing is differenced, a drift when one difference is taken.
/// </summary>
internal readonly record struct ArimaOrder(int P, int D, int Q, int SeasonalP, int SeasonalD, int SeasonalQ, int Period, bool Constant)
{
    /// <summary>AR lags of the multiplied-out polynomial.</summary>
    public int FullAr => P + SeasonalP * Period;

    /// <summary>MA lags of the multiplied-out polynomial.</summary>
    public int FullMa => Q + SeasonalQ * Period;

    /// <summary>Observations the differencing consumes.</summary>
    public int Lost => D + SeasonalD * Period;

    /// <summary>Estimated coefficients, without the innovation variance.</summary>
    public int Coefficients => P + Q + SeasonalP + SeasonalQ + (Constant ? 1 : 0);

    public int Differences => D + SeasonalD;

    public ArimaOrder With(int p, int q, int seasonalP, int seasonalQ, bool constant) =>
        this with { P = p, Q = q, SeasonalP = seasonalP, SeasonalQ = seasonalQ, Constant = constant };

    /// <summary>The name R's forecast package prints, so analysts can compare.</summary>
    public string Name
    {
        get
        {
            var name = string.Create(CultureInfo.InvariantCulture, $"ARIMA({P},{D},{Q})");
            if (Period > 1 && SeasonalP + SeasonalD + SeasonalQ > 0)
                name += string.Create(CultureInfo.InvariantCulture, $"({SeasonalP},{SeasonalD},{SeasonalQ})[{Period}]");
            if (Constant)
                name += Differences == 0 ? " with non-zero mean" : " with drift";
            else if (Differences == 0)
                name += " with zero mean";
            return name;
        }
    }
}
