namespace Pathway.Cases.Catalogue;

/// <summary>The English name of each permit kind, the key of its translations.</summary>
public static class PermitNames
{
    public static string Of(PermitKind kind) => kind switch
    {
        PermitKind.TemporaryResidence => "Temporary residence",
        PermitKind.PermanentResidence => "Permanent residence",
        PermitKind.LongTermResidentEu => "EU long-term resident",
    };
}
