using Microsoft.Extensions.Localization;
using Pathway.Cases.Letters;
using Pathway.Cases.Workflow;

namespace Pathway.Cases.Portal;

/// <summary>
/// A case as its applicant reads it over the API: their words for where it stands and what happened,
/// nothing of the office's internals (no officer, no notes, no security checks).
/// </summary>
public sealed record ApplicantCaseAnswer(
    string Number, string ApplicationType, string TypeName, DateOnly SubmittedOn, string State, string Status, NextStepAnswer NextStep,
    IReadOnlyList<ApplicantEventAnswer> Timeline, IReadOnlyList<ApplicantLetterAnswer> Letters, IReadOnlyList<ApplicantRequestAnswer> Requests,
    IReadOnlyList<ApplicantVisitAnswer> Appointments, IReadOnlyList<MessageAnswer> Messages, Confirmations.ConfirmationAnswer? Confirmation)
{
    public static ApplicantCaseAnswer Of(ApplicantCase file, IStringLocalizer text, string language, Func<Confirmations.StayConfirmation, string> verifyAddress)
    {
        var c = file.Case;
        return new(
            c.Number, c.ApplicationType, text[file.TypeName], c.SubmittedOn, c.State.ToString(), MigrantWording.Of(c.State, text),
            NextStepAnswer.Of(MigrantWording.Next(c, file.NoticeTerm, file.AppealTerm, text)),
            [.. MigrantWording.Timeline(c, text)],
            [.. LetterComposer.Available(c).Select(k => new ApplicantLetterAnswer(
                LetterKindNames.Of(k), LetterKindNames.Title(k, text), $"/api/v1/my/cases/{Uri.EscapeDataString(c.Number)}/letters/{LetterKindNames.Of(k)}.pdf?lang={language}"))],
            ApplicantRequestAnswer.Of(file) is { } request ? [request] : [],
            [.. file.Visits.Select(v => new ApplicantVisitAnswer(v.LocalStart, v.Service.ToString(), v.Office, v.Address, v.Status.ToString()))],
            [.. file.Messages.Select(MessageAnswer.ForApplicant)],
            file.Confirmation is { } confirmation
                ? Confirmations.ConfirmationAnswer.Of(confirmation, Confirmations.StayValidity.Of(c), verifyAddress(confirmation), $"/api/v1/my/cases/{Uri.EscapeDataString(c.Number)}/confirmation.pdf")
                : null);
    }
}

public sealed record NextStepAnswer(string Text, DateOnly? Due, bool BookVisit)
{
    public static NextStepAnswer Of(NextStep step) => new(step.Text, step.Due, step.BookVisit);
}

public sealed record ApplicantEventAnswer(DateTime At, DateOnly? On, string Text);

public sealed record ApplicantLetterAnswer(string Kind, string Title, string Href);

/// <summary>A notice out to the applicant: its term runs from delivery, so before delivery there is no end date yet.</summary>
public sealed record ApplicantRequestAnswer(string Kind, DateOnly IssuedOn, int TermDays, DateOnly? DeliveredOn, DateOnly? DueOn)
{
    public static ApplicantRequestAnswer? Of(ApplicantCase file) => file.Case is { NoticeIssuedOn: { } issued, NoticeTermDays: { } days } c
        ? new(c.State == CaseState.EvidenceRequested ? LetterKindNames.Of(LetterKind.EvidenceRequest) : LetterKindNames.Of(LetterKind.FormalDeficiency),
            issued, days, c.NoticeDeliveredOn ?? file.NoticeTerm?.Start, file.NoticeTerm?.End)
        : null;
}

public sealed record ApplicantVisitAnswer(DateTime LocalStart, string Service, string Office, string Address, string Status);

public sealed record ApplicantCaseListItem(string Number, string ApplicationType, string TypeName, DateOnly SubmittedOn, string State, string Status, NextStepAnswer NextStep);
