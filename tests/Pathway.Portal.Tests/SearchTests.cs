using System.Text.RegularExpressions;
using Pathway.Portal.Search;

namespace Pathway.Portal.Tests;

public sealed class SearchTests
{
    [Theory]
    [InlineData("Zażółć GĘŚLĄ jaźń", "zazolc gesla jazn")]
    [InlineData("Straße, Müller & Søren", "strasse muller soren")]
    [InlineData("ПЕСЕЛЬ — Шевченко", "pesel shevchenko")]
    [InlineData("Дозвіл на проживання", "dozvil na prozhivannia")]
    [InlineData("Αθήνα", "athina")]
    [InlineData("٢٠٢٦ and ۱۴۰۵", "2026 and 1405")]
    [InlineData("居留许可证", "居 留 许 可 证")]
    [InlineData("karta-pobytu_2026.pdf", "karta pobytu 2026 pdf")]
    public void Text_IsFoldedToComparableWords(string text, string folded) => SearchFolding.Text(text).ShouldBe(folded);

    [Theory]
    [InlineData("کارت", "كارت")] // Persian keheh against Arabic kaf
    [InlineData("إقامة", "اقامه")] // alef with hamza below, teh marbuta
    [InlineData("پاسپورتی", "پاسپورتى")] // Farsi yeh against alef maksura
    [InlineData("مُهاجِر", "مهاجر")] // tashkeel
    [InlineData("ہجرت", "هجرت")] // Urdu heh goal
    public void ArabicScriptSpellings_FoldAlike(string one, string other) => SearchFolding.Text(one).ShouldBe(SearchFolding.Text(other));

    [Fact]
    public void AQuery_BecomesTerms_WithTheBeginningTheirFormsShare()
    {
        var terms = SearchQuery.Parse("Karty pobytu, karty! 居留许可 PESEL");

        terms.Select(t => (t.Folded, t.Prefix, t.IsPhrase)).ShouldBe([
            ("karty", "kart", false), ("pobytu", "poby", false), ("居 留 许 可", "居 留 许 可", true), ("pesel", "pese", false)]);
        terms[0].Finds("karta").ShouldBeTrue();
        terms[0].Finds("kartoteka").ShouldBeTrue("a shared beginning of four letters is all the search knows of Polish");
        terms[1].Finds("pobycie").ShouldBeTrue();
        terms[1].Finds("pobor").ShouldBeFalse();
        SearchQuery.Parse("!? …").ShouldBeEmpty();
        SearchQuery.Parse(string.Join(' ', Enumerable.Range(0, 20).Select(i => "word" + i.ToString(System.Globalization.CultureInfo.InvariantCulture)))).Count.ShouldBe(SearchQuery.MaxTerms);
    }

    [Fact]
    public void FoundWords_AreMarked_InTheirOwnSpelling()
    {
        var pieces = Highlights.Mark("Kartę pobytu odbierasz w urzędzie.", SearchQuery.Parse("karty urzędu"));

        pieces.ShouldBe([new TextPiece("Kartę", true), new TextPiece(" pobytu odbierasz w ", false), new TextPiece("urzędzie", true), new TextPiece(".", false)]);
    }

    [Fact]
    public void HanCharacters_AreMarked_OnlyWhereThePhraseStandsTogether()
    {
        var pieces = Highlights.Mark("居住和许可。居留许可证", SearchQuery.Parse("居留许可"));

        pieces.ShouldBe([new TextPiece("居住和许可。", false), new TextPiece("居留许可", true), new TextPiece("证", false)]);
    }

    [Fact]
    public void ASnippet_StartsALittleBeforeTheFirstFoundWord_AndSaysWhereItWasCut()
    {
        var text = string.Join(' ', Enumerable.Range(0, 200).Select(i => "słowo" + i.ToString(System.Globalization.CultureInfo.InvariantCulture))) + " PESEL " + string.Join(' ', Enumerable.Range(0, 200).Select(i => "dalej" + i.ToString(System.Globalization.CultureInfo.InvariantCulture)));

        var snippet = Highlights.Snippet(text, SearchQuery.Parse("pesel"));
        var joined = string.Concat(snippet.Select(p => p.Text));

        snippet[0].Text.ShouldBe("… ");
        snippet[^1].Text.ShouldBe(" …");
        snippet.Single(p => p.Match).Text.ShouldBe("PESEL");
        joined.ShouldStartWith("… słowo194 ");
        joined.Length.ShouldBeLessThanOrEqualTo(Highlights.SnippetLength + 4);
        Highlights.Snippet("Krótki tekst.", SearchQuery.Parse("tekst")).Select(p => p.Text).ShouldBe(["Krótki ", "tekst", "."]);
    }

    [Fact]
    public void MarkingNeverLosesOrAddsText_OnRandomTexts()
    {
        var random = new Random(20261203);
        const string Alphabet = "aąbcćeęłnńoóśzźżAĄŁабвгдіїєАБВ居留许可 \n\t.,;-–!?0123456789کاریية";
        for (var round = 0; round < 2_000; round++)
        {
            var text = new string([.. Enumerable.Range(0, random.Next(0, 120)).Select(_ => Alphabet[random.Next(Alphabet.Length)])]);
            var query = new string([.. Enumerable.Range(0, random.Next(1, 12)).Select(_ => Alphabet[random.Next(Alphabet.Length)])]);
            var terms = SearchQuery.Parse(query);

            var marked = Highlights.Mark(text, terms);

            string.Concat(marked.Select(p => p.Text)).ShouldBe(Regex.Replace(text, @"\s+", " "), $"query {query}");
            marked.Where(p => p.Match).ShouldAllBe(p => SearchFolding.Words(p.Text).Any());
        }
    }
}
