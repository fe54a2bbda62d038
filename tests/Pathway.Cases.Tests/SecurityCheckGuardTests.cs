using System.Globalization;
using Pathway.Cases.Catalogue;
using Pathway.Cases.SecurityChecks;
using Pathway.Cases.Workflow;

namespace Pathway.Cases.Tests;

public class SecurityCheckGuardTests
{
    private static DateOnly D(string iso) => DateOnly.ParseExact(iso, "yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static ResidenceCase Examined() => new()
    {
        Number = "WSC-II-S.6151.1.2026", ApplicationType = "temporary-work", Permit = PermitKind.TemporaryResidence, ApplicantBirthDate = D("1990-01-01"),
        SubmittedOn = D("2026-05-04"), State = CaseState.Examination, Version = 3, FormallyCompleteOn = D("2026-05-05"), AppearedOn = D("2026-05-06"),
    };

    private static readonly CaseActionInput Grant = new() { Outcome = DecisionOutcome.Granted, Reason = "conditions met", PermitValidFrom = D("2026-07-01"), PermitValidUntil = D("2027-06-30") };

    private static Refusal? Draft(ResidenceCase c, string today) => CaseTransitions.Apply(c, CaseAction.DraftDecision, Grant, new(D(today), DateTime.UtcNow, Guid.NewGuid(), false));

    [Fact]
    public void DraftingAGrant_WhileAPeriodRunsWithoutAnswer_IsRefused_AndAfterItEndsIsAllowed()
    {
        var c = Examined();
        c.SecurityChecks.Add(new SecurityCheck { Authority = Authority.Police, RequestedOn = D("2026-05-05"), DueOn = D("2026-06-04") });

        var refusal = Draft(c, "2026-06-04");

        refusal!.Text.ShouldContain("no answer in time counts as no objection");
        refusal.Args.ShouldBe(["Police", D("2026-06-04")]);
        c.State.ShouldBe(CaseState.Examination);
        Draft(c, "2026-06-05").ShouldBeNull();
        c.State.ShouldBe(CaseState.DecisionDrafted);
    }

    [Fact]
    public void AnObjection_BlocksAGrant_UntilASupervisorRecordsAReason_ButNotARefusal()
    {
        var c = Examined();
        var check = new SecurityCheck { Authority = Authority.InternalSecurityAgency, RequestedOn = D("2026-05-05"), DueOn = D("2026-06-04"), Answer = CheckAnswer.Objection };
        c.SecurityChecks.Add(check);

        Draft(c, "2026-05-20")!.Text.ShouldStartWith("The {0} objected.");
        CaseTransitions.Apply(c, CaseAction.DraftDecision, Grant with { Outcome = DecisionOutcome.Refused }, new(D("2026-05-20"), DateTime.UtcNow, null, false)).ShouldBeNull();

        var other = Examined();
        other.SecurityChecks.Add(new SecurityCheck { Authority = check.Authority, RequestedOn = check.RequestedOn, DueOn = check.DueOn, Answer = CheckAnswer.Objection, OverrideReason = "explained" });
        Draft(other, "2026-05-20").ShouldBeNull();
    }

    [Fact]
    public void ThePeriod_Is30Days_60WhenExtended_AndEndsOnAWorkingDay()
    {
        // 30 days from Friday 2 October 2026 end on Sunday 1 November; Monday 2 November is the next working day.
        SecurityCheckDesk.Due(D("2026-10-02"), SecurityCheckCatalogue.Period.Days).ShouldBe(D("2026-11-02"));
        SecurityCheckDesk.Due(D("2026-05-05"), SecurityCheckCatalogue.Period.ExtendedDays).ShouldBe(D("2026-07-06"));
        SecurityCheckCatalogue.Period.Verified.ShouldBeFalse();
    }

    [Fact]
    public void RecordingTheFee_IsAnActionBeforeTheDecision()
    {
        var c = Examined();

        CaseTransitions.Apply(c, CaseAction.RecordFee, new() { On = D("2026-05-07") }, new(D("2026-05-08"), DateTime.UtcNow, null, false)).ShouldBeNull();

        (c.FeePaidOn, c.Version).ShouldBe((D("2026-05-07"), 4));
        CaseRules.AllowedIn(CaseAction.RecordFee, CaseState.Decided).ShouldBeFalse();
        CaseActionNames.Parse("record-fee").ShouldBe(CaseAction.RecordFee);
    }
}
