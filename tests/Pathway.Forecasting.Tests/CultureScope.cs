using System.Globalization;

namespace Pathway.Forecasting.Tests;

/// <summary>Runs a test's code in one culture, so messages that format figures read the same on every machine.</summary>
internal sealed class CultureScope : IDisposable
{
    private readonly CultureInfo before = CultureInfo.CurrentCulture;

    public CultureScope(string name) => CultureInfo.CurrentCulture = CultureInfo.GetCultureInfo(name);

    public void Dispose() => CultureInfo.CurrentCulture = before;
}
