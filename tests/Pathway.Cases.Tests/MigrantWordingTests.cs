using Microsoft.Extensions.Localization;
using Pathway.Cases.Portal;
using Pathway.Cases.Workflow;

namespace Pathway.Cases.Tests;

public sealed class MigrantWordingTests
{
    private static readonly IStringLocalizer Text = new EnglishText();

    [Fact]
    public void Of_EveryCaseState_HasItsOwnPlainSentence()
    {
        var sentences = Enum.GetValues<CaseState>().Select(s => MigrantWording.Of(s, Text)).ToList();

        sentences.ShouldAllBe(s => s.Length > 10 && !s.Contains("KPA", StringComparison.Ordinal));
        sentences.Distinct(StringComparer.Ordinal).Count().ShouldBe(sentences.Count);
    }

    [Fact]
    public void Of_EveryAction_IsWordedForTheApplicantOrKeptOffTheirTimeline()
    {
        var internals = Enum.GetValues<CaseAction>().Where(a => MigrantWording.Of(a, Text) is null).ToList();

        internals.ShouldBe([CaseAction.RecordInactivityComplaint, CaseAction.DraftDecision, CaseAction.ReturnDraft, CaseAction.Take, CaseAction.Assign], ignoreOrder: true);
    }

    [Fact]
    public void Next_ANoticeNotYetDelivered_AsksForAnAnswerWithinItsDaysFromDelivery()
    {
        var c = new ResidenceCase { State = CaseState.FormalDeficiency, NoticeIssuedOn = new DateOnly(2026, 11, 3), NoticeTermDays = 7, SubmittedOn = new DateOnly(2026, 11, 2) };

        var next = MigrantWording.Next(c, CaseTransitions.NoticeTerm(c), null, Text);

        next.Text.ShouldBe("Send what the office asked for within 7 days from the delivery of the letter.");
        next.Due.ShouldBeNull();
    }

    [Fact]
    public void Next_ACaseWithoutTheAppearance_AsksToBookAVisit()
    {
        var c = new ResidenceCase { State = CaseState.Examination, SubmittedOn = new DateOnly(2026, 11, 2) };

        MigrantWording.Next(c, null, null, Text).BookVisit.ShouldBeTrue();
    }

    private sealed class EnglishText : IStringLocalizer
    {
        public LocalizedString this[string name] => new(name, name);

        public LocalizedString this[string name, params object[] arguments] => new(name, string.Format(System.Globalization.CultureInfo.InvariantCulture, name, arguments));

        public IEnumerable<LocalizedString> GetAllStrings(bool includeParentCultures) => [];
    }
}
