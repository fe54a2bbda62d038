using System.Text.Json.Serialization;

namespace Pathway.Support.Plans;

/// <summary>Who does a task: the case team (whoever works the case), a named member of the team, or the person themself.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<TaskAssignee>))]
public enum TaskAssignee
{
    CaseTeam,
    TeamMember,
    Migrant,
}

/// <summary>A goal as a draft names it: its id to keep an existing one (and its tasks' ticks), or none for a new one.</summary>
public sealed record GoalDraft(Guid? Id, GoalArea Area, string Text, IReadOnlyList<TaskDraft> Tasks);

/// <summary>A task as a draft names it; <paramref name="MemberName"/> is the team member's as the case team lists it.</summary>
public sealed record TaskDraft(Guid? Id, string Text, TaskAssignee Assignee, Guid? MemberId, string? MemberName, DateOnly? DueOn);

/// <summary>A goal of one plan version, in one area of life, with its tasks. Its id stays the same in the versions that copy it.</summary>
public sealed class PlanGoal
{
    public Guid PlanId { get; init; }
    public Guid Id { get; init; } = Guid.CreateVersion7();
    public int Position { get; private set; }
    public GoalArea Area { get; set; }
    public required string Text { get; set; }
    public List<PlanTask> Tasks { get; init; } = [];

    internal PlanGoal CopyTo(Guid plan)
    {
        var copy = new PlanGoal { PlanId = plan, Id = Id, Position = Position, Area = Area, Text = Text };
        copy.Tasks.AddRange(Tasks.OrderBy(t => t.Position).Select(t => t.CopyTo(plan)));
        return copy;
    }

    /// <summary>Takes the draft's words and tasks; a task named by its id under this goal keeps its tick.</summary>
    internal void Change(int position, GoalDraft draft)
    {
        Position = position;
        Area = draft.Area;
        Text = draft.Text;
        var existing = Tasks.ToDictionary(t => t.Id);
        var kept = new HashSet<Guid>();
        var fresh = new List<PlanTask>();
        for (var i = 0; i < draft.Tasks.Count; i++)
        {
            var task = draft.Tasks[i];
            if (task.Id is { } id && existing.TryGetValue(id, out var found) && kept.Add(id))
            {
                found.Change(i, task);
            }
            else
            {
                var added = new PlanTask { PlanId = PlanId, GoalId = Id, Text = task.Text };
                added.Change(i, task);
                fresh.Add(added);
            }
        }

        Tasks.RemoveAll(t => !kept.Contains(t.Id));
        Tasks.AddRange(fresh);
    }
}

/// <summary>A task of a goal: what is to be done, by whom, by when, and whether it is done (when, by whom).</summary>
public sealed class PlanTask
{
    public Guid PlanId { get; init; }
    public Guid GoalId { get; init; }
    public Guid Id { get; init; } = Guid.CreateVersion7();
    public int Position { get; private set; }
    public required string Text { get; set; }
    public TaskAssignee Assignee { get; private set; }

    /// <summary>The team member who does it (for <see cref="TaskAssignee.TeamMember"/>), with the name the team listed.</summary>
    public Guid? MemberId { get; private set; }

    public string? MemberName { get; private set; }
    public DateOnly? DueOn { get; private set; }
    public DateTime? DoneAt { get; private set; }
    public string? DoneBy { get; private set; }

    /// <summary>The person ticked it themself, in the portal.</summary>
    public bool DoneByMigrant { get; private set; }

    public bool Done => DoneAt is not null;

    internal PlanTask CopyTo(Guid plan)
    {
        var copy = new PlanTask { PlanId = plan, GoalId = GoalId, Id = Id, Text = Text };
        copy.Position = Position;
        copy.Assignee = Assignee;
        copy.MemberId = MemberId;
        copy.MemberName = MemberName;
        copy.DueOn = DueOn;
        copy.CopyTick(this);
        return copy;
    }

    internal void Change(int position, TaskDraft draft)
    {
        Position = position;
        Text = draft.Text;
        Assignee = draft.Assignee;
        MemberId = draft.Assignee == TaskAssignee.TeamMember ? draft.MemberId : null;
        MemberName = draft.Assignee == TaskAssignee.TeamMember ? draft.MemberName : null;
        DueOn = draft.DueOn;
    }

    internal void Mark(bool done, PlanActor by, DateTime now)
    {
        DoneAt = done ? now : null;
        DoneBy = done ? by.Name : null;
        DoneByMigrant = done && by.IsMigrant;
    }

    internal void CopyTick(PlanTask from)
    {
        DoneAt = from.DoneAt;
        DoneBy = from.DoneBy;
        DoneByMigrant = from.DoneByMigrant;
    }
}
