namespace Pathway.Forecasting.Arima;

/// <summary>Bounds of the search, after shrinking for short series and long seasons.</summary>
/// <param name="AllowConstant">Candidates start with a mean or drift (R: when d + D &lt;= 1).</param>
/// <param name="ConstantOptional">Candidates without it are tried too.</param>
internal readonly record struct SearchLimits(int MaxP, int MaxQ, int MaxSeasonalP, int MaxSeasonalQ, int MaxOrder, bool AllowConstant, bool ConstantOptional);
