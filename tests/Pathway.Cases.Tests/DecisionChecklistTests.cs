using System.Globalization;
using Pathway.Cases.Catalogue;
using Pathway.Cases.DecisionSupport;
using Pathway.Cases.SecurityChecks;
using Pathway.Cases.Workflow;
using Pathway.Platform.Registry;

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
        lines.Last().Text.ShouldBe("Not checked: this installation has no person registry.");
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

    private static ResidenceCase WithPassport()
    {
        var c = new ResidenceCase
        {
            Number = "WSC-II-S.6151.2.2026", ApplicationType = "temporary-work", Permit = PermitKind.TemporaryResidence, PassportNumber = "FT123456",
            ApplicantBirthDate = D("1990-01-01"), SubmittedOn = D("2026-05-04"), State = CaseState.Examination,
        };
        return c;
    }

    private static ChecklistLine Only(RuleKind kind, ResidenceCase c, IdentitySignal? identity, string today = "2026-05-10", FiledApplication? filed = null) =>
        DecisionChecklist.Evaluate(Rules, c, null, D(today), identity, filed).Single(l => l.Kind == kind);

    [Theory]
    [InlineData("2026-08-08", ChecklistStatus.Passed)]   // exactly 90 days after today
    [InlineData("2026-08-07", ChecklistStatus.Failed)]   // one day short
    public void PassportValidity_ByTheRegistrysExpiry_CountsTheRuleDaysFromToday(string expires, ChecklistStatus status)
    {
        var line = Only(RuleKind.PassportValidity, WithPassport(), new IdentitySignal(true, 0, 0, false, D(expires)));

        line.Status.ShouldBe(status);
        line.Args.ShouldBe(["FT123456", D(expires), 90, D("2026-05-10")]);
    }

    [Fact]
    public void PassportValidity_OfADecidedCase_CountsFromTheDecisionDay_AndWithoutAnExpiryIsNotChecked()
    {
        var decided = WithPassport();
        decided.DecidedOn = D("2026-05-01");

        Only(RuleKind.PassportValidity, decided, new IdentitySignal(true, 0, 0, false, D("2026-07-30")), today: "2026-09-01").Status.ShouldBe(ChecklistStatus.Passed);
        Only(RuleKind.PassportValidity, decided, new IdentitySignal(true, 0, 0, false, null)).Status.ShouldBe(ChecklistStatus.NotChecked);
        Only(RuleKind.PassportValidity, Case(), new IdentitySignal(true, 0, 0, false, null)).Text.ShouldStartWith("Not checked: the case names no passport");
    }

    [Fact]
    public void DuplicateIdentity_LostOrStolenBeforeConfirmedBeforeOpen_AndUnknownApplicantIsNotChecked()
    {
        var c = WithPassport();

        Only(RuleKind.DuplicateIdentity, c, new IdentitySignal(true, 2, 1, true, null)).Text.ShouldBe("The passport {0} is on a list of lost or stolen documents.");
        Only(RuleKind.DuplicateIdentity, c, new IdentitySignal(true, 2, 1, false, null)).Args.ShouldBe([1]);
        Only(RuleKind.DuplicateIdentity, c, new IdentitySignal(true, 2, 0, false, null)).Args.ShouldBe([2]);
        Only(RuleKind.DuplicateIdentity, c, new IdentitySignal(true, 2, 0, false, null)).Status.ShouldBe(ChecklistStatus.Failed);
        Only(RuleKind.DuplicateIdentity, c, new IdentitySignal(false, 0, 0, false, null)).Status.ShouldBe(ChecklistStatus.NotChecked);
        Only(RuleKind.DuplicateIdentity, c, new IdentitySignal(true, 0, 0, false, null)).Status.ShouldBe(ChecklistStatus.Passed);
    }

    [Fact]
    public void RequiredDocuments_FromTheOnlineApplication_PassWhenAllAreFiled_AndNameEachMissingOne()
    {
        RequiredDocument Document(string code, string name) => new() { Code = code, Name = name };
        var required = new[] { Document("passport-copy", "Copy of the passport"), Document("photo", "Photograph") };

        var all = DecisionChecklist.Evaluate(Rules, Case(), null, D("2026-05-10"), filed: new FiledApplication(required, new HashSet<string> { "passport-copy", "photo" }, null))
            .Where(l => l.Kind == RuleKind.RequiredDocuments).ToList();
        var some = DecisionChecklist.Evaluate(Rules, Case(), null, D("2026-05-10"), filed: new FiledApplication(required, new HashSet<string> { "photo" }, null))
            .Where(l => l.Kind == RuleKind.RequiredDocuments).ToList();

        all.Single().Status.ShouldBe(ChecklistStatus.Passed);
        all.Single().Args.ShouldBe([2]);
        some.Single().Status.ShouldBe(ChecklistStatus.Failed);
        some.Single().Args.ShouldBe(["Copy of the passport"]);
    }

    [Fact]
    public void PassportValidity_TakesTheRegistrysExpiryBeforeTheApplicationsStatement()
    {
        var filed = new FiledApplication([], new HashSet<string>(), D("2030-01-01"));

        Only(RuleKind.PassportValidity, WithPassport(), null, filed: filed).Status.ShouldBe(ChecklistStatus.Passed);
        Only(RuleKind.PassportValidity, WithPassport(), new IdentitySignal(true, 0, 0, false, D("2026-06-01")), filed: filed).Status.ShouldBe(ChecklistStatus.Failed);
    }
}
