using Pathway.Cases.Catalogue;
using Pathway.Cases.SecurityChecks;
using Pathway.Cases.Workflow;

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

/// <summary>Evaluates a tenant's decision rules against a case, one explained line per check.</summary>
public static class DecisionChecklist
{
    public static IReadOnlyList<ChecklistLine> Evaluate(DecisionRules rules, ResidenceCase @case, CatalogueEntry? entry, DateOnly today) =>
        [.. rules.Checks.SelectMany(check => Lines(check, @case, entry, today))];

    private static IEnumerable<ChecklistLine> Lines(RuleCheck check, ResidenceCase c, CatalogueEntry? entry, DateOnly today)
    {
        switch (check.Kind)
        {
            case RuleKind.PassportValidity:
                yield return Line(check, ChecklistStatus.NotChecked,
                    "Not checked: the case holds no passport expiry date, so validity for {0} days after the decision cannot be checked.", check.Days ?? 0);
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
                yield return Line(check, ChecklistStatus.NotChecked,
                    "Not checked: {0} documents are required on the day of submission, and there is no document store yet.", entry?.Documents.Count ?? 0);
                break;
            case RuleKind.SecurityChecks:
                foreach (var line in Security(check, c, today))
                {
                    yield return line;
                }

                break;
            case RuleKind.DuplicateIdentity:
                // People's duplicate suspicions are behind its own module; Cases may not reference it.
                yield return Line(check, ChecklistStatus.NotChecked, "Not checked: duplicate-identity signals from the person registry are not available to cases yet.");
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

    private static ChecklistLine Line(RuleCheck check, ChecklistStatus status, string text, params object[] args) => new(check.Kind, status, text, args);
}
