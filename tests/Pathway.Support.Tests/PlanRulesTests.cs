using Pathway.Support.Plans;

namespace Pathway.Support.Tests;

/// <summary>A plan's versions, the four-eyes approval, who may tick which task, what a draft checks, and the portal's one-time codes.</summary>
public sealed class PlanRulesTests
{
    private static readonly DateTime Now = new(2026, 5, 4, 9, 0, 0, DateTimeKind.Utc);
    private static readonly PlanActor Worker = new(Guid.NewGuid(), "worker@example.org");
    private static readonly PlanActor Colleague = new(Guid.NewGuid(), "colleague@example.org");
    private static readonly PlanActor Supervisor = new(Guid.NewGuid(), "supervisor@example.org");
    private static readonly PlanActor Person = new(Guid.NewGuid(), "person@example.org", IsMigrant: true);

    private static Plan Draft(params GoalDraft[] goals)
    {
        var plan = Plan.Start(Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid(), PlanKind.Integration, Worker, Now);
        plan.Edit(PlanKind.Integration, goals, Worker, Now);
        return plan;
    }

    private static GoalDraft Goal(string text, params TaskDraft[] tasks) => new(null, GoalArea.Language, text, tasks);

    private static TaskDraft Task(string text, TaskAssignee assignee = TaskAssignee.CaseTeam) => new(null, text, assignee, null, null, null);

    private static Plan Approved()
    {
        var plan = Draft(Goal("A2 Polish", Task("Enrol in a course", TaskAssignee.Migrant), Task("Find a course")));
        plan.Submit(Worker, Now).ShouldBeNull();
        plan.Approve(Supervisor, Now).ShouldBeNull();
        return plan;
    }

    [Fact]
    public void Submit_NeedsAGoal_AndATaskUnderEachGoal()
    {
        Draft().Submit(Worker, Now).ShouldBe(PlanProblem.NoGoals);
        Draft(Goal("Housing")).Submit(Worker, Now).ShouldBe(PlanProblem.GoalWithoutTasks);
        var plan = Draft(Goal("Housing", Task("Call the landlord")));
        plan.Submit(Worker, Now).ShouldBeNull();
        plan.Status.ShouldBe(PlanStatus.Submitted);
        plan.Submit(Worker, Now).ShouldBe(PlanProblem.WrongState);
    }

    [Fact]
    public void Approve_IsRefusedToAnyoneWhoWroteTheVersion_EvenWithThePermission()
    {
        var plan = Draft(Goal("Work", Task("Write a CV")));
        plan.Edit(PlanKind.Integration, [Goal("Work", Task("Write a CV in Polish"))], Colleague, Now);
        plan.Submit(Worker, Now);

        plan.Approve(Worker, Now).ShouldBe(PlanProblem.OwnPlan);
        plan.Approve(Colleague, Now).ShouldBe(PlanProblem.OwnPlan, "an editor wrote part of it too");
        plan.Return(Worker, "not like this", Now).ShouldBe(PlanProblem.OwnPlan);
        plan.Status.ShouldBe(PlanStatus.Submitted);

        plan.Approve(Supervisor, Now).ShouldBeNull();
        plan.InForce.ShouldBeTrue();
        (plan.ApprovedBy, plan.ApprovedAt).ShouldBe((Supervisor.Name, Now));
    }

    [Fact]
    public void Decisions_AreOnlyForASubmittedVersion_AndAReturnNeedsItsReason()
    {
        var draft = Draft(Goal("Work", Task("Write a CV")));
        draft.Approve(Supervisor, Now).ShouldBe(PlanProblem.WrongState);
        draft.Submit(Worker, Now);
        draft.Return(Supervisor, "  ", Now).ShouldBe(PlanProblem.ReasonMissing);
        draft.Return(Supervisor, new string('x', Plan.MaxReasonLength + 1), Now).ShouldBe(PlanProblem.ReasonTooLong);
        draft.Return(Supervisor, "Add a goal for housing.", Now).ShouldBeNull();

        draft.Status.ShouldBe(PlanStatus.Returned);
        draft.ReturnReason.ShouldBe("Add a goal for housing.");
        draft.Approve(Supervisor, Now).ShouldBe(PlanProblem.WrongState);
        // The team revises it and sends it again.
        draft.Edit(PlanKind.Integration, [Goal("Work", Task("Write a CV")), new GoalDraft(null, GoalArea.Housing, "A flat", [Task("Apply for social housing")])], Worker, Now);
        draft.Status.ShouldBe(PlanStatus.Draft);
        draft.Submit(Worker, Now).ShouldBeNull();
    }

    [Fact]
    public void Revise_MakesTheNextVersionAsADraft_AndThePlanInForceStays()
    {
        var inForce = Approved();
        inForce.Tick(inForce.Tasks.First().Id, true, Person, Now).ShouldBeNull();

        var next = inForce.Revise(Worker, Now);

        next.Version.ShouldBe(2);
        next.Status.ShouldBe(PlanStatus.Draft);
        inForce.InForce.ShouldBeTrue();
        next.Tasks.Select(t => (t.Id, t.Done)).ShouldBe(inForce.Tasks.Select(t => (t.Id, t.Done)), "the copy keeps each task's id and tick");
        inForce.Edit(PlanKind.Care, [], Worker, Now).ShouldBe(PlanProblem.WrongState, "an approved version is never changed in place");
    }

    [Fact]
    public void Edit_KeepsAGoalAndATaskNamedByTheirIds_WithTheTick_AndMakesTheRestNew()
    {
        var plan = Approved().Revise(Worker, Now);
        var goal = plan.Goals.Single();
        var kept = goal.Tasks[0];
        kept.Mark(true, Person, Now);
        var stranger = Guid.NewGuid();

        plan.Edit(PlanKind.Integration,
        [
            new GoalDraft(goal.Id, GoalArea.Language, "B1 Polish", [new TaskDraft(kept.Id, "Enrol in a B1 course", TaskAssignee.Migrant, null, null, null), new TaskDraft(stranger, "New task", TaskAssignee.CaseTeam, null, null, null)]),
        ], Worker, Now).ShouldBeNull();

        var edited = plan.Goals.Single();
        edited.Id.ShouldBe(goal.Id);
        edited.Text.ShouldBe("B1 Polish");
        edited.Tasks.Count.ShouldBe(2);
        edited.Tasks.Single(t => t.Id == kept.Id).Done.ShouldBeTrue();
        edited.Tasks.ShouldNotContain(t => t.Id == stranger, "an id the version does not know is not taken from the caller");
    }

    [Fact]
    public void Tick_ThePersonTicksOnlyTheirOwnTasks_TheTeamAny_AndOnlyInThePlanInForce()
    {
        var plan = Approved();
        var theirs = plan.Tasks.Single(t => t.Assignee == TaskAssignee.Migrant);
        var workers = plan.Tasks.Single(t => t.Assignee == TaskAssignee.CaseTeam);

        Plan.MayTick(plan, workers, Person).ShouldBe(PlanProblem.NotTheirTask);
        plan.Tick(workers.Id, true, Person, Now).ShouldBe(PlanProblem.NotTheirTask);
        plan.Tick(theirs.Id, true, Person, Now).ShouldBeNull();
        (theirs.Done, theirs.DoneByMigrant, theirs.DoneBy).ShouldBe((true, true, Person.Name));
        plan.Tick(workers.Id, true, Worker, Now).ShouldBeNull();
        plan.Tick(theirs.Id, false, Worker, Now).ShouldBeNull();
        theirs.Done.ShouldBeFalse();
        plan.Tick(Guid.NewGuid(), true, Worker, Now).ShouldBe(PlanProblem.TaskNotFound);
        plan.Status.ShouldBe(PlanStatus.Approved, "ticking makes no new version");

        var draft = Draft(Goal("Work", Task("Write a CV", TaskAssignee.Migrant)));
        draft.Tick(draft.Tasks.Single().Id, true, Person, Now).ShouldBe(PlanProblem.NotInForce);
    }

    [Fact]
    public void Mirror_CarriesATickIntoTheOpenVersionThatCopiedTheTask()
    {
        var inForce = Approved();
        var next = inForce.Revise(Worker, Now);
        var task = inForce.Tasks.First();
        inForce.Tick(task.Id, true, Person, Now);

        next.Mirror(task);

        next.Tasks.Single(t => t.Id == task.Id).Done.ShouldBeTrue();
    }

    [Fact]
    public void Check_NamesEveryWrongFieldOfTheDraft()
    {
        var member = Guid.NewGuid();
        var team = new Dictionary<Guid, string> { [member] = "Maria" };
        var input = new PlanInput(null,
        [
            new GoalInput(null, null, " ", [new TaskInput(null, "", TaskAssignee.TeamMember, Guid.NewGuid(), null), new TaskInput(null, "Call", null, null, null)]),
            new GoalInput(null, GoalArea.Housing, new string('x', Plan.MaxTextLength + 1), []),
        ]);

        PlanRules.Check(input, team).Problems.Select(p => $"{p.Field}:{p.Problem}").ShouldBe(
        [
            "kind:KindMissing", "goals[0].area:AreaMissing", "goals[0].text:GoalTextMissing", "goals[0].tasks[0].text:TaskTextMissing",
            "goals[0].tasks[0].memberId:MemberNotOnTeam", "goals[0].tasks[1].assignee:AssigneeMissing", "goals[1].text:TextTooLong",
        ]);

        var (goals, problems) = PlanRules.Check(new PlanInput(PlanKind.Care, [new GoalInput(null, GoalArea.Health, " Therapy ", [new TaskInput(null, "See a psychologist", TaskAssignee.TeamMember, member, new DateOnly(2026, 6, 1))])]), team);
        problems.ShouldBeEmpty();
        goals.Single().Text.ShouldBe("Therapy");
        goals.Single().Tasks.Single().MemberName.ShouldBe("Maria");
    }

    [Fact]
    public void ACode_IsReadAsTyped_AndOnlyItsHashIsKept()
    {
        var code = PortalLink.NewCode();

        code.Length.ShouldBe(14);
        code.ShouldNotContain("0");
        code.ShouldNotContain("O");
        PortalLink.Hash(code.ToLowerInvariant().Replace("-", " ", StringComparison.Ordinal)).ShouldBe(PortalLink.Hash(code));
        PortalLink.Hash(code).ShouldNotContain(PortalLink.Normalise(code));
        PortalLink.NewCode().ShouldNotBe(code);
    }

    [Fact]
    public void ALink_IsUsableOnce_AndNotAfterItExpires()
    {
        var link = new PortalLink { CodeHash = "x", IssuedBy = "w", IssuedAt = Now, ExpiresAt = Now + PortalLink.Lifetime };

        link.IsUsable(Now.AddDays(13)).ShouldBeTrue();
        link.IsUsable(Now.AddDays(14)).ShouldBeFalse();
        link.UserId = Guid.NewGuid();
        link.IsUsable(Now).ShouldBeFalse();
    }
}
