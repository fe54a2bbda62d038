using Pathway.Portal.Content;
using Pathway.Portal.Glossary;

namespace Pathway.Portal.Tests;

public sealed class GlossaryTests
{
    private static readonly TermName[] PolishTerms = [new("karta-pobytu", "Karta pobytu"), new("pesel", "PESEL")];

    [Theory]
    [InlineData("Złóż wniosek o kartę pobytu w urzędzie.", "kartę pobytu")]
    [InlineData("Po odbiorze karty pobytu sprawdź dane.", "karty pobytu")]
    [InlineData("Z kartą pobytu przekroczysz granicę.", "kartą pobytu")]
    [InlineData("KARTA POBYTU jest ważna do końca zezwolenia.", "KARTA POBYTU")]
    [InlineData("Informacje o kartach pobytu.", "kartach pobytu")]
    public void PolishInflectedForms_AreOffered(string markdown, string found)
    {
        var occurrence = UnmarkedTerms.Find(markdown, PolishTerms).ShouldHaveSingleItem();

        occurrence.Term.ShouldBe("karta-pobytu");
        occurrence.Text.ShouldBe(found);
        markdown.Substring(occurrence.Start, occurrence.Length).ShouldBe(found);
    }

    [Theory]
    [InlineData("Kartoteka pobytu prowadzona jest w urzędzie.")] // a longer word that merely begins alike
    [InlineData("Karta, pobytu nie dotyczy.")] // the words do not stand together
    [InlineData("Weź [kartę pobytu](term:karta-pobytu) ze sobą.")] // marked already
    [InlineData("Zobacz [karty pobytu](https://example.org) w serwisie.")] // inside a link
    [InlineData("Kod `karta pobytu` w formularzu.")] // code
    [InlineData("## Karta pobytu\nTekst kroku.")] // a heading (a procedure's step title)
    public void WordsOutsideRunningText_OrNotTheTerm_AreNotOffered(string markdown) =>
        UnmarkedTerms.Find(markdown, PolishTerms).ShouldBeEmpty();

    [Theory]
    [InlineData("Idź do urzędu wojewódzkiego.", "urzędu wojewódzkiego")]
    [InlineData("W urzędzie wojewódzkim złożysz wniosek.", "urzędzie wojewódzkim")]
    [InlineData("Urząd Wojewódzki przyjmuje od 8.", "Urząd Wojewódzki")]
    public void AStemWhoseLastVowelAlternates_IsStillTheTerm(string markdown, string found) =>
        UnmarkedTerms.Find(markdown, [new("voivodeship-office", "urząd wojewódzki")]).ShouldHaveSingleItem().Text.ShouldBe(found);

    [Theory]
    [InlineData("rok", "rik", true)] // Ukrainian рік, року
    [InlineData("urzedu", "urzad", true)]
    [InlineData("urzadzenie", "urzad", false)] // too long to be a form
    [InlineData("ursa", "urzad", false)] // a consonant does not alternate
    [InlineData("na", "na", true)]
    [InlineData("nad", "na", false)]
    public void IsFormOf_ComparesStemsAndEndings(string word, string termWord, bool expected) =>
        UnmarkedTerms.IsFormOf(word, termWord).ShouldBe(expected);

    [Fact]
    public void UkrainianAndRussianForms_AndShortWordsExactly()
    {
        TermName[] terms = [new("residence-card", "Посвідка на проживання"), new("view", "вид на жительство")];

        UnmarkedTerms.Find("Отримайте посвідку на проживання у воєводстві.", terms).ShouldHaveSingleItem().Text.ShouldBe("посвідку на проживання");
        UnmarkedTerms.Find("Срок действия вида на жительство истёк.", terms).ShouldHaveSingleItem().Text.ShouldBe("вида на жительство");
        UnmarkedTerms.Find("Посвідки до проживання немає.", terms).ShouldBeEmpty(); // "до" is not "на"
    }

    [Fact]
    public void TheLongerTerm_TakesThePlace_AndEveryOccurrenceIsOffered_InOrder()
    {
        TermName[] terms = [new("karta", "karta"), new("karta-pobytu", "karta pobytu")];

        var found = UnmarkedTerms.Find("Karta pobytu to karta. Druga **karta pobytu** też.", terms);

        found.Select(o => (o.Term, o.Text)).ShouldBe([("karta-pobytu", "Karta pobytu"), ("karta", "karta"), ("karta-pobytu", "karta pobytu")]);
        found[1].Before.ShouldBe("Karta pobytu to ");
    }

    [Fact]
    public void ChineseTerms_MatchTheirCharactersInARow()
    {
        var occurrence = UnmarkedTerms.Find("请携带居留卡和护照。", [new("residence-card", "居留卡")]).ShouldHaveSingleItem();

        occurrence.Text.ShouldBe("居留卡");
    }

    [Fact]
    public void Marking_WrapsTheOccurrences_AndLeavesEverythingElse()
    {
        const string body = "Z kartą pobytu i numerem PESEL przekroczysz granicę.";
        var found = UnmarkedTerms.Find(body, PolishTerms);

        var marked = TermMentions.Mark(body, found);

        marked.ShouldBe("Z [kartą pobytu](term:karta-pobytu) i numerem [PESEL](term:pesel) przekroczysz granicę.");
        TermMentions.Unmarked(marked).ShouldBe(body);
        TermMentions.Slugs(marked).ShouldBe(["karta-pobytu", "pesel"]);
        UnmarkedTerms.Find(marked, PolishTerms).ShouldBeEmpty();
    }

    [Fact]
    public void MarkingATerm_LeavesTheSourceHash_SoTranslationsStayCurrent()
    {
        const string body = "Z kartą pobytu przekroczysz granicę.";
        var marked = TermMentions.Mark(body, UnmarkedTerms.Find(body, PolishTerms));

        SourceHashes.Of("Tytuł", marked).ShouldBe(SourceHashes.Of("Tytuł", body));
        SourceHashes.Of("Tytuł", marked + " Nowe zdanie.").ShouldNotBe(SourceHashes.Of("Tytuł", body));
    }

    [Fact]
    public void AMentionOfAPublishedTerm_IsAButtonThatOpensItsDefinition_AndOthersReadAsWords()
    {
        var terms = new TermsShown(new Dictionary<string, GlossaryTerm>(StringComparer.Ordinal)
        {
            ["karta-pobytu"] = new("karta-pobytu", "Karta pobytu", "<p>Dokument.</p>", "pl", false),
        });

        var html = MarkdownText.ToHtml("Masz [kartę **pobytu**](term:karta-pobytu) i [PESEL](term:pesel)?", terms);

        html.ShouldBe("<p>Masz <button type=\"button\" class=\"term\" popovertarget=\"term-karta-pobytu\" aria-describedby=\"term-karta-pobytu\">kartę <strong>pobytu</strong></button> i PESEL?</p>\n");
        terms.Used.ShouldHaveSingleItem().Slug.ShouldBe("karta-pobytu");
    }

    [Fact]
    public void RawHtml_StaysOff_InAMentionsWords() =>
        MarkdownText.ToHtml("[<img src=x onerror=alert(1)>](term:karta-pobytu)", new TermsShown(new Dictionary<string, GlossaryTerm>(StringComparer.Ordinal)
        {
            ["karta-pobytu"] = new("karta-pobytu", "Karta pobytu", "", "pl", false),
        })).ShouldNotContain("<img");
}
