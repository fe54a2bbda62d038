using Pathway.Platform.Localization;
using Pathway.Portal.DecisionTrees;

namespace Pathway.Portal.Tests;

public sealed class DecisionTreeTests
{
    [Fact]
    public void ABody_IsQuestionsWithTheirExplanationsAndAnswers()
    {
        var (introduction, questions) = TreeSections.Split("""
            Answer a few questions.

            ## Why do you stay?
            More than 3 months.

            - To **work**
            - To study

            ## A degree?
            - Yes
            - No

            A note after the list.
            """);

        introduction.ShouldBe("Answer a few questions.");
        questions.Select(q => q.Title).ShouldBe(["Why do you stay?", "A degree?"]);
        questions[0].Answers.ShouldBe(["To **work**", "To study"]);
        questions[0].Explanation.ShouldBe("More than 3 months.");
        questions[1].Answers.ShouldBe(["Yes", "No"]);
        questions[1].Explanation.ShouldBe("A note after the list.");
    }

    [Fact]
    public void AShape_IsCheckedFieldByField_AndNeverGoesRoundInACircle()
    {
        var errors = new FieldErrors(new KeyText());
        TreeQuestionRequest?[] questions =
        [
            new("purpose", [new("degree", null, null), new(null, "residence", "family"), new(null, null, null), new("degree", "residence", null)]),
            new("degree", [new("purpose", null, null), new(null, "Bad Address", null), new("nowhere", null, null)]),
            new("degree", [new(null, null, "blue-card")]),
        ];

        TreeRequests.Check(questions, errors).ShouldBeNull();

        errors.ToDictionary().Keys.Order(StringComparer.Ordinal).ShouldBe([
            "questions[0].answers[2].leadsTo", "questions[0].answers[3].leadsTo",
            "questions[1].answers[0].leadsTo", "questions[1].answers[1].procedure", "questions[1].answers[2].leadsTo",
            "questions[2].answers[0].applicationType", "questions[2].answers[0].leadsTo", "questions[2].key"]);
    }

    [Fact]
    public void AQuestionNoAnswerLeadsTo_IsNamed()
    {
        var errors = new FieldErrors(new KeyText());
        TreeQuestionRequest?[] questions =
        [
            new("purpose", [new(null, "residence", null)]),
            new("degree", [new(null, "residence", "blue-card")]),
        ];

        TreeRequests.Check(questions, errors).ShouldBeNull();

        errors.ToDictionary().Keys.ShouldBe(["questions[1].key"]);
    }

    [Fact]
    public void AGoodShape_IsKept()
    {
        var errors = new FieldErrors(new KeyText());
        var shape = TreeRequests.Check([
            new("purpose", [new("degree", null, null), new(null, "residence-card-application", "family")]),
            new("degree", [new(null, "residence-card-application", "blue-card"), new(null, "residence-card-application", "temporary-work")]),
        ], errors);

        errors.Any.ShouldBeFalse();
        shape.ShouldNotBeNull();
        shape.Select(q => q.Key).ShouldBe(["purpose", "degree"]);
        shape[1].Answers[1].ShouldBe(new TreeAnswerInput(null, "residence-card-application", "temporary-work"));
    }
}
