namespace Pathway.Matching;

/// <summary>Defaults shared by the jobs.</summary>
public static class LinkageDefaults
{
    /// <summary>The match probability at which pairs are linked.</summary>
    public const double Threshold = 0.5;

    /// <summary>Random pairs compared to estimate u-probabilities.</summary>
    public const long RandomPairs = 1_000_000;
}
