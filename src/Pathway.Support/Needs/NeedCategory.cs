using System.Text.Json.Serialization;

namespace Pathway.Support.Needs;

/// <summary>
/// The specific needs an assessment looks for, in the words of the issue that asked for them; each
/// is mapped to UNHCR's specific-needs codes by <see cref="UnhcrNeedCodes"/>.
/// </summary>
[JsonConverter(typeof(JsonStringEnumConverter<NeedCategory>))]
public enum NeedCategory
{
    UnaccompaniedOrSeparatedChild,

    /// <summary>A victim of trafficking in human beings, with the form of exploitation (<see cref="Exploitation"/>).</summary>
    Trafficking,

    GenderBasedOrDomesticViolence,
    Disability,
    SeriousIllness,
    MentalHealth,
    OlderPerson,
    PregnancyOrBreastfeeding,
    SingleParent,
    Lgbtiq,
    TortureSurvivor,
}
