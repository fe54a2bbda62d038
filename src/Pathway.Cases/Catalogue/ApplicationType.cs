namespace Pathway.Cases.Catalogue;

/// <summary>
/// A kind of residence application a tenant's office takes, with its legal basis, and the rules
/// that change with the law kept beside it as dated rows: the decision period, the stamp duty and
/// the documents to file. Reference data, not personal data.
/// </summary>
public sealed class ApplicationType
{
    public const int MaxCodeLength = 40;
    public const int MaxNameLength = 200;
    public const int MaxLegalTextLength = 400;

    public Guid Id { get; init; } = Guid.CreateVersion7();
    public Guid TenantId { get; init; }

    /// <summary>Stable name for files, the API and the decision rules, e.g. <c>temporary-work</c>; unique per tenant.</summary>
    public string Code { get; init; } = "";

    /// <summary>The English name, also the key of its translations.</summary>
    public string Name { get; init; } = "";
    public string PolishName { get; init; } = "";
    public string LegalBasis { get; init; } = "";
    public PermitKind Permit { get; init; }

    public List<DecisionPeriod> DecisionPeriods { get; init; } = [];
    public List<StampDuty> StampDuties { get; init; } = [];
    public List<RequiredDocument> Documents { get; init; } = [];
}

/// <summary>The permit an application type leads to; each has its own decision period in the act.</summary>
public enum PermitKind
{
    TemporaryResidence,
    PermanentResidence,
    LongTermResidentEu,
}
