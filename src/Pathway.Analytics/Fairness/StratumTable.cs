namespace Pathway.Analytics.Fairness;

/// <summary>
/// One stratum's decisions as a 2×2 table: <see cref="GroupRefused"/> (a) and <see cref="GroupGranted"/> (b)
/// of the group compared, <see cref="OthersRefused"/> (c) and <see cref="OthersGranted"/> (d) of everyone else.
/// </summary>
internal sealed record StratumTable(double GroupRefused, double GroupGranted, double OthersRefused, double OthersGranted)
{
    public double Total => GroupRefused + GroupGranted + OthersRefused + OthersGranted;

    public double Group => GroupRefused + GroupGranted;

    public double Others => OthersRefused + OthersGranted;

    /// <summary>A stratum says something only when both sides have cases in it.</summary>
    public bool Informative => Group > 0 && Others > 0;

    /// <summary>The table with 0.5 added to each cell (Haldane–Anscombe).</summary>
    public StratumTable Halved() => new(GroupRefused + 0.5, GroupGranted + 0.5, OthersRefused + 0.5, OthersGranted + 0.5);
}
