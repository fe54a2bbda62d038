using Pathway.Cases.Catalogue;

namespace Pathway.Cases.SecurityChecks;

/// <summary>
/// Which authorities are asked for which permit, how long they have to answer, and who is exempt:
/// data, each figure with its legal source and whether it was verified against the statute's text.
/// </summary>
public static class SecurityCheckCatalogue
{
    private const string Act = "ustawa o cudzoziemcach";

    /// <summary>Art. 109 ust. 2 as read for this catalogue: 30 days, 60 in justified cases; not yet checked against the consolidated text.</summary>
    public static readonly AnswerPeriod Period = new(30, 60, $"{Act}, art. 109 ust. 2", Verified: false);

    private static readonly Authority[] All = [Authority.BorderGuard, Authority.Police, Authority.InternalSecurityAgency];

    public static readonly IReadOnlyList<AuthorityRule> Rules =
    [
        new(PermitKind.TemporaryResidence, All, $"{Act}, art. 109 ust. 1", Verified: false),
        // The same information is asked before a permanent or EU long-term permit (art. 200 ust. 2, art. 216 ust. 2 refer to art. 109).
        new(PermitKind.PermanentResidence, All, $"{Act}, art. 200 ust. 2", Verified: false),
        new(PermitKind.LongTermResidentEu, All, $"{Act}, art. 216 ust. 2", Verified: false),
    ];

    public static readonly IReadOnlyList<Exemption> Exemptions =
    [
        new(Authority.InternalSecurityAgency, ExemptionKind.ApplicantUnder, 13,
            "The Internal Security Agency is not asked about a child under 13.", $"{Act}, art. 109", Verified: false),
    ];

    /// <summary>The authorities to ask for a case, each with the exemption that spares it, if any.</summary>
    public static IReadOnlyList<PlannedCheck> For(PermitKind permit, DateOnly applicantBirthDate, DateOnly on)
    {
        var rule = Rules.FirstOrDefault(r => r.Permit == permit);
        return rule is null
            ? []
            : [.. rule.Authorities.Select(a => new PlannedCheck(a, rule, Exemptions.FirstOrDefault(e => e.Authority == a && e.Applies(applicantBirthDate, on))))];
    }
}

public sealed record AnswerPeriod(int Days, int ExtendedDays, string LegalSource, bool Verified);

public sealed record AuthorityRule(PermitKind Permit, IReadOnlyList<Authority> Authorities, string LegalSource, bool Verified);

public enum ExemptionKind
{
    /// <summary>The applicant is younger than <see cref="Exemption.Years"/> on the day of the request.</summary>
    ApplicantUnder,
}

public sealed record Exemption(Authority Authority, ExemptionKind Kind, int Years, string Text, string LegalSource, bool Verified)
{
    public bool Applies(DateOnly birthDate, DateOnly on) => Kind switch
    {
        ExemptionKind.ApplicantUnder => birthDate.AddYears(Years) > on,
        _ => false,
    };
}

/// <summary>One authority the office should ask, unless <see cref="Exemption"/> spares it.</summary>
public sealed record PlannedCheck(Authority Authority, AuthorityRule Rule, Exemption? Exemption);
