namespace Pathway.Support.Plans;

/// <summary>A plan version as the API shows it to the case team and the supervisors.</summary>
internal sealed record PlanAnswer(
    Guid Id, Guid BeneficiaryId, int Version, PlanKind Kind, PlanStatus Status, DateTime CreatedAt, DateTime ChangedAt, DateTime? ApprovedAt, string? ApprovedBy,
    string? ReturnReason, IReadOnlyList<GoalAnswer> Goals, IReadOnlyList<StepAnswer> Steps)
{
    public static PlanAnswer Of(Plan p) => new(
        p.Id, p.BeneficiaryId, p.Version, p.Kind, p.Status, p.CreatedAt, p.ChangedAt, p.ApprovedAt, p.ApprovedBy, p.ReturnReason,
        [.. p.Goals.OrderBy(g => g.Position).Select(g => new GoalAnswer(g.Id, g.Area, g.Text, [.. g.Tasks.OrderBy(t => t.Position).Select(TaskAnswer.Of)]))],
        [.. p.Steps.OrderBy(s => s.At).Select(s => new StepAnswer(s.Kind, s.At, s.By, s.Reason))]);
}

internal sealed record GoalAnswer(Guid Id, GoalArea Area, string Text, IReadOnlyList<TaskAnswer> Tasks);

internal sealed record TaskAnswer(Guid Id, string Text, TaskAssignee Assignee, Guid? MemberId, string? MemberName, DateOnly? DueOn, bool Done, DateTime? DoneAt, string? DoneBy, bool DoneByMigrant)
{
    public static TaskAnswer Of(PlanTask t) => new(t.Id, t.Text, t.Assignee, t.MemberId, t.MemberName, t.DueOn, t.Done, t.DoneAt, t.DoneBy, t.DoneByMigrant);
}

internal sealed record StepAnswer(PlanStepKind Kind, DateTime At, string By, string? Reason);

/// <summary>A case's plan: the version in force, the open one, every version (the newest first), and how many portal accounts are linked to the case.</summary>
internal sealed record CasePlanAnswer(Guid BeneficiaryId, string CaseNumber, PlanAnswer? InForce, PlanAnswer? Open, IReadOnlyList<PlanAnswer> Versions, int LinkedAccounts)
{
    public static CasePlanAnswer Of(CasePlan plan) => new(
        plan.Case.Id, plan.Case.Number, plan.InForce is null ? null : PlanAnswer.Of(plan.InForce), plan.Open is null ? null : PlanAnswer.Of(plan.Open),
        [.. plan.Versions.Select(PlanAnswer.Of)], plan.LinkedAccounts);
}
