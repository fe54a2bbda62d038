namespace Pathway.People.Duplicates;

public static class SuspicionKinds
{
    /// <summary>How the queue names a kind of suspicion (the English text is the localization key).</summary>
    public static string Describe(SuspicionKind kind) => kind switch
    {
        SuspicionKind.LikelySamePerson => "Probably the same person",
        SuspicionKind.SharedDocumentNumber => "One document number on two persons",
        SuspicionKind.LostOrStolenDocument => "Document reported lost or stolen",
    };
}
