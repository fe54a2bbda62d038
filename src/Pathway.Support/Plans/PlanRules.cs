using System.Globalization;

namespace Pathway.Support.Plans;

/// <summary>What a plan's draft must be before it is kept: every problem named on its field at once.</summary>
public static class PlanRules
{
    /// <summary>
    /// Checks a draft against the case team (<paramref name="team"/>: user id to name) and gives the
    /// goals to keep, or the problems. A draft may be unfinished (a goal without tasks yet); only
    /// submitting asks for a goal and a task under each.
    /// </summary>
    public static (IReadOnlyList<GoalDraft> Goals, IReadOnlyList<PlanRefusal> Problems) Check(PlanInput input, IReadOnlyDictionary<Guid, string> team)
    {
        var problems = new List<PlanRefusal>();
        if (input.Kind is not { } kind || !Enum.IsDefined(kind))
        {
            problems.Add(new PlanRefusal(PlanProblem.KindMissing, "kind"));
        }

        var goals = input.Goals ?? [];
        if (goals.Count > Plan.MaxGoals)
        {
            problems.Add(new PlanRefusal(PlanProblem.TooManyGoals, "goals"));
            return ([], problems);
        }

        var drafts = new List<GoalDraft>();
        for (var g = 0; g < goals.Count; g++)
        {
            var goal = goals[g] ?? new GoalInput(null, null, null, null);
            var at = string.Create(CultureInfo.InvariantCulture, $"goals[{g}]");
            if (goal.Area is not { } area || !Enum.IsDefined(area))
            {
                problems.Add(new PlanRefusal(PlanProblem.AreaMissing, $"{at}.area"));
                area = GoalArea.Other;
            }

            var text = Text(goal.Text, $"{at}.text", PlanProblem.GoalTextMissing, problems);
            var tasks = goal.Tasks ?? [];
            if (tasks.Count > Plan.MaxTasksPerGoal)
            {
                problems.Add(new PlanRefusal(PlanProblem.TooManyTasks, $"{at}.tasks"));
                continue;
            }

            var taskDrafts = new List<TaskDraft>();
            for (var t = 0; t < tasks.Count; t++)
            {
                var task = tasks[t] ?? new TaskInput(null, null, null, null, null);
                var field = string.Create(CultureInfo.InvariantCulture, $"{at}.tasks[{t}]");
                var taskText = Text(task.Text, $"{field}.text", PlanProblem.TaskTextMissing, problems);
                string? member = null;
                if (task.Assignee is not { } assignee || !Enum.IsDefined(assignee))
                {
                    problems.Add(new PlanRefusal(PlanProblem.AssigneeMissing, $"{field}.assignee"));
                    assignee = TaskAssignee.CaseTeam;
                }
                else if (assignee == TaskAssignee.TeamMember && (task.MemberId is not { } memberId || !team.TryGetValue(memberId, out member)))
                {
                    problems.Add(new PlanRefusal(PlanProblem.MemberNotOnTeam, $"{field}.memberId"));
                }

                taskDrafts.Add(new TaskDraft(task.Id, taskText, assignee, task.MemberId, member, task.DueOn));
            }

            drafts.Add(new GoalDraft(goal.Id, area, text, taskDrafts));
        }

        return problems.Count > 0 ? ([], problems) : (drafts, problems);
    }

    private static string Text(string? value, string field, PlanProblem missing, List<PlanRefusal> problems)
    {
        var text = value?.Trim() ?? "";
        if (text.Length == 0)
        {
            problems.Add(new PlanRefusal(missing, field));
        }
        else if (text.Length > Plan.MaxTextLength)
        {
            problems.Add(new PlanRefusal(PlanProblem.TextTooLong, field));
        }

        return text;
    }
}
