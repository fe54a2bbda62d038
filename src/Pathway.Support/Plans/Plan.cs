using System.Text.Json.Serialization;
using Pathway.Platform.Tenancy;

namespace Pathway.Support.Plans;

[JsonConverter(typeof(JsonStringEnumConverter<PlanKind>))]
public enum PlanKind
{
    /// <summary>What the person needs now to be safe and cared for (health, housing, protection).</summary>
    Care,

    /// <summary>The person's way into life here (language, work, school, legal status).</summary>
    Integration,
}

/// <summary>
/// A version's life: drafted, submitted to a supervisor, then approved (in force) or returned with
/// the reason; an approved version is superseded when the next one is approved.
/// </summary>
[JsonConverter(typeof(JsonStringEnumConverter<PlanStatus>))]
public enum PlanStatus
{
    Draft,
    Submitted,
    Approved,
    Returned,
    Superseded,
}

/// <summary>Who acts on a plan: a staff member, or the person the plan is for, signed in to the portal.</summary>
public sealed record PlanActor(Guid UserId, string Name, bool IsMigrant = false);

/// <summary>
/// One version of a support case's care or integration plan: goals, each with its tasks. A worker of
/// the case team drafts and submits it; a supervisor of the organisation who wrote no part of it
/// approves it or returns it with the reason. Only the approved version is in force and shown to the
/// person. Changing the goals of the version in force makes the next version, a draft, while the
/// approved one stays in force; ticking a task done changes no version.
/// </summary>
public sealed class Plan : ITenantOwned
{
    public const int MaxTextLength = 500;
    public const int MaxReasonLength = 1000;
    public const int MaxGoals = 20;
    public const int MaxTasksPerGoal = 20;

    // Set at drafting and changed only when the case is transferred (MoveTo): EF reads and writes the field.
    private Guid organisationId;

    public Guid Id { get; init; } = Guid.CreateVersion7();
    public Guid TenantId { get; init; }

    /// <summary>The organisation holding the case, which the plan moves with.</summary>
    public Guid OrganisationId { get => organisationId; init => organisationId = value; }

    public Guid BeneficiaryId { get; init; }

    /// <summary>1 for the case's first plan, one more for each revision.</summary>
    public int Version { get; init; }

    public PlanKind Kind { get; private set; }
    public PlanStatus Status { get; private set; }
    public DateTime CreatedAt { get; init; }
    public DateTime ChangedAt { get; private set; }
    public DateTime? ApprovedAt { get; private set; }
    public string? ApprovedBy { get; private set; }

    public List<PlanGoal> Goals { get; init; } = [];
    public List<PlanStep> Steps { get; init; } = [];

    public bool InForce => Status == PlanStatus.Approved;

    /// <summary>A version not decided yet: it may be edited and submitted.</summary>
    public bool IsOpen => Status is PlanStatus.Draft or PlanStatus.Submitted or PlanStatus.Returned;

    /// <summary>Those who wrote this version (drafted, edited or submitted it): none of them may decide on it.</summary>
    public IEnumerable<Guid> Authors => Steps.Where(s => s.Kind is PlanStepKind.Drafted or PlanStepKind.Edited or PlanStepKind.Submitted).Select(s => s.ByUserId).Distinct();

    /// <summary>The return reason of a returned version, for the worker who revises it.</summary>
    public string? ReturnReason => Status == PlanStatus.Returned ? Steps.Where(s => s.Kind == PlanStepKind.Returned).MaxBy(s => s.At)?.Reason : null;

    public IEnumerable<PlanTask> Tasks => Goals.SelectMany(g => g.Tasks);

    /// <summary>A case's first plan, empty, as a draft.</summary>
    public static Plan Start(Guid tenant, Guid organisation, Guid beneficiary, PlanKind kind, PlanActor by, DateTime now)
    {
        var plan = new Plan { TenantId = tenant, OrganisationId = organisation, BeneficiaryId = beneficiary, Version = 1, Kind = kind, Status = PlanStatus.Draft, CreatedAt = now, ChangedAt = now };
        plan.Record(PlanStepKind.Drafted, by, now);
        return plan;
    }

    /// <summary>The next version of the plan in force, as a draft with the same goals and tasks (their ids and ticks kept); this one stays in force.</summary>
    public Plan Revise(PlanActor by, DateTime now)
    {
        var next = new Plan
        {
            TenantId = TenantId, OrganisationId = OrganisationId, BeneficiaryId = BeneficiaryId, Version = Version + 1, Kind = Kind,
            Status = PlanStatus.Draft, CreatedAt = now, ChangedAt = now,
        };
        foreach (var goal in Goals.OrderBy(g => g.Position))
        {
            next.Goals.Add(goal.CopyTo(next.Id));
        }

        next.Record(PlanStepKind.Drafted, by, now);
        return next;
    }

    /// <summary>
    /// Replaces the kind, goals and tasks of an open version (checked already by <see cref="PlanRules.Check"/>).
    /// A goal or task keeps its id, and a task its tick, when the draft names it under the same goal;
    /// anything else is new. A submitted version leaves the supervisor's queue: it is a draft again.
    /// </summary>
    public PlanProblem? Edit(PlanKind kind, IReadOnlyList<GoalDraft> goals, PlanActor by, DateTime now)
    {
        if (!IsOpen)
        {
            return PlanProblem.WrongState;
        }

        Kind = kind;
        var kept = new HashSet<Guid>();
        var existing = Goals.ToDictionary(g => g.Id);
        var fresh = new List<PlanGoal>();
        for (var i = 0; i < goals.Count; i++)
        {
            var draft = goals[i];
            if (draft.Id is { } id && existing.TryGetValue(id, out var goal) && kept.Add(id))
            {
                goal.Change(i, draft);
            }
            else
            {
                goal = new PlanGoal { PlanId = Id, Area = draft.Area, Text = draft.Text };
                goal.Change(i, draft);
                fresh.Add(goal);
            }
        }

        Goals.RemoveAll(g => !kept.Contains(g.Id));
        Goals.AddRange(fresh);
        Status = PlanStatus.Draft;
        // A version drafted and filled in by one person in one go is one step in its history.
        if (Steps.LastOrDefault() is { Kind: PlanStepKind.Drafted } drafted && drafted.ByUserId == by.UserId && drafted.At == now)
        {
            ChangedAt = now;
        }
        else
        {
            Record(PlanStepKind.Edited, by, now);
        }

        return null;
    }

    /// <summary>Sends an open version to the supervisors: it needs a goal, and each goal a task.</summary>
    public PlanProblem? Submit(PlanActor by, DateTime now)
    {
        if (Status is not (PlanStatus.Draft or PlanStatus.Returned))
        {
            return PlanProblem.WrongState;
        }

        if (Goals.Count == 0)
        {
            return PlanProblem.NoGoals;
        }

        if (Goals.Any(g => g.Tasks.Count == 0))
        {
            return PlanProblem.GoalWithoutTasks;
        }

        Status = PlanStatus.Submitted;
        Record(PlanStepKind.Submitted, by, now);
        return null;
    }

    /// <summary>Puts a submitted version in force. Four eyes: no one who wrote it may approve it.</summary>
    public PlanProblem? Approve(PlanActor by, DateTime now)
    {
        if (Decision(by) is { } refused)
        {
            return refused;
        }

        Status = PlanStatus.Approved;
        ApprovedAt = now;
        ApprovedBy = by.Name;
        Record(PlanStepKind.Approved, by, now);
        return null;
    }

    /// <summary>Sends a submitted version back to the case team with the reason (required); the plan in force, if any, stays.</summary>
    public PlanProblem? Return(PlanActor by, string? reason, DateTime now)
    {
        if (Decision(by) is { } refused)
        {
            return refused;
        }

        var why = reason?.Trim();
        if (string.IsNullOrEmpty(why))
        {
            return PlanProblem.ReasonMissing;
        }

        if (why.Length > MaxReasonLength)
        {
            return PlanProblem.ReasonTooLong;
        }

        Status = PlanStatus.Returned;
        Record(PlanStepKind.Returned, by, now, why);
        return null;
    }

    /// <summary>The version in force gives way to the one just approved.</summary>
    internal void Supersede(DateTime now)
    {
        Status = PlanStatus.Superseded;
        ChangedAt = now;
    }

    /// <summary>
    /// Ticks a task of the plan in force done, or not done. No new version and no approval: the
    /// goals did not change. The person may tick only the tasks that are theirs.
    /// </summary>
    public PlanProblem? Tick(Guid taskId, bool done, PlanActor by, DateTime now)
    {
        var task = Tasks.FirstOrDefault(t => t.Id == taskId);
        if (task is null)
        {
            return PlanProblem.TaskNotFound;
        }

        if (MayTick(this, task, by) is { } refused)
        {
            return refused;
        }

        task.Mark(done, by, now);
        ChangedAt = now;
        return null;
    }

    /// <summary>The same tick on an open version that copied the task from the plan in force, so approving it does not undo the tick.</summary>
    internal void Mirror(PlanTask ticked)
    {
        if (IsOpen && Tasks.FirstOrDefault(t => t.Id == ticked.Id) is { } copy)
        {
            copy.CopyTick(ticked);
        }
    }

    /// <summary>Who may tick which task: any task of the plan in force for its case team and supervisors; only their own for the person.</summary>
    public static PlanProblem? MayTick(Plan plan, PlanTask task, PlanActor by) =>
        !plan.InForce ? PlanProblem.NotInForce
        : by.IsMigrant && task.Assignee != TaskAssignee.Migrant ? PlanProblem.NotTheirTask
        : null;

    /// <summary>The case moved to another organisation (an accepted transfer): its plans go with it.</summary>
    internal void MoveTo(Guid organisation) => organisationId = organisation;

    private PlanProblem? Decision(PlanActor by) =>
        Status != PlanStatus.Submitted ? PlanProblem.WrongState
        : Authors.Contains(by.UserId) ? PlanProblem.OwnPlan
        : null;

    private void Record(PlanStepKind kind, PlanActor by, DateTime now, string? reason = null)
    {
        ChangedAt = now;
        Steps.Add(new PlanStep { PlanId = Id, Kind = kind, At = now, By = by.Name, ByUserId = by.UserId, Reason = reason });
    }
}

[JsonConverter(typeof(JsonStringEnumConverter<PlanStepKind>))]
public enum PlanStepKind
{
    Drafted,
    Edited,
    Submitted,
    Approved,
    Returned,
}

/// <summary>One step of a plan version's life: who drafted, changed, submitted, approved or returned it, when, and why.</summary>
public sealed class PlanStep
{
    public Guid Id { get; init; } = Guid.CreateVersion7();
    public Guid PlanId { get; init; }
    public PlanStepKind Kind { get; init; }
    public DateTime At { get; init; }
    public required string By { get; init; }
    public Guid ByUserId { get; init; }
    public string? Reason { get; init; }
}
