namespace Pathway.Documents.Tests;

public sealed class NameMatchingTests
{
    [Theory]
    // Native script and its MRZ or national spelling.
    [InlineData("Шевченко", "SHEVCHENKO")]
    [InlineData("Олександр", "OLEKSANDR")]
    [InlineData("Юлія", "YULIIA")]
    [InlineData("Юлія", "IULIIA")]
    [InlineData("Yuliia", "Julia")]
    [InlineData("Сергій", "SERHII")]
    [InlineData("Сергій", "Sergiy")]
    [InlineData("Serhii", "Sergii")]
    [InlineData("Ярослав", "Jarosław")]
    // Ukrainian national romanisation against Polish phonetic spelling.
    [InlineData("Shevchenko", "Szewczenko")]
    [InlineData("Oleksandr", "Ołeksandr")]
    [InlineData("Kovalchuk", "Kowalczuk")]
    [InlineData("Zhuk", "Żuk")]
    [InlineData("Tkachenko", "Tkaczenko")]
    [InlineData("Yurchenko", "Jurczenko")]
    [InlineData("Hrytsenko", "Grycenko")]
    [InlineData("Hrytsenko", "Gritsenko")]
    [InlineData("Shcherbak", "Szczerbak")]
    [InlineData("Oleksandr", "Olexandr")]
    [InlineData("Kharchenko", "Harczenko")]
    // German spelling.
    [InlineData("Shevchenko", "Schewtschenko")]
    [InlineData("Kovalchuk", "Kowaltschuk")]
    // Whole names, in either order and case.
    [InlineData("Taras Shevchenko", "ШЕВЧЕНКО Тарас")]
    [InlineData("Żuk-Kowalczuk Ołeksandr", "ZHUK KOVALCHUK OLEKSANDR")]
    public void AreEquivalent_RomanisationsOfOneName_AreEquivalent(string a, string b)
    {
        NameMatching.AreEquivalent(a, b).ShouldBeTrue($"{NameMatching.Key(a)} / {NameMatching.Key(b)}");
        NameMatching.AreEquivalent(b, a).ShouldBeTrue();
        NameMatching.Similarity(a, b).ShouldBe(1.0);
    }

    [Theory]
    [InlineData("Kovalenko", "Kovalchuk")]
    [InlineData("Shevchenko", "Savchenko")]
    [InlineData("Ivanov", "Ivanova")]
    [InlineData("Hrytsenko", "Hryshchenko")]
    [InlineData("Oleksandr", "Oleksandra")]
    [InlineData("Taras Shevchenko", "Taras")]
    [InlineData("Marko", "Mirko")]
    [InlineData("", "")]
    [InlineData("王", "王")]
    public void AreEquivalent_DifferentNames_AreNot(string a, string b)
    {
        NameMatching.AreEquivalent(a, b).ShouldBeFalse($"{NameMatching.Key(a)} / {NameMatching.Key(b)}");
        NameMatching.Similarity(a, b).ShouldBeLessThan(1.0);
    }

    [Theory]
    [InlineData("Шевченко", "SHEVCHENKO")]
    [InlineData("Szewczenko Taras", "SHEVCHENKO TARAS")]
    [InlineData("Hrytsenko", "HRITSENKO")]
    [InlineData("Yuliia", "IULIA")]
    [InlineData("Żuk", "ZHUK")]
    [InlineData("", "")]
    public void Key_Name_GivesReadableSkeleton(string name, string expected) => NameMatching.Key(name).ShouldBe(expected);

    [Fact]
    public void Similarity_CloseSpellings_RankAboveDifferentNames()
    {
        var close = NameMatching.Similarity("Shevchenko", "Shevchenco");
        var far = NameMatching.Similarity("Shevchenko", "Kovalenko");

        close.ShouldBeGreaterThan(0.8);
        far.ShouldBeLessThan(0.6);
        NameMatching.Similarity("Shevchenko", null).ShouldBe(0);
    }

    [Theory]
    // Polish spellings of Ukrainian and Russian names meet the native script and the MRZ.
    [InlineData("Kowalenko", "Коваленко")]
    [InlineData("Kowalenko", "KOVALENKO")]
    [InlineData("Chomenko", "Хоменко")]
    [InlineData("Chomenko", "KHOMENKO")]
    // Charków is the Russian Харьков (the Ukrainian Харків has I for the O).
    [InlineData("Charków", "Харьков")]
    [InlineData("Charkow", "KHARKOV")]
    // Ч spelt CH (English, Ukrainian national) or CZ (Polish) still meets Ч.
    [InlineData("Chernenko", "Черненко")]
    [InlineData("Czernenko", "Черненко")]
    [InlineData("Kovalchuk", "Ковальчук")]
    public void Keys_PolishOrOtherSpelling_IncludeTheKeyOfTheNativeName(string spelling, string stored) =>
        NameMatching.Keys(spelling).ShouldContain(NameMatching.Key(stored), $"{string.Join(", ", NameMatching.Keys(spelling))} / {NameMatching.Key(stored)}");

    [Theory]
    [InlineData("Kovalenko", "Kovalchuk")]
    [InlineData("Kowalenko", "Ковальчук")]
    [InlineData("Chomenko", "Шевченко")]
    public void Keys_DifferentNames_DoNotMeet(string spelling, string stored) =>
        NameMatching.Keys(spelling).ShouldNotContain(NameMatching.Key(stored));

    [Fact]
    public void Keys_NameWithoutCh_IsItsKeyAlone() => NameMatching.Keys("Kowalenko").ShouldBe([NameMatching.Key("Kowalenko")]);

    [Fact]
    public void Keys_ChAsCh_ComesFirst() => NameMatching.Keys("Chomenko")[0].ShouldBe(NameMatching.Key("Chomenko"));
}
