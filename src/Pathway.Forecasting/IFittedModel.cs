namespace Pathway.Forecasting;

/// <summary>A model fitted to one series' history, ready to forecast.</summary>
public interface IFittedModel
{
    /// <summary>The model as analysts name it, e.g. "ETS(M,Ad,M)" or "ARIMA(0,1,1)(0,1,1)[12]".</summary>
    string Name { get; }

    /// <summary>Corrected Akaike information criterion; NaN for models without a likelihood.</summary>
    double Aicc { get; }

    /// <summary>One-step-ahead fitted values over the history (NaN where the model has none).</summary>
    double[] Fitted { get; }

    Forecast Forecast(int horizon);
}
