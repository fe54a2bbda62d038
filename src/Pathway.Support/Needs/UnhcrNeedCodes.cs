namespace Pathway.Support.Needs;

/// <summary>
/// Maps the assessment's categories to UNHCR's specific-needs codes, so that a case can be handed to
/// (or compared with) a UNHCR registration.
/// </summary>
/// <remarks>
/// Source: UNHCR, "Guidance on the Use of Standardized Specific Needs Codes", IOM/030-FOM/030/2009,
/// the list UNHCR's Emergency Handbook names for persons at risk (emergency.unhcr.org, "Persons at
/// risk"). It has eleven categories: CR child at risk, SC unaccompanied or separated child, WR woman
/// at risk, ER older person at risk, SP single parent or caregiver, DS disability, SM serious medical
/// condition, FU family unity, LP specific legal and physical protection needs, TR torture, SV SGBV;
/// each with sub-codes. The sub-codes below are those proGres v4 holds, as the UNICEF–UNHCR
/// Primero/proGres v4 interoperability mapping lists them (github.com/OpenFn/primero-progres); only
/// codes found in both places are used.
/// <list type="bullet">
/// <item>Disability is recorded as DS alone: the Emergency Handbook notes that UNHCR has since
/// replaced the 2009 disability sub-codes in proGres ("Specific Needs Codes – Disability
/// Guidance"), and the new ones could not be confirmed here.</item>
/// <item>Trafficking has no code in the list, and the guidance does not say which category it falls
/// under; it is recorded without a code, with the form of exploitation (<see cref="Exploitation"/>)
/// instead. What else a victim lives through (SGBV, a child at risk) is ticked as its own need.</item>
/// <item>Sexual orientation, gender identity and sex characteristics (LGBTIQ+) have no code in the
/// list either; it is recorded without one rather than guessed at (UNHCR's 2021 guidance on LGBTIQ+
/// persons in forced displacement asks for safe self-disclosure, not inference).</item>
/// <item>Pregnancy has no category of its own: the list codes a difficult pregnancy (SM-DP), a
/// teenage pregnancy (CR-TP) and lactation (WR-LC). One of those may be chosen; otherwise it is
/// recorded without a code.</item>
/// <item>Mental health is a serious medical condition's sub-code, SM-MI (mental illness).</item>
/// </list>
/// </remarks>
public static class UnhcrNeedCodes
{
    private static readonly Dictionary<NeedCategory, (string? Category, string[] SubCodes)> Map = new()
    {
        [NeedCategory.UnaccompaniedOrSeparatedChild] = ("SC", ["SC-UC", "SC-SC", "SC-CH", "SC-IC", "SC-FC"]),
        [NeedCategory.Trafficking] = (null, []),
        [NeedCategory.GenderBasedOrDomesticViolence] = ("SV", ["SV-VA", "SV-VF", "SV-VO", "SV-GM", "SV-HP", "SV-HK", "SV-FM", "SV-SS"]),
        [NeedCategory.Disability] = ("DS", []),
        [NeedCategory.SeriousIllness] = ("SM", ["SM-CI", "SM-CC", "SM-MN", "SM-AD", "SM-OT"]),
        [NeedCategory.MentalHealth] = ("SM-MI", []),
        [NeedCategory.OlderPerson] = ("ER", ["ER-NF", "ER-MC", "ER-FR"]),
        [NeedCategory.PregnancyOrBreastfeeding] = (null, ["SM-DP", "CR-TP", "WR-LC"]),
        [NeedCategory.SingleParent] = ("SP", ["SP-PT", "SP-GP", "SP-CG"]),
        [NeedCategory.Lgbtiq] = (null, []),
        [NeedCategory.TortureSurvivor] = ("TR", ["TR-PI", "TR-HO", "TR-WV"]),
    };

    /// <summary>The code a need of <paramref name="category"/> is recorded under when no sub-code is chosen; null where the list has none.</summary>
    public static string? Of(NeedCategory category) => Map[category].Category;

    /// <summary>The sub-codes a worker may choose for <paramref name="category"/>, the most common first.</summary>
    public static IReadOnlyList<string> SubCodes(NeedCategory category) => Map[category].SubCodes;

    /// <summary>
    /// The code to record for a need: the chosen sub-code (letter case aside) when it is one of the
    /// category's, the category's own code when none is chosen; false when the chosen one is not the category's.
    /// </summary>
    public static bool TryRecord(NeedCategory category, string? chosen, out string? code)
    {
        if (string.IsNullOrWhiteSpace(chosen))
        {
            code = Of(category);
            return true;
        }

        var wanted = chosen.Trim().ToUpperInvariant();
        code = SubCodes(category).FirstOrDefault(c => c == wanted) ?? (wanted == Of(category) ? wanted : null);
        return code is not null;
    }
}
