namespace Pathway.Matching;

/// <summary>Defaults shared by the jobs.</summary>
public static class LinkageDefaults
{
    /// <summary>The match probability at which pairs are linked.</summary>
    public const double Threshold = 0.5;

    /// <summary>Random pairs compared to estimate u-probabilities.</summary>
    public const long RandomPairs = 1_000_000;

    /// <summary>
    /// Below this many records there is too little to estimate m, u and the prior from: the jobs
    /// score with <see cref="LinkageModel.Default"/> parameters instead of training.
    /// </summary>
    public const int MinimumRecordsToTrain = 200;
}
