using Microsoft.Extensions.Localization;

namespace Pathway.Support.Retention;

/// <summary>The words of retention in the reader's language, shared by the pages, the API and the command line.</summary>
public static class RetentionText
{
    public static string Problem(RetentionProblem problem, IStringLocalizer text, RetentionRecordType? type = null) => problem switch
    {
        RetentionProblem.AmountNotPositive => text["Write a whole number greater than zero."],
        RetentionProblem.AmountOutOfRange => type is { } kind
            ? text["Keep these records at least {0} and at most {1} months.", RetentionRules.MonthsAllowed(kind).Least, RetentionRules.MonthsAllowed(kind).Most]
            : text["Write a whole number greater than zero."],
        RetentionProblem.UnitMissing => text["Choose months or years."],
        RetentionProblem.NotThisOrganisations => text["Your organisation does not keep this kind of record."],
        RetentionProblem.ReasonMissing => text["Write the reason."],
        RetentionProblem.ReasonTooLong => text["Write at most {0} characters.", LegalHold.MaxReasonLength],
        RetentionProblem.UntilPast => text["The last day of the hold cannot be before today."],
        RetentionProblem.UntilNotADay => text["Choose a day from the calendar."],
        RetentionProblem.CaseNotFound => text["There is no such consent or case."],
        RetentionProblem.HoldNotFound => text["There is no such legal hold on this case."],
        RetentionProblem.LiftedAlready => text["This legal hold has been lifted already."],
        RetentionProblem.RanToday => text["The retention rules ran for your organisation today already."],
    };

    public static string RecordType(RetentionRecordType type, IStringLocalizer text) => type switch
    {
        RetentionRecordType.ClosedCases => text["Closed support cases"],
        RetentionRecordType.GbvIncidents => text["Gender-based-violence incidents"],
        RetentionRecordType.HelplineCalls => text["Helpline calls"],
        RetentionRecordType.TracingRequests => text["Closed tracing requests"],
        RetentionRecordType.BreakGlassOpenings => text["Break-glass openings"],
        RetentionRecordType.InterpreterRequests => text["Interpreter requests"],
    };

    /// <summary>What the rule does, and from which date it counts.</summary>
    public static string Rule(RetentionRecordType type, IStringLocalizer text) => type switch
    {
        RetentionRecordType.ClosedCases => text["Anonymised, counted from the closure"],
        RetentionRecordType.GbvIncidents => text["Deleted, counted from the end of the month reported"],
        RetentionRecordType.HelplineCalls => text["Deleted, counted from the call"],
        RetentionRecordType.TracingRequests => text["Deleted, counted from the closing of the request"],
        RetentionRecordType.BreakGlassOpenings => text["Deleted, counted from the end of the opening"],
        RetentionRecordType.InterpreterRequests => text["Deleted, counted from the session"],
    };

    public static string Period(RetentionPeriod period, IStringLocalizer text) => period.Unit switch
    {
        RetentionUnit.Months => text["Months: {0}", period.Amount],
        RetentionUnit.Years => text["Years: {0}", period.Amount],
    };

    public static string Unit(RetentionUnit unit, IStringLocalizer text) => unit switch
    {
        RetentionUnit.Months => text["Months"],
        RetentionUnit.Years => text["Years"],
    };
}
