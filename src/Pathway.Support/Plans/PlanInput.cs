namespace Pathway.Support.Plans;

/// <summary>A plan's draft as the plan page or the API sends it: the kind and every goal with its tasks, in order.</summary>
public sealed record PlanInput(PlanKind? Kind, IReadOnlyList<GoalInput>? Goals);

/// <summary>A goal of a draft; <paramref name="Id"/> names an existing goal to keep (with its tasks' ticks), none is a new one.</summary>
public sealed record GoalInput(Guid? Id, GoalArea? Area, string? Text, IReadOnlyList<TaskInput>? Tasks);

/// <summary>A task of a draft; <paramref name="MemberId"/> names the team member who does it, for <see cref="TaskAssignee.TeamMember"/>.</summary>
public sealed record TaskInput(Guid? Id, string? Text, TaskAssignee? Assignee, Guid? MemberId, DateOnly? DueOn);

/// <summary>The draft a version stands for, for a page that changes one goal or task and keeps the rest.</summary>
internal static class PlanInputs
{
    public static PlanInput From(Plan? plan, PlanKind kind) => new(kind, plan is null ? [] : [.. plan.Goals.OrderBy(g => g.Position).Select(g => new GoalInput(
        g.Id, g.Area, g.Text, [.. g.Tasks.OrderBy(t => t.Position).Select(t => new TaskInput(t.Id, t.Text, t.Assignee, t.MemberId, t.DueOn))]))]);
}
