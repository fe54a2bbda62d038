namespace Pathway.Analytics.Warehouse;

/// <summary>
/// One support service (legal advice, counselling, interpreting, ...) as the warehouse counts it, kept as it
/// stands. Pseudonymised: the beneficiary is a keyed pseudonym (the same as in the applications when the case
/// is linked to the person registry); no name, provider, outcome or note. The snapshot with the highest
/// <see cref="Version"/> wins; a removed service stays as a row marked <see cref="Removed"/>, so an older
/// snapshot delivered later cannot bring it back.
/// </summary>
public sealed class ServiceFact
{
    public Guid ServiceId { get; init; }
    public Guid TenantId { get; init; }
    public int Version { get; set; }
    public bool Removed { get; set; }
    /// <summary>The beneficiary as a keyed pseudonym (<see cref="Platform.Protection.Pseudonyms"/>).</summary>
    public string PersonKey { get; set; } = "";
    /// <summary>The organisation that holds the case (an NGO, an advisory point): not an office of the cases.</summary>
    public Guid OrganisationId { get; set; }
    public string Kind { get; set; } = "";
    public string Status { get; set; } = "";
    /// <summary>The day it was given, or is due when planned.</summary>
    public DateOnly On { get; set; }
    public int? Minutes { get; set; }
    public string Citizenship { get; set; } = "";
    public string Sex { get; set; } = "";
    public string AgeBand { get; set; } = "";
}
