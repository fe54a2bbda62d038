namespace Pathway.Forecasting.Arima;

/// <summary>
/// The Hyndman–Khandakar stepwise search over (p, q, P, Q, constant) with d and D fixed, as in
/// forecast::auto.arima: four starting models, then moves of one or two orders at a time from
/// the best so far, restarting from each improvement, until no neighbour is better.
/// </summary>
internal sealed class StepwiseSearch
{
    /// <summary>forecast::auto.arima's nmodels: a bound on the search however the criterion behaves.</summary>
    private const int ModelLimit = 94;

    private readonly ArimaEstimator estimator;
    private readonly ArimaOrder template;
    private readonly SearchLimits limits;
    private readonly Dictionary<ArimaOrder, ArimaFit> tried = [];

    public StepwiseSearch(ArimaEstimator estimator, ArimaOrder template, SearchLimits limits)
    {
        this.estimator = estimator;
        this.template = template;
        this.limits = limits;
    }

    /// <summary>Runs the search on CSS fits and returns every model tried.</summary>
    /// <param name="shortSeries">Fewer than ten observations: R starts from smaller models.</param>
    public IReadOnlyCollection<ArimaFit> Run(bool shortSeries)
    {
        var l = limits;
        var constant = l.AllowConstant;
        var seasonal = template.Period > 1;
        int p = 2, q = 2, sp = 1, sq = 1;
        if (shortSeries)
        {
            p = 1;
            q = 1;
            sp = 0;
            sq = 0;
        }
        p = Math.Min(p, l.MaxP);
        q = Math.Min(q, l.MaxQ);
        sp = Math.Min(sp, l.MaxSeasonalP);
        sq = Math.Min(sq, l.MaxSeasonalQ);
        // R's stepwise search lets its (2,2)(1,1) start exceed max.order; here every model keeps
        // to the limit, so the start gives up non-seasonal terms (the larger first) until it fits.
        while (p + q + sp + sq > l.MaxOrder)
        {
            if (q >= p && q > 0)
                q--;
            else if (p > 0)
                p--;
            else if (sq > 0)
                sq--;
            else
                sp--;
        }

        var best = Try(p, q, sp, sq, constant);
        var fit = Try(0, 0, 0, 0, constant);
        if (fit.Criterion < best.Criterion)
        {
            best = fit;
            p = q = sp = sq = 0;
        }
        if (l.MaxP > 0 || l.MaxSeasonalP > 0)
        {
            var ap = l.MaxP > 0 ? 1 : 0;
            var asp = seasonal && l.MaxSeasonalP > 0 ? 1 : 0;
            fit = Try(ap, 0, asp, 0, constant);
            if (fit.Criterion < best.Criterion)
            {
                best = fit;
                (p, q, sp, sq) = (ap, 0, asp, 0);
            }
        }
        if (l.MaxQ > 0 || l.MaxSeasonalQ > 0)
        {
            var mq = l.MaxQ > 0 ? 1 : 0;
            var msq = seasonal && l.MaxSeasonalQ > 0 ? 1 : 0;
            fit = Try(0, mq, 0, msq, constant);
            if (fit.Criterion < best.Criterion)
            {
                best = fit;
                (p, q, sp, sq) = (0, mq, 0, msq);
            }
        }
        if (constant && l.ConstantOptional)
        {
            // As in R, a better null model without the constant moves the search but not the flag;
            // the flag is toggled at the end of each round.
            fit = Try(0, 0, 0, 0, false);
            if (fit.Criterion < best.Criterion)
            {
                best = fit;
                p = q = sp = sq = 0;
            }
        }

        ReadOnlySpan<(int P, int Q, int SP, int SQ)> moves =
        [
            (0, 0, -1, 0), (0, 0, 0, -1), (0, 0, 1, 0), (0, 0, 0, 1),
            (0, 0, -1, -1), (0, 0, -1, 1), (0, 0, 1, -1), (0, 0, 1, 1),
            (-1, 0, 0, 0), (0, -1, 0, 0), (1, 0, 0, 0), (0, 1, 0, 0),
            (-1, -1, 0, 0), (-1, 1, 0, 0), (1, -1, 0, 0), (1, 1, 0, 0),
        ];
        var previous = -1;
        while (previous < tried.Count && tried.Count < ModelLimit)
        {
            previous = tried.Count;
            var improved = false;
            foreach (var move in moves)
            {
                int np = p + move.P, nq = q + move.Q, nsp = sp + move.SP, nsq = sq + move.SQ;
                if (!Allowed(np, nq, nsp, nsq) || tried.ContainsKey(Order(np, nq, nsp, nsq, constant)))
                    continue;
                if (tried.Count >= ModelLimit)
                    break;
                fit = Try(np, nq, nsp, nsq, constant);
                if (fit.Criterion < best.Criterion)
                {
                    best = fit;
                    (p, q, sp, sq) = (np, nq, nsp, nsq);
                    improved = true;
                    break;
                }
            }
            if (improved || !l.AllowConstant || !l.ConstantOptional)
                continue;
            if (!tried.ContainsKey(Order(p, q, sp, sq, !constant)) && tried.Count < ModelLimit)
            {
                fit = Try(p, q, sp, sq, !constant);
                if (fit.Criterion < best.Criterion)
                {
                    best = fit;
                    constant = !constant;
                }
            }
        }
        return tried.Values;
    }

    private bool Allowed(int p, int q, int sp, int sq) =>
        p >= 0 && q >= 0 && sp >= 0 && sq >= 0
        && p <= limits.MaxP && q <= limits.MaxQ && sp <= limits.MaxSeasonalP && sq <= limits.MaxSeasonalQ
        && p + q + sp + sq <= limits.MaxOrder;

    private ArimaOrder Order(int p, int q, int sp, int sq, bool constant) => template.With(p, q, sp, sq, constant);

    private ArimaFit Try(int p, int q, int sp, int sq, bool constant)
    {
        var order = Order(p, q, sp, sq, constant);
        if (tried.TryGetValue(order, out var known))
            return known;
        var fit = estimator.Fit(order, exact: false);
        tried[order] = fit;
        return fit;
    }
}
