namespace Pathway.People.LostStolen;

/// <summary>A document reported lost or stolen, from an imported list (e.g. a national or Interpol SLTD extract).</summary>
public sealed class LostStolenDocument
{
    public Guid Id { get; set; }
    public Guid TenantId { get; set; }
    /// <summary>Upper case, letters and digits only, as the registry stores numbers.</summary>
    public required string Number { get; set; }
    public required string IssuingState { get; set; }
    public DateOnly? ReportedOn { get; set; }
    public required string Source { get; set; }
    public Guid ImportId { get; set; }
    public DateTime ImportedAt { get; set; }
}
