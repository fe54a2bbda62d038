using Pathway.Cases.Workflow;
using Shouldly;
using Xunit;

namespace Pathway.Cases.Tests;

public sealed class NameIndexTests
{
    [Fact]
    public void Entries_AreTheWordsAndEachSortedPair()
    {
        var entries = NameIndex.Entries(Guid.Empty, "Szewczenko Taras Ivan").Select(e => e.Word).ToList();

        entries.ShouldBe(["SHEVCHENKO", "TARAS", "IVAN", "SHEVCHENKO TARAS", "IVAN SHEVCHENKO", "IVAN TARAS"], ignoreOrder: true);
    }

    [Fact]
    public void APair_IsTheSameInEitherOrder_AndASearchOfTwoWordsLooksItUp()
    {
        NameIndex.Pair("TARAS", "SHEVCHENKO").ShouldBe(NameIndex.Pair("SHEVCHENKO", "TARAS"));

        var (first, alsoHas) = NameIndex.Lookup(NameIndex.Words("Taras Шевченко Ivan"));

        first.ShouldBe("SHEVCHENKO TARAS");
        alsoHas.ShouldBe(["IVAN"]);
    }

    [Fact]
    public void AOneWordSearch_LooksUpTheWord()
    {
        var (first, alsoHas) = NameIndex.Lookup(NameIndex.Words("Szewczenko"));

        first.ShouldBe("SHEVCHENKO");
        alsoHas.ShouldBeEmpty();
    }

    [Fact]
    public void APairTooLongForTheColumn_IsLeftOut_AndTheSearchFallsBackToTheWords()
    {
        var words = NameIndex.Words(string.Concat(Enumerable.Repeat("Marek", 12)) + " " + string.Concat(Enumerable.Repeat("Bolan", 10)));
        var (longWord, other) = (words[0], words[1]);
        (longWord.Length + 1 + other.Length).ShouldBeGreaterThan(ApplicantWord.MaxWordLength);

        NameIndex.Entries(Guid.Empty, longWord + " " + other).Select(e => e.Word).ShouldBe([longWord, other], ignoreOrder: true);
        var (first, alsoHas) = NameIndex.Lookup([longWord, other]);
        first.ShouldBe(longWord);
        alsoHas.ShouldBe([other]);
    }
}
