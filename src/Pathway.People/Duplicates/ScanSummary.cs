namespace Pathway.People.Duplicates;

/// <summary>What a full scan did. <see cref="Skipped"/> when another node had already claimed this run.</summary>
public sealed record ScanSummary(bool Skipped, long Records, long PairsScored, int LikelySame, int SharedDocuments, int LostOrStolen, TimeSpan Elapsed, string? Error = null)
{
    public int Raised => LikelySame + SharedDocuments + LostOrStolen;
}
