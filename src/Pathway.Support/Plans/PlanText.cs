using Microsoft.Extensions.Localization;

namespace Pathway.Support.Plans;

/// <summary>The words of plans in the reader's language, shared by the pages, the portal and the API.</summary>
public static class PlanText
{
    public static string Problem(PlanProblem problem, IStringLocalizer text) => problem switch
    {
        PlanProblem.CaseNotFound => text["There is no such consent or case."],
        PlanProblem.CaseClosed => text["The case is closed: nothing new is recorded on it. A supervisor may reopen it."],
        PlanProblem.PlanNotFound => text["There is no such plan waiting for approval, or it is not yours to see."],
        PlanProblem.TaskNotFound => text["There is no such task in a plan in force."],
        PlanProblem.KindMissing => text["Choose whether this is a care plan or an integration plan."],
        PlanProblem.NoGoals => text["A plan needs at least one goal before it is submitted."],
        PlanProblem.TooManyGoals => text["A plan has at most {0} goals.", Plan.MaxGoals],
        PlanProblem.AreaMissing => text["Choose the area of the goal."],
        PlanProblem.GoalTextMissing => text["Write the goal."],
        PlanProblem.TextTooLong => text["Write at most {0} characters.", Plan.MaxTextLength],
        PlanProblem.TooManyTasks => text["A goal has at most {0} tasks.", Plan.MaxTasksPerGoal],
        PlanProblem.GoalWithoutTasks => text["Each goal needs at least one task before the plan is submitted."],
        PlanProblem.TaskTextMissing => text["Write what is to be done."],
        PlanProblem.DueOnUnreadable => text["Write the due date as a date."],
        PlanProblem.AssigneeMissing => text["Say who does the task."],
        PlanProblem.MemberNotOnTeam => text["Choose a member of the case team."],
        PlanProblem.NothingToSubmit => text["There is no draft to submit: change the plan first."],
        PlanProblem.WrongState => text["The plan has moved on already: reload it and try again."],
        PlanProblem.OwnPlan => text["You wrote part of this plan, so another supervisor decides on it (four eyes)."],
        PlanProblem.ReasonMissing => text["Write why the plan is returned."],
        PlanProblem.ReasonTooLong => text["Write at most {0} characters.", Plan.MaxReasonLength],
        PlanProblem.NotInForce => text["Only the tasks of the plan in force are ticked done."],
        PlanProblem.NotTheirTask => text["This task is your case worker's: only they tick it."],
        PlanProblem.CodeInvalid => text["This code does not work: it may be mistyped, used already or expired. Ask your case worker for a new one."],
    };

    public static string Kind(PlanKind kind, IStringLocalizer text) => kind switch
    {
        PlanKind.Care => text["Care plan"],
        PlanKind.Integration => text["Integration plan"],
    };

    public static string Status(PlanStatus status, IStringLocalizer text) => status switch
    {
        PlanStatus.Draft => text["Draft"],
        PlanStatus.Submitted => text["Waiting for approval"],
        PlanStatus.Approved => text["In force"],
        PlanStatus.Returned => text["Returned"],
        PlanStatus.Superseded => text["Replaced by a newer version"],
    };

    public static string Step(PlanStepKind step, IStringLocalizer text) => step switch
    {
        PlanStepKind.Drafted => text["Drafted"],
        PlanStepKind.Edited => text["Changed"],
        PlanStepKind.Submitted => text["Submitted for approval"],
        PlanStepKind.Approved => text["Approved"],
        PlanStepKind.Returned => text["Returned with a reason"],
    };

    public static string Area(GoalArea area, IStringLocalizer text) => area switch
    {
        GoalArea.Housing => text["Housing"],
        GoalArea.Health => text["Health"],
        GoalArea.Education => text["Education and training"],
        GoalArea.Language => text["Language"],
        GoalArea.Employment => text["Work"],
        GoalArea.Income => text["Income and benefits"],
        GoalArea.LegalStatus => text["Legal status"],
        GoalArea.Family => text["Family"],
        GoalArea.Safety => text["Safety"],
        GoalArea.Other => text["Something else"],
    };

    /// <summary>Who does a task, as staff read it: the named member, the case team, or the person.</summary>
    public static string Assignee(PlanTask task, IStringLocalizer text) => Assignee(task.Assignee, task.MemberName, text);

    public static string Assignee(TaskAssignee assignee, string? memberName, IStringLocalizer text) => assignee switch
    {
        TaskAssignee.CaseTeam => text["The case team"],
        TaskAssignee.TeamMember => memberName ?? text["The case team"],
        TaskAssignee.Migrant => text["The person"],
    };

    /// <summary>Who does a task, as the person reads it in the portal: no staff member's account is named to them.</summary>
    public static string ForThePerson(PlanTask task, IStringLocalizer text) => task.Assignee switch
    {
        TaskAssignee.CaseTeam or TaskAssignee.TeamMember => text["Your case worker"],
        TaskAssignee.Migrant => text["You"],
    };
}
