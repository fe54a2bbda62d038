using Microsoft.Extensions.Localization;

namespace Pathway.Support.Tracing;

/// <summary>The words of family tracing in the reader's language, shared by the pages and the API.</summary>
public static class TracingText
{
    public static string Problem(TracingProblem problem, IStringLocalizer text) => problem switch
    {
        TracingProblem.DirectionMissing => text["Say who is looking for whom."],
        TracingProblem.NameMissing => text["Write the sought person's given names or surname, as the requester gives them."],
        TracingProblem.NameTooLong => text["Write at most {0} characters.", TracingRequest.MaxNameLength],
        TracingProblem.AgeAndBirthYear => text["Give an age or a birth year, not both."],
        TracingProblem.BirthYearOutOfRange => text["The birth year cannot be after this year or more than {0} years ago.", TracingRules.MaxAge],
        TracingProblem.AgeOutOfRange => text["Write an age from 0 to {0}.", TracingRules.MaxAge],
        TracingProblem.UncertaintyOutOfRange => text["Write the uncertainty as 0 to {0} years.", TracingRules.MaxUncertainty],
        TracingProblem.SoughtNotAChild => text["A relative's request is for a child: the age given makes the sought person 18 or older."],
        TracingProblem.PlaceTooLong => text["Write at most {0} characters.", TracingRequest.MaxPlaceLength],
        TracingProblem.SeparatedOnUnreadable => text["Write the date of separation as YYYY-MM, or YYYY-MM-DD when the day is known."],
        TracingProblem.SeparatedOnInFuture => text["The separation cannot be after today."],
        TracingProblem.RemarksTooLong => text["Write at most {0} characters.", TracingRequest.MaxRemarksLength],
        TracingProblem.ChildCaseMissing => text["Choose the child's support case."],
        TracingProblem.ChildCaseUnknown => text["There is no such case among those you may open."],
        TracingProblem.ChildCaseClosed => text["The case is closed: nothing new is recorded on it. A supervisor may reopen it."],
        TracingProblem.ChildCaseNotAChild => text["This person is not a child: a child's request is for someone under 18 by the date of birth."],
        TracingProblem.RequesterNameMissing => text["Write the requester's name."],
        TracingProblem.RelationshipMissing => text["Write how the requester is related to the child."],
        TracingProblem.ContactMissing => text["Write how to reach the requester."],
        TracingProblem.ContactTooLong => text["Write at most {0} characters.", TracingRequest.MaxContactLength],
        TracingProblem.LanguageUnknown => text["Choose one of the languages offered."],
        TracingProblem.LanguageMissing => text["Choose the language the requester reads: the letter to them is written in it."],
        TracingProblem.NoOrganisation => text["Only staff of an organisation can take its tracing requests."],
        TracingProblem.RequestNotFound => text["There is no such tracing request, or it is not yours to see."],
        TracingProblem.MatchNotFound => text["There is no such candidate, or it is in a case you cannot open."],
        TracingProblem.NotOpen => text["The request is no longer open: this step no longer applies."],
        TracingProblem.AlreadyDecided => text["This candidate was decided already."],
    };

    public static string Direction(TracingDirection direction, IStringLocalizer text) => direction switch
    {
        TracingDirection.RelativeSeeksChild => text["A relative looks for a child"],
        TracingDirection.ChildSeeksRelative => text["A child looks for family"],
    };

    public static string Status(TracingStatus status, IStringLocalizer text) => status switch
    {
        TracingStatus.Open => text["Open"],
        TracingStatus.MatchProposed => text["Match proposed"],
        TracingStatus.Confirmed => text["Match confirmed: reunification or contact in progress"],
        TracingStatus.Closed => text["Closed after a match"],
        TracingStatus.ClosedWithoutMatch => text["Closed without a match"],
    };

    public static string State(MatchState state, IStringLocalizer text) => state switch
    {
        MatchState.Proposed => text["Proposed"],
        MatchState.Confirmed => text["Confirmed"],
        MatchState.Rejected => text["Rejected"],
    };

    public static string Progress(RequesterProgress progress, IStringLocalizer text) => progress switch
    {
        RequesterProgress.Searching => text["We are still searching."],
        RequesterProgress.Found => text["A case worker has confirmed that the person you are looking for has been found. We will contact you to arrange contact."],
        RequesterProgress.EndedWithoutFinding => text["The search has ended without finding the person."],
    };

    public static string Field(TracingField field, IStringLocalizer text) => field switch
    {
        TracingField.GivenNames => text["Given names"],
        TracingField.Surname => text["Surname"],
        TracingField.Sex => text["Sex"],
        TracingField.BirthYear => text["Birth year"],
        TracingField.PlaceOfOrigin => text["Place of origin"],
        TracingField.PlaceOfSeparation => text["Place of separation"],
        TracingField.RelativeName => text["Relative's name"],
    };

    public static string AgreementOf(Agreement agreement, IStringLocalizer text) => agreement switch
    {
        Agreement.Agree => text["Agrees"],
        Agreement.Partial => text["Partly agrees"],
        Agreement.Disagree => text["Disagrees"],
        Agreement.Missing => text["Not known on one side"],
    };

    /// <summary>The linkage level behind an agreement, in words (the engine's key stays in the API).</summary>
    public static string Level(string level, IStringLocalizer text) => level switch
    {
        "exact" => text["the same"],
        "transliteration" => text["the same in another script or spelling"],
        "jaro-winkler>=0.95 or 1 edit" => text["one letter apart"],
        "jaro-winkler>=0.88" => text["similar"],
        "jaro-winkler>=0.7 or prefix" => text["loosely similar, or a short form"],
        "different" => text["different"],
        "missing" => text["missing"],
        "in the range" => text["in the range given"],
        "a year off" => text["a year outside the range given"],
        "outside the range" => text["outside the range given"],
        _ => level,
    };
}
