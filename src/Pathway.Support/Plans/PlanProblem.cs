namespace Pathway.Support.Plans;

/// <summary>Why a plan's change, step or tick was refused.</summary>
public enum PlanProblem
{
    CaseNotFound,
    CaseClosed,
    PlanNotFound,
    TaskNotFound,
    KindMissing,
    NoGoals,
    TooManyGoals,
    AreaMissing,
    GoalTextMissing,
    TextTooLong,
    TooManyTasks,
    GoalWithoutTasks,
    TaskTextMissing,
    DueOnUnreadable,
    AssigneeMissing,
    MemberNotOnTeam,
    NothingToSubmit,
    WrongState,
    OwnPlan,
    ReasonMissing,
    ReasonTooLong,
    NotInForce,
    NotTheirTask,
    CodeInvalid,
}

/// <summary>A refusal with the field it is about (as the API names it, e.g. <c>goals[0].tasks[1].text</c>).</summary>
public sealed record PlanRefusal(PlanProblem Problem, string Field);
