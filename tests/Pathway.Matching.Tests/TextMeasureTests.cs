using Pathway.Matching.Text;

namespace Pathway.Matching.Tests;

public sealed class TextMeasureTests
{
    [Theory]
    [InlineData("martha", "marhta", 0.961)]
    [InlineData("dwayne", "duane", 0.84)]
    [InlineData("dixon", "dicksonx", 0.813)]
    public void JaroWinkler_TextbookPairs_MatchPublishedValues(string a, string b, double expected) =>
        JaroWinkler.Similarity(a, b).ShouldBe(expected, 0.001);

    [Fact]
    public void JaroWinkler_IdenticalAndDisjoint_AreOneAndZero()
    {
        JaroWinkler.Similarity("kowalski", "kowalski").ShouldBe(1);
        JaroWinkler.Similarity("abc", "xyz").ShouldBe(0);
        JaroWinkler.Similarity("", "abc").ShouldBe(0);
    }

    [Theory]
    [InlineData("kowalski", "kowalski", 0)]
    [InlineData("kowalski", "kowlaski", 1)]
    [InlineData("kowalski", "kowalsky", 1)]
    [InlineData("kowalski", "owalski", 1)]
    [InlineData("kitten", "sitting", 3)]
    [InlineData("ca", "abc", 3)]
    public void DamerauLevenshtein_Edits_CountTranspositionAsOne(string a, string b, int expected) =>
        DamerauLevenshtein.Distance(a, b).ShouldBe(expected);

    [Fact]
    public void DamerauLevenshtein_BeyondMax_ReturnsMaxPlusOne() =>
        DamerauLevenshtein.Distance("kitten", "sitting", 1).ShouldBe(2);

    [Theory]
    [InlineData("Szewczenko", "Shevchenko")]
    [InlineData("Kowalczuk", "Kovalchuk")]
    [InlineData("Шевченко", "Shevchenko")]
    [InlineData("Ковальчук", "Kowalczuk")]
    [InlineData("Andrii", "Andrij")]
    [InlineData("Łukasz", "Lukasz")]
    [InlineData("Yurii", "Jurij")]
    public void NameSkeleton_RomanisationVariants_FoldTogether(string a, string b) =>
        NameSkeleton.Of(a).ShouldBe(NameSkeleton.Of(b));

    [Theory]
    [InlineData("Kovalenko", "Kovalchuk")]
    [InlineData("Nowak", "Novik")]
    public void NameSkeleton_DifferentNames_StayApart(string a, string b) =>
        NameSkeleton.Of(a).ShouldNotBe(NameSkeleton.Of(b));
}
