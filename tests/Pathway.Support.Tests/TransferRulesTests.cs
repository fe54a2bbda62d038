using Pathway.Support.Beneficiaries;
using Pathway.Support.Transfers;

namespace Pathway.Support.Tests;

/// <summary>Which step of a transfer may follow which, what a request checks, what an accepted transfer does to the case, and who may join or leave a case team.</summary>
public sealed class TransferRulesTests
{
    private static readonly Guid Holder = Guid.NewGuid();
    private static readonly Guid Office = Guid.NewGuid();
    private static readonly HashSet<Guid> Organisations = [Holder, Office];
    private static readonly DateTime Now = new(2026, 5, 4, 9, 30, 0, DateTimeKind.Utc);

    private static IEnumerable<string> Problems(TransferInput input) =>
        TransferDesk.Check(input, Holder, Organisations).Select(p => $"{p.Field}:{p.Problem}");

    private static TransferStep Step(TransferStatus status, string? reason = null) =>
        new() { Status = status, At = Now, By = "ewa@ngo.example", ByUserId = Guid.NewGuid(), ByOrganisation = "Fundacja", Reason = reason };

    private static Transfer Requested() =>
        Transfer.Request(Guid.NewGuid(), Holder, Office, Guid.NewGuid(), "B-2026-00007", "She moved.", Guid.NewGuid(), null, Step(TransferStatus.Requested));

    [Fact]
    public void ARequest_NeedsAnotherOrganisationOfTheOffice_AndAReason()
    {
        Problems(new TransferInput(null, " ")).ShouldBe(["toOrganisationId:ReceiverMissing", "reason:ReasonMissing"]);
        Problems(new TransferInput(Holder, "x")).ShouldBe(["toOrganisationId:ReceiverUnknown"]);
        Problems(new TransferInput(Guid.NewGuid(), "x")).ShouldBe(["toOrganisationId:ReceiverUnknown"]);
        Problems(new TransferInput(Office, "She moved to Warsaw.")).ShouldBeEmpty();
    }

    [Fact]
    public void LongReasons_AreRefused_NotCut()
    {
        Problems(new TransferInput(Office, new string('r', Transfer.MaxReasonLength + 1))).ShouldBe(["reason:ReasonTooLong"]);
        Problems(new TransferInput(Office, "x", new string('o', Transfer.MaxReasonLength + 1))).ShouldBe(["overrideReason:ReasonTooLong"]);
        TransferDesk.StepProblem(TransferStatus.Withdrawn, new string('w', Transfer.MaxReasonLength + 1)).ShouldBe(TransferProblem.ReasonTooLong);
    }

    [Fact]
    public void ADecline_SaysWhy_AcceptingAndWithdrawingNeedNoWords()
    {
        TransferDesk.StepProblem(TransferStatus.Declined, null).ShouldBe(TransferProblem.ReasonMissing);
        TransferDesk.StepProblem(TransferStatus.Declined, "Not our voivodeship.").ShouldBeNull();
        TransferDesk.StepProblem(TransferStatus.Accepted, null).ShouldBeNull();
        TransferDesk.StepProblem(TransferStatus.Withdrawn, null).ShouldBeNull();
    }

    [Theory]
    [InlineData(TransferStatus.Requested, TransferStatus.Accepted, true)]
    [InlineData(TransferStatus.Requested, TransferStatus.Declined, true)]
    [InlineData(TransferStatus.Requested, TransferStatus.Withdrawn, true)]
    [InlineData(TransferStatus.Requested, TransferStatus.Requested, false)]
    [InlineData(TransferStatus.Accepted, TransferStatus.Withdrawn, false)]
    [InlineData(TransferStatus.Accepted, TransferStatus.Declined, false)]
    [InlineData(TransferStatus.Declined, TransferStatus.Accepted, false)]
    [InlineData(TransferStatus.Withdrawn, TransferStatus.Accepted, false)]
    public void Steps_FollowTheTransfersLife(TransferStatus from, TransferStatus to, bool allowed) =>
        Transfer.Allowed(from, to).ShouldBe(allowed);

    [Fact]
    public void TheReceiverAnswers_TheSenderWithdraws() =>
        Enum.GetValues<TransferStatus>().Where(Transfer.IsReceiversStep).ShouldBe([TransferStatus.Accepted, TransferStatus.Declined]);

    [Fact]
    public void ARequest_KeepsEachStep_AndAnAcceptedOneItsNewNumber()
    {
        var transfer = Requested();
        transfer.Status.ShouldBe(TransferStatus.Requested);
        transfer.Steps.Single().TransferId.ShouldBe(transfer.Id);

        transfer.Move(Step(TransferStatus.Accepted)).ShouldBeFalse();
        transfer.Move(Step(TransferStatus.Accepted), "B-2026-00031").ShouldBeTrue();
        transfer.NewCaseNumber.ShouldBe("B-2026-00031");
        transfer.Move(Step(TransferStatus.Withdrawn)).ShouldBeFalse();
        transfer.Steps.Select(s => s.Status).ShouldBe([TransferStatus.Requested, TransferStatus.Accepted]);
    }

    [Fact]
    public void AnOverride_IsKeptOnlyWithoutAConsent()
    {
        var step = Step(TransferStatus.Requested);
        Transfer.Request(Guid.NewGuid(), Holder, Office, Guid.NewGuid(), "B-2026-00001", "r", Guid.NewGuid(), "ignored", step).OverrideReason.ShouldBeNull();
        Transfer.Request(Guid.NewGuid(), Holder, Office, Guid.NewGuid(), "B-2026-00001", "r", null, "No one can consent.", step).OverrideReason.ShouldBe("No one can consent.");
    }

    [Fact]
    public void AnAcceptedCase_TakesTheReceiversNumberAndTeam()
    {
        var beneficiary = new Beneficiary
        {
            OrganisationId = Holder, Number = "B-2026-00007", GivenNames = "Leila", Surname = "Karimi", Language = "fa-AF", MatchKey = "k", CreatedBy = "ewa",
        };
        beneficiary.Team.Add(new CaseTeamMember { BeneficiaryId = beneficiary.Id, UserId = Guid.NewGuid(), Name = "ewa" });
        beneficiary.Team.Add(new CaseTeamMember { BeneficiaryId = beneficiary.Id, UserId = Guid.NewGuid(), Name = "jan" });
        var receiver = new CaseTeamMember { BeneficiaryId = beneficiary.Id, UserId = Guid.NewGuid(), Name = "tomasz" };

        beneficiary.MoveTo(Office, "B-2026-00031", receiver);

        beneficiary.OrganisationId.ShouldBe(Office);
        beneficiary.Number.ShouldBe("B-2026-00031");
        beneficiary.Team.ShouldBe([receiver]);
    }

    [Fact]
    public void ATeam_TakesColleaguesWhoWorkCases_Once()
    {
        var member = new CaseTeamMember { UserId = Guid.NewGuid(), Name = "ewa" };
        var colleague = new Colleague(Guid.NewGuid(), "Jan Nowak", "jan");
        CaseTeams.CheckAddition([member], colleague.UserId, [colleague]).ShouldBeNull();
        CaseTeams.CheckAddition([member], Guid.NewGuid(), [colleague]).ShouldBe(TeamProblem.NotAColleague);
        CaseTeams.CheckAddition([member], member.UserId, [colleague]).ShouldBe(TeamProblem.AlreadyOnTeam);
    }

    [Fact]
    public void ATeam_KeepsItsLastMember()
    {
        var first = new CaseTeamMember { UserId = Guid.NewGuid(), Name = "ewa" };
        var second = new CaseTeamMember { UserId = Guid.NewGuid(), Name = "jan" };
        CaseTeams.CheckRemoval([first, second], first.UserId).ShouldBeNull();
        CaseTeams.CheckRemoval([first], first.UserId).ShouldBe(TeamProblem.LastMember);
        CaseTeams.CheckRemoval([first, second], Guid.NewGuid()).ShouldBe(TeamProblem.NotOnTeam);
    }
}
