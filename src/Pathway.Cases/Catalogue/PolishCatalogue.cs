using Pathway.Cases.TimeLimits;

namespace Pathway.Cases.Catalogue;

/// <summary>
/// The Polish application types a voivode's office takes under the Act on Foreigners of 12
/// December 2013, as in force from 27 April 2026, when residence applications went online only
/// (MOS). A figure that was not checked against the act is marked unverified rather than guessed
/// into certainty; the office corrects the catalogue, and a correction is a new dated row.
/// </summary>
public static class PolishCatalogue
{
    public static readonly DateOnly InForceFrom = new(2026, 4, 27);

    private const string Act = "Ustawa z dnia 12 grudnia 2013 r. o cudzoziemcach";
    private const string StampDutyAct = "Ustawa z dnia 16 listopada 2006 r. o opłacie skarbowej, załącznik, część III";

    public static IReadOnlyList<ApplicationType> For(Guid tenantId) =>
    [
        Temporary(tenantId, "temporary-work", "Temporary residence and work (single permit)", "zezwolenie na pobyt czasowy i pracę", "art. 114 ust. 1", 440m,
            Document("employer-annex", "Employer's annex", DocumentCondition.Always)),
        Temporary(tenantId, "blue-card", "EU Blue Card", "zezwolenie na pobyt czasowy w celu wykonywania pracy w zawodzie wymagającym wysokich kwalifikacji", "art. 127", 440m,
            Document("employer-annex", "Employer's annex", DocumentCondition.Always),
            Document("qualifications", "Proof of higher professional qualifications", DocumentCondition.Always)),
        Temporary(tenantId, "family", "Family reunification", "zezwolenie na pobyt czasowy w celu połączenia z rodziną", "art. 159 ust. 1", 340m,
            Document("family-ties", "Proof of family ties", DocumentCondition.Always)),
        Temporary(tenantId, "studies", "Studies", "zezwolenie na pobyt czasowy w celu kontynuowania studiów", "art. 144 ust. 1", 340m,
            Document("admission", "Certificate of admission to studies", DocumentCondition.Always)),
        Temporary(tenantId, "business", "Business activity", "zezwolenie na pobyt czasowy w celu prowadzenia działalności gospodarczej", "art. 142 ust. 1", 340m,
            Document("business-records", "Records of the business", DocumentCondition.Always)),
        Temporary(tenantId, "other-circumstances", "Other circumstances", "zezwolenie na pobyt czasowy ze względu na inne okoliczności", "art. 181 ust. 1", 340m),
        Type(tenantId, "permanent", "Permanent residence", "zezwolenie na pobyt stały", "art. 195 ust. 1", PermitKind.PermanentResidence,
            Period(3, PeriodUnit.Months, "art. 210 ust. 1", verified: false), Duty(640m),
            Document("basis-permanent", "Proof of the basis for permanent residence", DocumentCondition.Always)),
        Type(tenantId, "eu-long-term", "EU long-term resident", "zezwolenie na pobyt rezydenta długoterminowego UE", "art. 211 ust. 1", PermitKind.LongTermResidentEu,
            Period(3, PeriodUnit.Months, "art. 222 ust. 1", verified: false), Duty(640m),
            Document("five-years", "Proof of five years' legal residence", DocumentCondition.Always),
            Document("resources", "Proof of stable and regular resources", DocumentCondition.Always),
            Document("health-insurance", "Proof of health insurance", DocumentCondition.Always)),
    ];

    /// <summary>
    /// The suspension of decision time limits by art. 100d of the act of 12 March 2022 on assistance
    /// to citizens of Ukraine. Its end, 4 March 2026, is the one set by the amendment of 2025
    /// (Dz.U. 2025 poz. 1301, art. 10); its start and whom it covered at each time (it was narrowed
    /// to some foreigners) were not checked, so the rows are marked unverified.
    /// </summary>
    public static IReadOnlyList<StatutorySuspension> Suspensions(Guid tenantId) =>
    [
        .. new[] { PermitKind.TemporaryResidence, PermitKind.PermanentResidence, PermitKind.LongTermResidentEu }.Select(permit => new StatutorySuspension
        {
            TenantId = tenantId,
            Permit = permit,
            From = new DateOnly(2022, 2, 24),
            Until = new DateOnly(2026, 3, 4),
            Name = "Suspension of time limits under the act on assistance to citizens of Ukraine",
            LegalSource = "Ustawa z dnia 12 marca 2022 r. o pomocy obywatelom Ukrainy w związku z konfliktem zbrojnym na terytorium tego państwa, art. 100d ust. 1",
            Verified = false,
        }),
    ];

    // Temporary residence: 60 days (art. 112a ust. 1), counted from the latest of the personal
    // appearance, the formally complete application and the evidence delivered or its 14-day term
    // passed (art. 112a ust. 2): checked against a published reading of the act.
    private static ApplicationType Temporary(Guid tenantId, string code, string name, string polishName, string basis, decimal duty, params RequiredDocument[] documents) =>
        Type(tenantId, code, name, polishName, basis, PermitKind.TemporaryResidence, Period(60, PeriodUnit.Days, "art. 112a ust. 1", verified: true), Duty(duty),
            [Document("health-insurance", "Proof of health insurance", DocumentCondition.Always), .. documents]);

    private static ApplicationType Type(Guid tenantId, string code, string name, string polishName, string basis, PermitKind permit, DecisionPeriod period, StampDuty duty, params RequiredDocument[] documents)
    {
        var type = new ApplicationType { TenantId = tenantId, Code = code, Name = name, PolishName = polishName, LegalBasis = $"{Act}, {basis}", Permit = permit };
        // EF Core sets each row's ApplicationTypeId from the collection it is added to.
        type.DecisionPeriods.Add(period);
        type.StampDuties.Add(duty);
        RequiredDocument[] common =
        [
            Document("passport", "Copy of the passport (all pages)", DocumentCondition.Always),
            Document("photo", "Photograph", DocumentCondition.Always),
            Document("stamp-duty", "Proof of the stamp duty paid", DocumentCondition.Always),
            Document("parents-consent", "Consent of the parents or guardians", DocumentCondition.WhenMinor),
        ];
        type.Documents.AddRange(common.Concat(documents));
        return type;
    }

    private static DecisionPeriod Period(int length, PeriodUnit unit, string article, bool verified) =>
        new() { Length = length, Unit = unit, LegalSource = $"{Act}, {article}", Verified = verified, InForceFrom = InForceFrom };

    // The amounts are the duties as last published before 2026; a change since then is not excluded.
    private static StampDuty Duty(decimal amount) =>
        new() { AmountPln = amount, LegalSource = StampDutyAct, Verified = false, InForceFrom = InForceFrom };

    private static RequiredDocument Document(string code, string name, DocumentCondition condition) =>
        new() { Code = code, Name = name, Condition = condition, LegalSource = Act, Verified = false, InForceFrom = InForceFrom };
}
