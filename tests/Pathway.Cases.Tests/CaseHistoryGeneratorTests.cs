using Pathway.Cases.Demo;
using Pathway.Cases.Workflow;

namespace Pathway.Cases.Tests;

public class CaseHistoryGeneratorTests
{
    private static readonly DateOnly Today = new(2026, 12, 2);
    private static readonly Guid[] Officers = [Guid.NewGuid(), Guid.NewGuid()];

    private static List<ResidenceCase> Generate(int seed, int count = 2000) =>
        [.. new CaseHistoryGenerator(Guid.NewGuid(), Guid.NewGuid(), Officers, Guid.NewGuid(), Today, seed).Generate(count)];

    [Fact]
    public void EveryTimeline_IsOneTheRulesAllow_AndEndsByToday()
    {
        var cases = Generate(7);

        foreach (var c in cases)
        {
            c.Version.ShouldBe(c.Events.Count, c.Number);
            c.Events[0].Action.ShouldBe(CaseAction.Register);
            c.Events.ShouldAllBe(e => e.At <= Today.ToDateTime(new TimeOnly(23, 59), DateTimeKind.Utc));
            // Each step starts where the last one left the case.
            c.Events.Zip(c.Events.Skip(1)).ShouldAllBe(pair => pair.First.ToState == pair.Second.FromState);
            c.Events[^1].ToState.ShouldBe(c.State);
            c.DomainEvents.ShouldBeEmpty();
        }

        cases.Select(c => c.Number).Distinct().Count().ShouldBe(cases.Count);
    }

    [Fact]
    public void TheCasesStandInEveryPartOfTheWorkflow()
    {
        var states = Generate(11).Select(c => c.State).ToHashSet();

        states.ShouldContain(CaseState.FormalDeficiency);
        states.ShouldContain(CaseState.Examination);
        states.ShouldContain(CaseState.Decided);
        states.ShouldContain(CaseState.Appealed);
        states.ShouldContain(CaseState.LeftWithoutConsideration);
        states.ShouldContain(CaseState.CardCollected);
    }

    [Fact]
    public void OpenCasesWithAStartedClock_HaveTheirDueDate()
    {
        var open = Generate(3).Where(c => c.State == CaseState.Examination && c.FormallyCompleteOn is not null && c.AppearedOn is not null && !c.EvidenceRequested).ToList();

        open.ShouldNotBeEmpty();
        open.ShouldAllBe(c => c.DecisionDueOn != null && c.DecisionDueOn > c.AppearedOn);
    }

    [Fact]
    public void TheSameSeed_GivesTheSameCases()
    {
        Generate(5, 200).Select(c => (c.Number, c.State, c.Events.Count)).ShouldBe(Generate(5, 200).Select(c => (c.Number, c.State, c.Events.Count)));
    }
}
