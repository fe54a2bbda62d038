using System.Globalization;
using Pathway.Platform.Localization;
using Pathway.Portal.DecisionTrees;
using Pathway.Portal.Demo;
using Pathway.Portal.Surveys;

namespace Pathway.Portal.Tests;

public sealed class SurveyRulesTests
{
    private static readonly SurveyQuestion[] Shape =
    [
        new() { Number = 1, Key = "channel", Kind = SurveyQuestionKind.OneChoice, Required = true },
        new() { Number = 2, Key = "ease", Kind = SurveyQuestionKind.Scale, Required = true },
        new() { Number = 3, Key = "would-help", Kind = SurveyQuestionKind.ManyChoices },
        new() { Number = 4, Key = "anything-else", Kind = SurveyQuestionKind.Text },
    ];

    private static readonly int[] Options = [3, 0, 4, 0];

    private static Dictionary<int, IReadOnlyList<string?>> Given(params (int Question, string?[] Values)[] answers) =>
        answers.ToDictionary(a => a.Question, a => (IReadOnlyList<string?>)a.Values);

    [Fact]
    public void GoodAnswers_BecomeRows_OnePerOptionTicked()
    {
        var errors = new FieldErrors(new KeyText());
        var rows = SurveyRules.CheckAnswers(Shape, Options, Given((1, ["2"]), (2, [" 5 "]), (3, ["4", "1", "4"]), (4, ["  Dziękuję  "])), errors);

        errors.Any.ShouldBeFalse();
        rows.ShouldBe([(1, 2, null), (2, 5, null), (3, 1, null), (3, 4, null), (4, null, "Dziękuję")]);
    }

    [Fact]
    public void AQuestionLeftOut_IsRefusedOnlyWhereRequired()
    {
        var errors = new FieldErrors(new KeyText());
        SurveyRules.CheckAnswers(Shape, Options, Given((1, ["1"]), (3, []), (4, [""])), errors).ShouldBeNull();
        errors.ToDictionary().Keys.ShouldBe(["answers[2]"]);
    }

    [Theory]
    [InlineData(1, new[] { "4" })] // no fourth option
    [InlineData(1, new[] { "1", "2" })] // one choice only
    [InlineData(1, new[] { "one" })]
    [InlineData(2, new[] { "6" })]
    [InlineData(2, new[] { "0" })]
    [InlineData(3, new[] { "0" })]
    [InlineData(4, new[] { "a", "b" })]
    [InlineData(9, new[] { "1" })] // no such question
    public void AnAnswerOutsideItsQuestion_IsRefused_UnderItsNumber(int question, string[] values)
    {
        var errors = new FieldErrors(new KeyText());
        var given = Given((1, ["1"]), (2, ["3"]));
        given[question] = values;
        SurveyRules.CheckAnswers(Shape, Options, given, errors).ShouldBeNull();
        errors.ToDictionary().Keys.ShouldBe([SurveyRules.Field(question)]);
    }

    [Fact]
    public void WordsPastTheLimit_AreRefused_NotCut()
    {
        var errors = new FieldErrors(new KeyText());
        SurveyRules.CheckAnswers(Shape, Options, Given((1, ["1"]), (2, ["3"]), (4, [new string('x', SurveyAnswer.MaxTextLength + 1)])), errors).ShouldBeNull();
        errors.ToDictionary()["answers[4]"][0].ShouldContain("1001");
    }

    [Fact]
    public void TheShape_MustFitTheText_QuestionByQuestion()
    {
        var texts = TreeSections.Split(DemoSurvey.Item.Texts["pl"].Body).Questions;
        var good = new SurveyQuestionRequest?[] { new("channel", "OneChoice", true), new("ease", "Scale", true), new("would-help", "ManyChoices", false), new("anything-else", "Text", null) };
        var errors = new FieldErrors(new KeyText());
        SurveyRules.CheckShape(good, texts, errors)!.Select(q => (q.Key, q.Kind, q.Required))
            .ShouldBe([("channel", SurveyQuestionKind.OneChoice, true), ("ease", SurveyQuestionKind.Scale, true), ("would-help", SurveyQuestionKind.ManyChoices, false), ("anything-else", SurveyQuestionKind.Text, false)]);

        var bad = new SurveyQuestionRequest?[] { new("Channel!", "Scale", true), new("ease", "OneChoice", true), new("ease", "Stars", false), new("x", "Text", null) };
        var refused = new FieldErrors(new KeyText());
        SurveyRules.CheckShape(bad, texts, refused).ShouldBeNull();
        refused.ToDictionary().Keys.ShouldBe(["questions[0].key", "questions[0].kind", "questions[1].kind", "questions[2].key", "questions[2].kind"], ignoreOrder: true);

        var short1 = new FieldErrors(new KeyText());
        SurveyRules.CheckShape(good[..3], texts, short1).ShouldBeNull();
        short1.ToDictionary().Keys.ShouldBe(["questions"]);
    }

    [Fact]
    public void TheDemoSurvey_FitsItsShape_InEveryLanguageItHas()
    {
        foreach (var (language, text) in DemoSurvey.Item.Texts)
        {
            var requests = DemoSurvey.Questions(Guid.Empty, Guid.Empty).Select(q => (SurveyQuestionRequest?)new SurveyQuestionRequest(q.Key, q.Kind.ToString(), q.Required)).ToList();
            var errors = new FieldErrors(new KeyText());
            SurveyRules.CheckShape(requests, TreeSections.Split(text.Body).Questions, errors).ShouldNotBeNull(language);
        }
    }

    [Theory]
    [InlineData(null, null, "2027-03-31", "Open")]
    [InlineData("2027-04-01", null, "2027-03-31", "NotYetOpen")]
    [InlineData("2027-04-01", null, "2027-04-01", "Open")] // the first day counts
    [InlineData(null, "2027-03-31", "2027-03-31", "Open")] // so does the last
    [InlineData(null, "2027-03-31", "2027-04-01", "Closed")]
    [InlineData("2027-03-01", "2027-03-31", "2027-02-28", "NotYetOpen")]
    public void ASurveysState_FollowsItsDays_BothEndsIncluded(string? opensOn, string? closesOn, string today, string state)
    {
        var window = opensOn is null && closesOn is null ? null : new SurveyWindow
        {
            OpensOn = opensOn is null ? null : DateOnly.Parse(opensOn, CultureInfo.InvariantCulture),
            ClosesOn = closesOn is null ? null : DateOnly.Parse(closesOn, CultureInfo.InvariantCulture),
        };

        SurveyWindow.StateOn(window, DateOnly.Parse(today, CultureInfo.InvariantCulture)).ToString().ShouldBe(state);
    }

    [Fact]
    public void TheDays_AreDates_TheLastNotBeforeTheFirst_EitherMayBeOpen()
    {
        var errors = new FieldErrors(new KeyText());
        SurveyRules.CheckWindow(" 2027-03-01 ", "", errors).ShouldBe((new DateOnly(2027, 3, 1), (DateOnly?)null));
        SurveyRules.CheckWindow("2027-03-01", "2027-03-01", errors).ShouldBe((new DateOnly(2027, 3, 1), new DateOnly(2027, 3, 1)));
        errors.Any.ShouldBeFalse();

        var bad = new FieldErrors(new KeyText());
        SurveyRules.CheckWindow("01.03.2027", "2027-02-30", bad).ShouldBeNull();
        bad.ToDictionary().Keys.ShouldBe(["opensOn", "closesOn"], ignoreOrder: true);

        var backwards = new FieldErrors(new KeyText());
        SurveyRules.CheckWindow("2027-03-02", "2027-03-01", backwards).ShouldBeNull();
        backwards.ToDictionary().Keys.ShouldBe(["closesOn"]);
    }
}
