using Pathway.Cases.Workflow;

namespace Pathway.Cases.SecurityChecks;

/// <summary>
/// What the security checks allow before a permit is granted: not while an authority's period is
/// still running without an answer (no answer within it counts as no objection, art. 109), and not
/// against an objection unless a supervisor recorded a reason.
/// </summary>
public static class SecurityCheckGuard
{
    public static Refusal? BeforeGranting(IEnumerable<SecurityCheck> checks, DateOnly today)
    {
        foreach (var check in checks.OrderBy(c => c.Authority))
        {
            if (check.Answer is null && today <= check.DueOn)
            {
                return Refusal.Of(
                    "The {0} has not answered yet; its period runs until {1}. A permit can be granted once it answers or the period ends (no answer in time counts as no objection).",
                    SecurityCheckNames.Of(check.Authority), check.DueOn);
            }

            if (check.Answer == CheckAnswer.Objection && check.OverrideReason is null)
            {
                return Refusal.Of("The {0} objected. A permit can be granted only after a supervisor records the reason to grant it anyway.", SecurityCheckNames.Of(check.Authority));
            }
        }

        return null;
    }
}
