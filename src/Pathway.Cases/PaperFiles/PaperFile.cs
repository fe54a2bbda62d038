using Pathway.Platform.Tenancy;

namespace Pathway.Cases.PaperFiles;

/// <summary>
/// A paper case file with its RFID label: the case it belongs to (by case number only, so files can be
/// tagged before the case is entered) and the GIAI-96 tag bound to it. Tenant-owned: the number ties
/// the file to a person's case.
/// </summary>
public sealed class PaperFile : ITenantOwned
{
    public const int MaxCaseNumberLength = 40;
    public const int MaxEpcLength = 120;

    public Guid Id { get; init; } = Guid.CreateVersion7();
    public Guid TenantId { get; init; }
    public Guid OrganisationId { get; init; }
    public string CaseNumber { get; init; } = "";

    /// <summary>The tag as written on the label: 24 upper-case hexadecimal characters.</summary>
    public string TagHex { get; init; } = "";

    /// <summary>urn:epc:id:giai:&lt;prefix&gt;.&lt;reference&gt;: the key reads are matched on, whatever filter the label has.</summary>
    public string Epc { get; init; } = "";
    public DateTime BoundAt { get; init; }
    public Guid? BoundBy { get; init; }
}
