using Pathway.Support.Needs;

namespace Pathway.Support.Tests;

public sealed class NeedAssessmentCheckTests
{
    private static readonly DateOnly Today = new(2026, 3, 10);

    private static AssessmentInput Valid(params NeedInput[] needs) =>
        new(Today, null, needs, null, needs.Length == 0, null, Today.AddDays(30));

    private static string[] Fields(AssessmentInput input) => [.. NeedAssessments.Check(input, Today).Select(p => p.Field).Order(StringComparer.Ordinal)];

    private static NeedProblem[] Problems(AssessmentInput input) => [.. NeedAssessments.Check(input, Today).Select(p => p.Problem)];

    [Fact]
    public void Check_AValidAssessment_HasNoProblems()
    {
        NeedAssessments.Check(Valid(new NeedInput(NeedCategory.OlderPerson, "ER-FR")), Today).ShouldBeEmpty();
        NeedAssessments.Check(Valid(), Today).ShouldBeEmpty("no specific needs, said in so many words");
    }

    [Fact]
    public void Check_NamesEveryWrongField_AtOnce()
    {
        var input = new AssessmentInput(Today.AddDays(1), new string('a', 201), [], Exploitation.Sexual, false, new string('n', 1001), Today);
        Fields(input).ShouldBe(["assessedBy", "assessedOn", "exploitation", "needs", "nextReviewOn", "note"]);
    }

    [Fact]
    public void Check_NeedsOrAnExplicitNone_NotBoth()
    {
        Problems(Valid() with { NoSpecificNeeds = false }).ShouldBe([NeedProblem.NeedsMissing]);
        Problems(Valid(new NeedInput(NeedCategory.Disability)) with { NoSpecificNeeds = true }).ShouldBe([NeedProblem.NoNeedsContradicted]);
    }

    [Fact]
    public void Check_ANeedTwiceOrOfNoCategory_IsRefused()
    {
        Problems(Valid(new NeedInput(NeedCategory.Disability), new NeedInput(NeedCategory.Disability))).ShouldBe([NeedProblem.CategoryTwice]);
        Problems(Valid(new NeedInput(null))).ShouldBe([NeedProblem.CategoryUnknown]);
        Problems(Valid(new NeedInput((NeedCategory)99))).ShouldBe([NeedProblem.CategoryUnknown]);
    }

    [Fact]
    public void Check_ASubCodeOfAnotherCategory_IsRefused() =>
        Problems(Valid(new NeedInput(NeedCategory.SeriousIllness, "SV-FM"))).ShouldBe([NeedProblem.CodeNotOfCategory]);

    [Fact]
    public void Check_TheFormOfExploitation_GoesWithTraffickingOnly()
    {
        Problems(Valid(new NeedInput(NeedCategory.Trafficking))).ShouldBe([NeedProblem.ExploitationMissing]);
        Problems(Valid(new NeedInput(NeedCategory.Trafficking)) with { Exploitation = Exploitation.ForcedMarriage }).ShouldBeEmpty();
        Problems(Valid(new NeedInput(NeedCategory.SingleParent)) with { Exploitation = Exploitation.ForcedMarriage }).ShouldBe([NeedProblem.ExploitationWithoutTrafficking]);
    }

    [Fact]
    public void Check_Days_NotInTheFuture_ReviewAfterTheAssessment()
    {
        Problems(Valid() with { AssessedOn = Today.AddDays(1), NextReviewOn = Today.AddDays(2) }).ShouldBe([NeedProblem.AssessedInFuture]);
        Problems(Valid() with { NextReviewOn = Today }).ShouldBe([NeedProblem.ReviewNotAfterAssessment]);
        Problems(Valid() with { NextReviewOn = null }).ShouldBe([NeedProblem.ReviewMissing]);
        Problems(Valid() with { AssessedOn = null, AssessedOnUnreadable = true }).ShouldBe([NeedProblem.AssessedOnMissing]);
        Problems(Valid() with { AssessedOn = Today.AddDays(-400), NextReviewOn = Today.AddDays(-300) }).ShouldBeEmpty("an old assessment recorded late, its review overdue");
    }

    [Fact]
    public void Check_TheNote_IsAtMostAThousandCharacters()
    {
        Problems(Valid() with { Note = new string('n', NeedAssessment.MaxNoteLength) }).ShouldBeEmpty();
        Problems(Valid() with { Note = new string('n', NeedAssessment.MaxNoteLength + 1) }).ShouldBe([NeedProblem.NoteTooLong]);
    }

    [Theory]
    [InlineData(-1, ReviewState.Overdue)]
    [InlineData(0, ReviewState.DueToday)]
    [InlineData(1, ReviewState.Scheduled)]
    public void ReviewOf_ComparesTheNextReviewWithToday(int days, ReviewState state) =>
        NeedAssessments.ReviewOf(new NeedAssessment { TenantId = Guid.NewGuid(), AssessedBy = "x", RecordedBy = "x", AssessedOn = Today.AddDays(-30), NextReviewOn = Today.AddDays(days) }, Today).ShouldBe(state);
}
