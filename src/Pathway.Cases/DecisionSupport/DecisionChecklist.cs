using Pathway.Cases.Catalogue;
using Pathway.Cases.SecurityChecks;
using Pathway.Cases.Workflow;
using Pathway.Platform.Registry;

namespace Pathway.Cases.DecisionSupport;

/// <summary>How one pre-condition stands. The checklist explains; the decision stays a person's.</summary>
public enum ChecklistStatus
{
    Passed,
    Failed,
    NotChecked,
}

/// <summary>One line of the checklist: the check, how it stands, and why, as a text to translate with its arguments.</summary>
public sealed record ChecklistLine(RuleKind Kind, ChecklistStatus Status, string Text, object[] Args);

/// <summary>
/// What the migrant's online application filed for a case: the documents required on the day of
/// submission whose condition applies, the codes of the documents on file, and the passport expiry stated.
/// </summary>
public sealed record FiledApplication(IReadOnlyList<RequiredDocument> Required, IReadOnlySet<string> FiledCodes, DateOnly? PassportExpiresOn);

/// <summary>Evaluates a tenant's decision rules against a case, one explained line per check.</summary>
public static class DecisionChecklist
{
    /// <param name="identity">What the person registry knows of the applicant; null when this installation has no registry.</param>
    /// <param name="filed">The online application the case came from; null when it came on paper.</param>
    public static IReadOnlyList<ChecklistLine> Evaluate(
        DecisionRules rules, ResidenceCase @case, CatalogueEntry? entry, DateOnly today, IdentitySignal? identity = null, FiledApplication? filed = null) =>
        [.. rules.Checks.SelectMany(check => Lines(check, @case, entry, today, identity, filed))];

    private static IEnumerable<ChecklistLine> Lines(RuleCheck check, ResidenceCase c, CatalogueEntry? entry, DateOnly today, IdentitySignal? identity, FiledApplication? filed)
    {
        switch (check.Kind)
        {
            case RuleKind.PassportValidity:
                yield return PassportValidity(check, c, today, identity, filed);
                break;
            case RuleKind.StampDuty:
                yield return c.FeePaidOn is { } paid
                    ? Line(check, ChecklistStatus.Passed, "The stamp duty is recorded as paid on {0}.", paid)
                    : entry?.StampDuty is { } duty
                        ? Line(check, ChecklistStatus.Failed, "No payment of the stamp duty ({0} PLN) is recorded.", duty.AmountPln)
                        : Line(check, ChecklistStatus.Failed, "No payment of the stamp duty is recorded.");
                break;
            case RuleKind.PersonalAppearance:
                yield return c.AppearedOn is { } appeared
                    ? Line(check, ChecklistStatus.Passed, "The personal appearance is recorded on {0}.", appeared)
                    : Line(check, ChecklistStatus.Failed, "No personal appearance is recorded.");
                break;
            case RuleKind.RequiredDocuments:
                foreach (var line in RequiredDocuments(check, entry, filed))
                {
                    yield return line;
                }

                break;
            case RuleKind.SecurityChecks:
                foreach (var line in Security(check, c, today))
                {
                    yield return line;
                }

                break;
            case RuleKind.DuplicateIdentity:
                yield return DuplicateIdentity(check, c, identity);
                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(check), check.Kind, "Every rule kind is evaluated here.");
        }
    }

    private static IEnumerable<ChecklistLine> Security(RuleCheck check, ResidenceCase c, DateOnly today)
    {
        var planned = SecurityCheckCatalogue.For(c.Permit, c.ApplicantBirthDate, c.FormallyCompleteOn ?? today);
        if (planned.Count == 0)
        {
            yield return Line(check, ChecklistStatus.NotChecked, "Not checked: the catalogue names no authorities for this permit.");
        }

        foreach (var plan in planned)
        {
            var name = SecurityCheckNames.Of(plan.Authority);
            var asked = c.SecurityChecks.FirstOrDefault(s => s.Authority == plan.Authority);
            yield return (plan.Exemption, asked) switch
            {
                (_, { Answer: CheckAnswer.NoObjection }) => Line(check, ChecklistStatus.Passed, "The {0} has no objection.", name),
                (_, { Answer: CheckAnswer.Objection, OverrideReason: not null }) =>
                    Line(check, ChecklistStatus.Passed, "The {0} objected; a supervisor recorded the reason to grant anyway.", name),
                (_, { Answer: CheckAnswer.Objection }) => Line(check, ChecklistStatus.Failed, "The {0} objected.", name),
                (_, { Answer: CheckAnswer.NoAnswerInTime }) or (_, { Answer: null }) when asked.IsOverdueOn(today) || asked.Answer is not null =>
                    Line(check, ChecklistStatus.Passed, "The {0} did not answer by {1}: the law counts this as no objection.", name, asked.DueOn),
                (_, { } waiting) => Line(check, ChecklistStatus.Failed, "The {0} has not answered yet; its period runs until {1}.", name, waiting.DueOn),
                ({ } exemption, null) => Line(check, ChecklistStatus.Passed, exemption.Text),
                (null, null) => Line(check, ChecklistStatus.Failed, "The {0} has not been asked yet.", name),
            };
        }
    }

    private static IEnumerable<ChecklistLine> RequiredDocuments(RuleCheck check, CatalogueEntry? entry, FiledApplication? filed)
    {
        if (filed is null)
        {
            // A paper application's documents are in its paper file, which the officer checks by hand.
            yield return Line(check, ChecklistStatus.NotChecked,
                "Not checked: the application came on paper; {0} documents are required on the day of submission.", entry?.Documents.Count ?? 0);
            yield break;
        }

        var missing = filed.Required.Where(d => !filed.FiledCodes.Contains(d.Code)).ToList();
        if (missing.Count == 0)
        {
            yield return Line(check, ChecklistStatus.Passed, "All {0} required documents are on file in the online application.", filed.Required.Count);
        }

        foreach (var document in missing)
        {
            yield return Line(check, ChecklistStatus.Failed, "Missing from the online application: {0}.", document.Name);
        }
    }

    private static ChecklistLine PassportValidity(RuleCheck check, ResidenceCase c, DateOnly today, IdentitySignal? identity, FiledApplication? filed)
    {
        var days = check.Days ?? 0;
        // The registry's record of the document is evidence the office holds; the applicant's statement comes second.
        if ((identity?.DocumentExpiresOn ?? filed?.PassportExpiresOn) is not { } expires)
        {
            return c.PassportNumber is null
                ? Line(check, ChecklistStatus.NotChecked, "Not checked: the case names no passport, so validity for {0} days after the decision cannot be checked.", days)
                : Line(check, ChecklistStatus.NotChecked, "Not checked: neither the person registry nor an online application gives an expiry date for the passport {0}.", c.PassportNumber);
        }

        // A decided case is judged on its decision day; an open one on today, the earliest it could be decided.
        var decision = c.DecidedOn ?? today;
        return expires >= decision.AddDays(days)
            ? Line(check, ChecklistStatus.Passed, "The passport {0} is valid until {1}, at least {2} days after {3}.", c.PassportNumber ?? "", expires, days, decision)
            : Line(check, ChecklistStatus.Failed, "The passport {0} expires on {1}, less than {2} days after {3}.", c.PassportNumber ?? "", expires, days, decision);
    }

    private static ChecklistLine DuplicateIdentity(RuleCheck check, ResidenceCase c, IdentitySignal? identity) => identity switch
    {
        null => Line(check, ChecklistStatus.NotChecked, "Not checked: this installation has no person registry."),
        { DocumentListedLostOrStolen: true } => Line(check, ChecklistStatus.Failed, "The passport {0} is on a list of lost or stolen documents.", c.PassportNumber ?? ""),
        { ConfirmedSuspicions: > 0 } => Line(check, ChecklistStatus.Failed, "The person registry holds {0} confirmed duplicate-identity signals about the applicant.", identity.ConfirmedSuspicions),
        { OpenSuspicions: > 0 } => Line(check, ChecklistStatus.Failed, "The person registry holds {0} duplicate-identity suspicions about the applicant that nobody has reviewed yet.", identity.OpenSuspicions),
        { InRegistry: false } => Line(check, ChecklistStatus.NotChecked, "Not checked: the applicant is not in the person registry (no linked person and no registry document with this passport number)."),
        _ => Line(check, ChecklistStatus.Passed, "The person registry holds no open or confirmed duplicate-identity signal about the applicant, and the passport is on no lost or stolen list."),
    };

    private static ChecklistLine Line(RuleCheck check, ChecklistStatus status, string text, params object[] args) => new(check.Kind, status, text, args);
}
