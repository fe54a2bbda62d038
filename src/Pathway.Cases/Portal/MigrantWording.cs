using Microsoft.Extensions.Localization;
using Pathway.Cases.Workflow;

namespace Pathway.Cases.Portal;

/// <summary>
/// Where a case stands and what happened in it, in the applicant's words rather than the office's:
/// no article numbers, no internal steps. Every state has its sentence; internal acts (drafting,
/// assignment) have none and stay off the applicant's timeline.
/// </summary>
public static class MigrantWording
{
    public static string Of(CaseState state, IStringLocalizer text) => state switch
    {
        CaseState.Submitted => text["We have received your application."],
        CaseState.FormalCheck => text["We are checking that your application is complete."],
        CaseState.FormalDeficiency => text["Something is missing from your application: please send it by the deadline."],
        CaseState.Examination => text["Your application is complete and is being examined."],
        CaseState.EvidenceRequested => text["We have asked you for more documents: please send them by the deadline."],
        CaseState.Suspended => text["Your case is paused for now."],
        CaseState.DecisionDrafted => text["A decision is being prepared."],
        CaseState.Decided => text["A decision has been made."],
        CaseState.Appealed => text["Your appeal is being considered."],
        CaseState.Final => text["The decision is final."],
        CaseState.CardOrdered => text["Your residence card has been ordered."],
        CaseState.CardReady => text["Your residence card is ready to collect."],
        CaseState.CardCollected => text["You have collected your residence card. The case is closed."],
        CaseState.NotInitiated => text["The office did not start proceedings on your application."],
        CaseState.LeftWithoutConsideration => text["Your application was not examined: the missing items did not arrive in time."],
        _ => throw new ArgumentOutOfRangeException(nameof(state), state, null),
    };

    /// <summary>The applicant's line for a timeline event, or null when the event is the office's internal work.</summary>
    public static string? Of(CaseAction action, IStringLocalizer text) => Line(action, text)?.Value;

    private static LocalizedString? Line(CaseAction action, IStringLocalizer text) => action switch
    {
        CaseAction.Register => text["Your application was registered."],
        CaseAction.StartFormalCheck => text["The office began checking your application."],
        CaseAction.RefuseToInitiate => text["The office refused to start proceedings."],
        CaseAction.FormalDeficiency => text["The office asked you to complete your application."],
        CaseAction.CureDeficiency => text["The missing items arrived."],
        CaseAction.LeaveWithoutConsideration => text["The application was left without consideration."],
        CaseAction.CompleteFormally => text["Your application is complete."],
        CaseAction.RecordAppearance => text["You came to the office in person."],
        CaseAction.RecordFee => text["Your fee payment was recorded."],
        CaseAction.RequestEvidence => text["The office asked you for more documents."],
        CaseAction.ReceiveEvidence => text["The documents you sent arrived."],
        CaseAction.CloseEvidenceTerm => text["The time to send the documents ended."],
        CaseAction.RecordDelivery => text["A letter was delivered to you."],
        CaseAction.Suspend => text["The case was paused."],
        CaseAction.Resume => text["The case continues."],
        CaseAction.NotifyDelay => text["The office told you the decision will take longer."],
        CaseAction.Decide => text["A decision was made."],
        CaseAction.Discontinue => text["The proceedings were discontinued."],
        CaseAction.LodgeAppeal => text["Your appeal was received."],
        CaseAction.RecordAppealResult => text["The appeal was decided."],
        CaseAction.MarkFinal => text["The decision became final."],
        CaseAction.OrderCard => text["Your residence card was ordered."],
        CaseAction.CardReady => text["Your residence card is ready."],
        CaseAction.CardCollected => text["You collected your residence card."],
        CaseAction.RecordInactivityComplaint or CaseAction.DraftDecision or CaseAction.ReturnDraft or CaseAction.Take or CaseAction.Assign => null,
        _ => throw new ArgumentOutOfRangeException(nameof(action), action, null),
    };

    /// <summary>What the applicant should do next, with its deadline when one runs.</summary>
    public static NextStep Next(ResidenceCase c, TimeLimits.Deadline? noticeTerm, TimeLimits.Deadline? appealTerm, IStringLocalizer text)
    {
        if (c.State is CaseState.FormalDeficiency or CaseState.EvidenceRequested && c.NoticeTermDays is { } days)
        {
            return noticeTerm is { } term
                ? new(text["Send what the office asked for by {0}.", Long(term.End)], term.End, false)
                : new(text["Send what the office asked for within {0} days from the delivery of the letter.", days], null, false);
        }

        if (c.State == CaseState.Decided && c.Outcome != DecisionOutcome.Discontinued)
        {
            return appealTerm is { } appeal
                ? new(text["If you disagree with the decision, you may appeal by {0}.", Long(appeal.End)], appeal.End, false)
                : new(text["If you disagree with the decision, you may appeal within 14 days from its delivery."], null, false);
        }

        if (c.AwaitsDecision && c.AppearedOn is null && c.State != CaseState.Suspended)
        {
            return new(text["Book a visit to give your fingerprints and show your passport."], null, true);
        }

        if (c.State == CaseState.CardReady)
        {
            return new(text["Book a visit to collect your residence card."], null, true);
        }

        return new(text["Nothing for now: the office will write to you when there is news."], null, false);
    }

    /// <summary>The events meant for the applicant, oldest first, in their words.</summary>
    public static IEnumerable<ApplicantEventAnswer> Timeline(ResidenceCase c, IStringLocalizer text) =>
        c.Events.OrderBy(e => e.At).ThenBy(e => e.Id)
            .Select(e => (Event: e, Text: Of(e.Action, text)))
            .Where(x => x.Text is not null)
            .Select(x => new ApplicantEventAnswer(x.Event.At, x.Event.EffectiveOn, x.Text!));

    internal static string Long(DateOnly day) => day.ToString("D", System.Globalization.CultureInfo.CurrentCulture);
}

/// <summary>The applicant's next step: the sentence, its deadline, and whether it is a visit to book.</summary>
public sealed record NextStep(string Text, DateOnly? Due, bool BookVisit);
