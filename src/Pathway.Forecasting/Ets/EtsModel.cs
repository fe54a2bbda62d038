namespace Pathway.Forecasting.Ets;

/// <summary>A fitted exponential smoothing model: its parameters, final state and error variance.</summary>
public sealed class EtsModel : IFittedModel
{
    private const int SimulatedPaths = 1000;

    /// <summary>
    /// Evenly spaced normal quantiles, dealt out in a fresh random order at every step (Latin
    /// hypercube sampling): the tails are covered without the noise, or the cost, of drawing
    /// normal variates one by one.
    /// </summary>
    private static readonly double[] NormalScores =
        Enumerable.Range(0, SimulatedPaths).Select(i => Normal.Quantile((i + 0.5) / SimulatedPaths)).ToArray();
    private readonly EtsState _state;

    internal EtsModel(EtsSpec spec, int seasonLength, EtsParameters parameters, EtsState state, double sigma2, double aicc, double[] fitted)
    {
        Spec = spec;
        SeasonLength = seasonLength;
        Parameters = parameters;
        _state = state;
        Sigma2 = sigma2;
        Aicc = aicc;
        Fitted = fitted;
    }

    public EtsSpec Spec { get; }
    public int SeasonLength { get; }
    public EtsParameters Parameters { get; }

    /// <summary>Variance of the one-step error (relative for multiplicative errors).</summary>
    public double Sigma2 { get; }

    public double Aicc { get; }
    public double[] Fitted { get; }
    public string Name => Spec.ToString();

    internal double[] History { get; init; } = [];
    internal double[] SeasonInit { get; init; } = [];

    public Forecast Forecast(int horizon)
    {
        var mean = PointForecasts(horizon);
        var forecast = Spec.HasAnalyticVariance
            ? Pathway.Forecasting.Forecast.FromNormal(Name, mean, AnalyticSd(horizon))
            : Simulated(mean);
        return EtsEmpiricalErrors.Widen(this, forecast);
    }

    /// <summary>Point forecasts only, without intervals: what the inner-window evaluation of <see cref="Models.InnerWindowCombination"/> needs.</summary>
    internal double[] Mean(int horizon) => PointForecasts(horizon);

    internal EtsState InitialState => new(Parameters.Level0, Parameters.Trend0, SeasonInit.Length > 0 ? (double[])SeasonInit.Clone() : [], 0);

    internal double PhiValue => Phi;

    private double Phi => Spec.Trend == EtsTrend.Damped ? Parameters.Phi : 1.0;

    private double[] PointForecasts(int horizon)
    {
        var mean = new double[horizon];
        double phiSum = 0, phiPower = 1;
        for (var h = 1; h <= horizon; h++)
        {
            phiPower *= Phi;
            phiSum += phiPower;
            var q = _state.Level + (Spec.HasTrend ? phiSum * _state.Trend : 0);
            mean[h - 1] = Spec.Season switch
            {
                EtsSeason.None => q,
                EtsSeason.Additive => q + _state.SeasonAhead(h),
                EtsSeason.Multiplicative => q * _state.SeasonAhead(h),
            };
        }
        return mean;
    }

    /// <summary>
    /// The closed-form h-step variance of the linear models (Hyndman et al. 2008, table 6.1):
    /// σ²(1 + Σ_{j&lt;h} c_j²) with c_j = α + βφ_j + γ·[j is a whole number of seasons].
    /// </summary>
    private double[] AnalyticSd(int horizon)
    {
        var p = Parameters;
        var sd = new double[horizon];
        double sum = 0, phiSum = 0, phiPower = 1;
        for (var h = 1; h <= horizon; h++)
        {
            sd[h - 1] = Math.Sqrt(Sigma2 * (1 + sum));
            phiPower *= Phi;
            phiSum += phiPower;
            var c = p.Alpha + (Spec.HasTrend ? p.Beta * phiSum : 0) + (Spec.IsSeasonal && h % SeasonLength == 0 ? p.Gamma : 0);
            sum += c * c;
        }
        return sd;
    }

    /// <summary>
    /// Intervals for the nonlinear models from simulated future paths, which are skewed where
    /// errors multiply. The generator is seeded so the same history gives the same intervals.
    /// </summary>
    private Forecast Simulated(double[] mean)
    {
        var horizon = mean.Length;
        var paths = new double[horizon][];
        for (var h = 0; h < horizon; h++) paths[h] = new double[SimulatedPaths];
        var random = new Random(unchecked((int)BitConverter.DoubleToInt64Bits(_state.Level) ^ horizon));
        var sigma = Math.Sqrt(Sigma2);
        var p = Parameters;
        var m = Spec.IsSeasonal ? SeasonLength : 1;
        var seasons = new double[Math.Max(m, 1)];
        var multSeason = Spec.Season == EtsSeason.Multiplicative;
        var betaOverAlpha = Spec.HasTrend ? p.Beta / p.Alpha : 0;
        var draws = new double[horizon][];
        for (var h = 0; h < horizon; h++)
        {
            draws[h] = (double[])NormalScores.Clone();
            random.Shuffle(draws[h]);
        }
        for (var path = 0; path < SimulatedPaths; path++)
        {
            double level = _state.Level, slope = _state.Trend;
            if (Spec.IsSeasonal) _state.Seasons.CopyTo(seasons, 0);
            var oldest = _state.Oldest;
            for (var h = 0; h < horizon; h++)
            {
                var phib = Phi * slope;
                var q = level + phib;
                var season = Spec.IsSeasonal ? seasons[oldest] : (multSeason ? 1 : 0);
                var forecast = multSeason ? q * season : q + season;
                var e = sigma * draws[h][path];
                var y = Spec.Error == EtsError.Multiplicative ? forecast * (1 + e) : forecast + e;
                paths[h][path] = y;
                var adjusted = !Spec.IsSeasonal ? y : multSeason ? y / season : y - season;
                var newLevel = q + p.Alpha * (adjusted - q);
                if (Spec.HasTrend) slope = phib + betaOverAlpha * (newLevel - level - phib);
                if (Spec.IsSeasonal)
                {
                    var ratio = multSeason ? (Math.Abs(q) > 1e-10 ? y / q : season) : y - q;
                    seasons[oldest] = season + p.Gamma * (ratio - season);
                    oldest = (oldest + 1) % m;
                }
                level = newLevel;
            }
        }
        double[] lo80 = new double[horizon], hi80 = new double[horizon], lo95 = new double[horizon], hi95 = new double[horizon];
        for (var h = 0; h < horizon; h++)
        {
            var values = paths[h];
            lo95[h] = Quantile(values, 0.025);
            lo80[h] = Quantile(values, 0.10);
            hi80[h] = Quantile(values, 0.90);
            hi95[h] = Quantile(values, 0.975);
        }
        return new Forecast(Name, mean, lo80, hi80, lo95, hi95);
    }

    /// <summary>
    /// The p-quantile (linear between order statistics) by selection rather than a full sort: four
    /// quantiles of each step are all a forecast needs, and sorting dominated the forecast's cost.
    /// </summary>
    private static double Quantile(double[] values, double p)
    {
        var position = p * (values.Length - 1);
        var below = (int)position;
        var lower = Select(values, below);
        if (below + 1 >= values.Length) return lower;
        // After selecting rank k, the next order statistic is the smallest value above position k.
        var upper = double.PositiveInfinity;
        for (var i = below + 1; i < values.Length; i++) upper = Math.Min(upper, values[i]);
        return lower + (position - below) * (upper - lower);
    }

    /// <summary>Hoare's quickselect: puts the k-th smallest value at index k, smaller ones before it, larger after.</summary>
    private static double Select(double[] values, int k)
    {
        int left = 0, right = values.Length - 1;
        while (left < right)
        {
            var pivot = values[(left + right) >>> 1];
            int i = left, j = right;
            while (i <= j)
            {
                while (values[i] < pivot) i++;
                while (values[j] > pivot) j--;
                if (i <= j) { (values[i], values[j]) = (values[j], values[i]); i++; j--; }
            }
            if (k <= j) right = j;
            else if (k >= i) left = i;
            else break;
        }
        return values[k];
    }
}
