using Microsoft.Extensions.Localization;
using Pathway.Platform.Localization;

namespace Pathway.Support.Helpline;

/// <summary>The helpline's words: each refusal and each named value in the reader's language, shared by the pages, the API and the CLI.</summary>
public static class HelplineText
{
    public static string Rule(RulesProblem problem, IStringLocalizer text) => problem switch
    {
        RulesProblem.TooMany => text["A mapping can have at most {0} rules.", CategoryRule.MaxRules],
        RulesProblem.PrefixMissing => text["Write the beginning of the value this rule looks for."],
        RulesProblem.PrefixTooLong => text["Write at most {0} characters.", CategoryRule.MaxPrefixLength],
    };

    public static string FieldOf(LoggedCallProblem problem) => problem switch
    {
        LoggedCallProblem.TimeUnreadable or LoggedCallProblem.TimeInFuture => "at",
        LoggedCallProblem.DirectionMissing => "direction",
        LoggedCallProblem.TopicMissing => "topic",
        LoggedCallProblem.LanguageUnknown => "language",
        LoggedCallProblem.MinutesOutOfRange => "minutes",
    };

    public static string Logged(LoggedCallProblem problem, IStringLocalizer text) => problem switch
    {
        LoggedCallProblem.TimeUnreadable => text["Write the time as YYYY-MM-DD HH:MM, or leave it empty for now."],
        LoggedCallProblem.TimeInFuture => text["A call cannot be logged before it happens."],
        LoggedCallProblem.DirectionMissing => text["Say whether the call came in or went out."],
        LoggedCallProblem.TopicMissing => text["Choose what the call was about."],
        LoggedCallProblem.LanguageUnknown => text["Choose the language spoken (a two-letter ISO 639-1 code)."],
        LoggedCallProblem.MinutesOutOfRange => text["Write the call's length in whole minutes, from 1 to {0}.", LoggedCall.MaxMinutes],
    };

    public static string Category(CallCategory category, IStringLocalizer text) => category switch
    {
        CallCategory.Incoming => text["Incoming"],
        CallCategory.OutgoingByOperator => text["Outgoing by an operator"],
        CallCategory.AutomatedHelpline => text["Automated helpline"],
        CallCategory.Redirected => text["Redirected to another unit"],
        CallCategory.Ignored => text["Not counted"],
    };

    public static string Field(CallField field, IStringLocalizer text) => field switch
    {
        CallField.DestinationContext => text["Destination context (dcontext)"],
        CallField.Channel => text["Channel"],
        CallField.DestinationChannel => text["Destination channel (dstchannel)"],
        CallField.Destination => text["Destination (dst)"],
        CallField.LastApplication => text["Last application (lastapp)"],
    };

    public static string Direction(CallDirection direction, IStringLocalizer text) => direction switch
    {
        CallDirection.Incoming => text["Came in"],
        CallDirection.Outgoing => text["Went out"],
    };

    public static string Topic(CallTopic topic, IStringLocalizer text) => topic switch
    {
        CallTopic.Residence => text["Residence and permits"],
        CallTopic.Work => text["Work"],
        CallTopic.Asylum => text["Asylum and protection"],
        CallTopic.Health => text["Health"],
        CallTopic.Education => text["Education"],
        CallTopic.Housing => text["Housing"],
        CallTopic.SocialAssistance => text["Social assistance"],
        CallTopic.LegalAdvice => text["Legal advice"],
        CallTopic.Trafficking => text["Trafficking in human beings"],
        CallTopic.Violence => text["Violence"],
        CallTopic.Other => text["Something else"],
    };

    /// <summary>A bad line of Master.csv in words, with its number.</summary>
    public static string CdrLine(CdrFileProblem line, IStringLocalizer text)
    {
        var found = Cut(line.Problem.Found);
        return line.Problem.Kind switch
        {
            CdrProblemKind.ColumnCount => text["Line {0}: {1} columns, where Master.csv has 16 to 21.", line.Number, found],
            CdrProblemKind.Quoting => text["Line {0}: a quote that does not close, or text after a closing quote.", line.Number],
            CdrProblemKind.Number => text["Line {0}, column {1}: “{2}” is not a whole number written without quotes.", line.Number, line.Problem.Column, found],
            CdrProblemKind.Time => text["Line {0}, column {1}: “{2}” is not a time written yyyy-MM-dd HH:mm:ss.", line.Number, line.Problem.Column, found],
            CdrProblemKind.Unquoted => text["Line {0}, column {1}: “{2}” is text, which Master.csv writes in quotes.", line.Number, line.Problem.Column, found],
        };
    }

    public static string QueueLogLine(int number, IStringLocalizer text) =>
        text["Line {0}: not a queue_log event (time|call id|queue|agent|event|data…).", number];

    /// <summary>Every bad line of a refused or skipping import, under the field of its file.</summary>
    public static void AddProblems(HelplineImportOutcome outcome, FieldErrors errors, IStringLocalizer text)
    {
        foreach (var line in outcome.CdrProblems)
        {
            errors.AddTranslated("file", CdrLine(line, text));
        }

        foreach (var number in outcome.QueueLogProblems)
        {
            errors.AddTranslated("queueLog", QueueLogLine(number, text));
        }
    }

    // What was found is echoed to help find the line, not to copy it: a few characters are enough.
    private static string Cut(string value) => value.Length <= 40 ? value : value[..40] + "…";
}
