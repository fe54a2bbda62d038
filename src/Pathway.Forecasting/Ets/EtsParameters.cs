using System.Runtime.InteropServices;

namespace Pathway.Forecasting.Ets;

/// <summary>Smoothing parameters and initial states of a fitted exponential smoothing model.</summary>
[StructLayout(LayoutKind.Auto)]
public readonly record struct EtsParameters(double Alpha, double Beta, double Gamma, double Phi, double Level0, double Trend0);

/// <summary>The state after the last observation: what a forecast starts from.</summary>
internal sealed record EtsState(double Level, double Trend, double[] Seasons, int Oldest)
{
    /// <summary>The seasonal state for h steps ahead (h from 1): the cycle continues from the oldest entry.</summary>
    public double SeasonAhead(int h) => Seasons[(Oldest + h - 1) % Seasons.Length];
}
