using Pathway.Support.Tracing;

namespace Pathway.Support.Tests;

/// <summary>The requester's language on a tracing request: one of the UI languages; a relative must give it, a child's is the child's case's unless given.</summary>
public sealed class TracingRulesTests
{
    private static readonly DateOnly Today = new(2026, 12, 5);

    private static TracingInput Relative(string? language) => new(
        TracingDirection.RelativeSeeksChild, "Bohdan", "Marchenko", null, null, 10, null, null, null, null, null, null, "Nadia Marchenko", "aunt", "+48 600 200 300", language);

    private static TracingInput Child(string? language) => new(
        TracingDirection.ChildSeeksRelative, "Nadia", "Marchenko", null, null, null, null, null, null, null, null, Guid.NewGuid(), null, null, null, language);

    [Theory]
    [InlineData("ar")]
    [InlineData("prs")]
    [InlineData("zh-Hans")]
    [InlineData("PL")]
    public void Check_AnOfferedLanguage_IsTaken(string language) => TracingRules.Check(Relative(language), Today).ShouldBeEmpty();

    [Theory]
    [InlineData("tlh")]
    [InlineData("fa")]
    [InlineData("en-GB")]
    public void Check_ALanguageNotOffered_IsRefusedOnItsField(string language) =>
        TracingRules.Check(Relative(language), Today).ShouldBe([new TracingRefusal(TracingProblem.LanguageUnknown, "requesterLanguage")]);

    [Fact]
    public void Check_ARelativeWithoutALanguage_IsAskedForIt() =>
        TracingRules.Check(Relative(" "), Today).ShouldBe([new TracingRefusal(TracingProblem.LanguageMissing, "requesterLanguage")]);

    [Fact]
    public void Check_AChildWithoutALanguage_ReadsTheCasesLanguage() => TracingRules.Check(Child(null), Today).ShouldBeEmpty();
}
