namespace Pathway.Analytics.Warehouse;

/// <summary>
/// One support case (a person an advisory point or NGO supports) as the warehouse counts it, kept as it
/// stands: registered, closed and why, and whether the person has specific needs. Pseudonymised: the case
/// is a keyed pseudonym of its own, and the person the same pseudonym as in the services' facts (and in the
/// applications when the case is linked to the person registry), so the tables join; no name, birth date,
/// case number, language or note. The snapshot with the highest <see cref="Version"/> wins; a case the
/// retention rules anonymised stays as a row marked <see cref="Removed"/>, so an older snapshot delivered
/// later cannot bring it back.
/// </summary>
public sealed class BeneficiaryFact
{
    /// <summary>The case as a keyed pseudonym of its own purpose (<see cref="FactWriter.BeneficiaryPurpose"/>): the support module's id is not kept.</summary>
    public string BeneficiaryKey { get; init; } = "";
    public Guid TenantId { get; init; }
    public int Version { get; set; }
    public bool Removed { get; set; }
    /// <summary>The person as a keyed pseudonym (<see cref="Platform.Protection.Pseudonyms"/>), as the services' facts name them.</summary>
    public string PersonKey { get; set; } = "";
    /// <summary>The organisation that holds the case now (an NGO, an advisory point): not an office of the cases.</summary>
    public Guid OrganisationId { get; set; }
    public DateOnly RegisteredOn { get; set; }
    /// <summary>The day the closure was approved; null while the case is open.</summary>
    public DateOnly? ClosedOn { get; set; }
    public string? ClosureReason { get; set; }
    public string Citizenship { get; set; } = "";
    public string Sex { get; set; } = "";
    /// <summary>The person's age band on the day the case was registered.</summary>
    public string AgeBand { get; set; } = "";
    /// <summary>The current need assessment found at least one specific need.</summary>
    public bool Vulnerable { get; set; }
    /// <summary>The categories of those needs by their names in the support module, sorted and separated by spaces; empty when none.</summary>
    public string NeedCategories { get; set; } = "";
}
