using System.Globalization;
using Pathway.Cases.Catalogue;
using Pathway.Cases.DecisionSupport;
using Pathway.Cases.SecurityChecks;
using Pathway.Cases.Workflow;

namespace Pathway.Cases.Tests;

public class DecisionChecklistTests
{
    private static DateOnly D(string iso) => DateOnly.ParseExact(iso, "yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static readonly DecisionRules Rules = DecisionRules.Parse(DecisionRules.Default).Rules!;

    private static ResidenceCase Case(string born = "1990-01-01") => new()
    {
        Number = "WSC-II-S.6151.1.2026", ApplicationType = "temporary-work", Permit = PermitKind.TemporaryResidence,
        ApplicantBirthDate = D(born), SubmittedOn = D("2026-05-04"), State = CaseState.Examination, FormallyCompleteOn = D("2026-05-05"),
    };

    private static SecurityCheck Check(Authority authority, string due, CheckAnswer? answer = null, string? overrideReason = null) => new()
    {
        Authority = authority, RequestedOn = D("2026-05-05"), DueOn = D(due), Answer = answer, OverrideReason = overrideReason,
    };

    [Fact]
    public void Evaluate_AFreshCase_ExplainsEachLine_AndDecidesNothing()
    {
        var lines = DecisionChecklist.Evaluate(Rules, Case(), null, D("2026-05-10"));

        lines.Select(l => (l.Kind, l.Status)).ShouldBe(
        [
            (RuleKind.PassportValidity, ChecklistStatus.NotChecked),
            (RuleKind.StampDuty, ChecklistStatus.Failed),
            (RuleKind.PersonalAppearance, ChecklistStatus.Failed),
            (RuleKind.RequiredDocuments, ChecklistStatus.NotChecked),
            (RuleKind.SecurityChecks, ChecklistStatus.Failed),
            (RuleKind.SecurityChecks, ChecklistStatus.Failed),
            (RuleKind.SecurityChecks, ChecklistStatus.Failed),
            (RuleKind.DuplicateIdentity, ChecklistStatus.NotChecked),
        ]);
        lines.Last().Text.ShouldContain("not available");
        lines.ShouldAllBe(l => l.Text.Length > 0);
    }

    [Fact]
    public void Evaluate_FeeAppearanceAndAnswers_PassWithTheirDays()
    {
        var c = Case();
        c.FeePaidOn = D("2026-05-06");
        c.AppearedOn = D("2026-05-07");
        c.SecurityChecks.AddRange([
            Check(Authority.BorderGuard, "2026-06-04", CheckAnswer.NoObjection),
            Check(Authority.Police, "2026-06-04"),
            Check(Authority.InternalSecurityAgency, "2026-06-04", CheckAnswer.Objection, overrideReason: "facts explained"),
        ]);

        var lines = DecisionChecklist.Evaluate(Rules, c, null, D("2026-06-05"));

        lines.Where(l => l.Kind is RuleKind.StampDuty or RuleKind.PersonalAppearance).ShouldAllBe(l => l.Status == ChecklistStatus.Passed);
        var security = lines.Where(l => l.Kind == RuleKind.SecurityChecks).ToList();
        security.ShouldAllBe(l => l.Status == ChecklistStatus.Passed);
        security[1].Text.ShouldContain("the law counts this as no objection");
        lines.First(l => l.Kind == RuleKind.StampDuty).Args.ShouldBe([D("2026-05-06")]);
    }

    [Fact]
    public void Evaluate_AChildUnder13_IsNotCheckedByTheInternalSecurityAgency()
    {
        var lines = DecisionChecklist.Evaluate(Rules, Case(born: "2015-01-01"), null, D("2026-05-10"));

        var agency = lines.Where(l => l.Kind == RuleKind.SecurityChecks).Last();
        (agency.Status, agency.Text).ShouldBe((ChecklistStatus.Passed, "The Internal Security Agency is not asked about a child under 13."));
    }
}
