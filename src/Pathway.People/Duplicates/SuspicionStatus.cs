namespace Pathway.People.Duplicates;

public enum SuspicionStatus
{
    Open = 0,
    /// <summary>The supervisor agrees the signal is real (e.g. a fraud case), without merging.</summary>
    Confirmed = 1,
    /// <summary>Not the same person / not a problem.</summary>
    Rejected = 2,
    /// <summary>The two records were merged into one person.</summary>
    Merged = 3,
}
