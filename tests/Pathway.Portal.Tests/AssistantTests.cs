using Pathway.Portal.Assistant;
using Pathway.Portal.Content;
using Pathway.Portal.Search;

namespace Pathway.Portal.Tests;

public sealed class AssistantTests
{
    [Theory]
    [InlineData("en", "How much does the residence card cost?", "residence card cost")]
    [InlineData("pl", "Ile kosztuje karta pobytu i gdzie ją odebrać?", "kosztuje karta pobytu odebrac")]
    [InlineData("uk", "Скільки коштує карта побиту?", "koshtuie karta pobitu")]
    [InlineData("de", "Wie viel kostet die Aufenthaltskarte?", "kostet aufenthaltskarte")]
    [InlineData("ru", "Как получить номер PESEL?", "nomer pesel")]
    public void AQuestion_IsItsSubjectWords_WithoutTheLanguagesFunctionWords(string language, string question, string expected) =>
        string.Join(' ', QuestionTerms.Of(question, language).Select(t => t.Folded)).ShouldBe(expected);

    [Fact]
    public void AChineseQuestion_IsCutIntoPairs_LeavingOutFunctionCharacters()
    {
        var terms = QuestionTerms.Of("我怎么申请居留卡？", "zh-Hans");

        terms.Select(t => t.Typed).ShouldBe(["申请", "请居", "居留", "留卡"]);
        terms.ShouldAllBe(t => t.IsPhrase);
    }

    [Fact]
    public void AWord_WeighsMore_TheFewerTextsHoldIt()
    {
        var weights = new[] { 0, 1, 10, 50, 100 }.Select(df => AnswerRetrieval.Weight(df, 100)).ToList();

        weights.ShouldBeInOrder(SortDirection.Descending);
        weights[^1].ShouldBeGreaterThan(0);
        weights[^1].ShouldBeLessThan(0.01, "a word in every text says nearly nothing");
    }

    [Fact]
    public void TheAnswer_IsThePassageHoldingMostOfTheQuestion_AndATermAnswersWhatAWordMeans()
    {
        var procedure = Source(ContentKind.Procedure, "residence-card-application", "Residence card", """
            How to get a residence card.

            ## File the application
            Sign it with a trusted profile. The stamp duty is PLN 440.

            ## Collect the card
            The card costs PLN 100.
            """);
        var term = Source(ContentKind.Term, "trusted-profile", "Trusted profile", "A free way to confirm who you are online.");
        var weighed = Weighed(("trusted", 2.0), ("profile", 2.0));

        var meaning = AnswerRetrieval.Choose(weighed, [procedure, term]);
        var cost = AnswerRetrieval.Choose(Weighed(("card", 1.0), ("costs", 2.0)), [term, procedure]);

        meaning.IsConfident.ShouldBeTrue();
        meaning.Best!.Source.Slug.ShouldBe("trusted-profile");
        meaning.Sources.Select(s => s.Slug).ShouldBe(["trusted-profile", "residence-card-application"]);
        cost.Best!.Heading.ShouldBe("Collect the card");
        cost.Confidence.ShouldBe(1);
    }

    [Fact]
    public void AQuestionWhoseWeightiestWordNoTextHolds_IsNotConfident()
    {
        var guide = Source(ContentKind.Article, "tram-tickets", "Tram tickets", "Buy a ticket before you board the tram.");
        var texts = 50;

        var found = AnswerRetrieval.Choose(
            [new(Term("tram"), AnswerRetrieval.Weight(3, texts)), new(Term("dog"), AnswerRetrieval.Weight(0, texts))], [guide]);

        found.Best!.Source.Slug.ShouldBe("tram-tickets");
        found.Confidence.ShouldBeLessThan(AnswerRetrieval.ConfidentFrom);
        found.IsConfident.ShouldBeFalse();
    }

    [Fact]
    public void ALongSection_IsCutAtParagraphs_KeepingAListWithItsLeadIn()
    {
        var long1 = string.Join(' ', Enumerable.Repeat("Paragraph one is long.", 30));
        var body = $"{long1}\n\nBring these:\n\n1. Passport.\n2. Photo.\n\n## Step\nShort.";

        var passages = AnswerRetrieval.PassagesOf(Source(ContentKind.Article, "a", "A", body));

        passages.Select(p => p.Markdown).ShouldBe([long1, "Bring these:\n\n1. Passport.\n2. Photo.", "Short."]);
        passages[2].Heading.ShouldBe("Step");
    }

    [Fact]
    public void AKeptQuestion_HasNoNumbersAddressesOrNames()
    {
        var known = new HashSet<string>(StringComparer.Ordinal) { "name", "pesel", "number", "write", "call", "card" };

        var kept = QuestionScrubber.Scrub(
            "My name is Anna Kowalska, write to anna.k@example.com or call +48 601 234 567; PESEL 90011512345, card FX1234567. How do I get a PESEL number?",
            known.Contains, "en");

        kept.ShouldBe("My name is […], write to [e-mail] or call [number]; PESEL [number], card [number]. How do I get a PESEL number?");
    }

    [Fact]
    public void InAScriptWithoutCapitals_EveryWordNoTextUses_IsTakenOut()
    {
        var kept = QuestionScrubber.Scrub("اسمي أحمد كيف أحصل على بطاقة الإقامة", w => w == SearchFolding.Word("بطاقة") || w == SearchFolding.Word("الإقامة"), "ar");

        kept.ShouldBe("[…] كيف […] على بطاقة الإقامة");
    }

    [Theory]
    [InlineData("My name is Anna, how do I apply?", "Anna", true)]
    [InlineData("Asylum? How do I apply?", "Asylum", false)]
    [InlineData("Where is the office?", "Where", false)]
    [InlineData("I live with Oleh.", "Oleh", true)]
    public void ACapitalisedWord_IsANameWhereASentenceDoesNotBegin(string question, string word, bool name) =>
        QuestionScrubber.IsLikelyName(question, word).ShouldBe(name);

    [Theory]
    [InlineData("It costs PLN 100 [1].", 2, true)]
    [InlineData("It costs PLN 100 [1]. You collect it in person [2].", 2, true)]
    [InlineData("It costs PLN 100.", 2, false)]
    [InlineData("It costs PLN 100 [3].", 2, false)]
    [InlineData("NO_ANSWER", 2, false)]
    [InlineData("", 1, false)]
    public void ALanguageModelsReply_IsUsedOnlyWhenItCitesTheSourcesItWasGiven(string reply, int sources, bool usable) =>
        AnswerRephraser.Usable(reply, sources).ShouldBe(usable);

    private static AnswerSource Source(ContentKind kind, string slug, string title, string body) => new(Guid.NewGuid(), kind, slug, "en", title, body);

    private static SearchTerm Term(string word) => new(word, SearchFolding.Word(word), IsPhrase: false);

    private static List<WeighedTerm> Weighed(params (string Word, double Weight)[] words) => [.. words.Select(w => new WeighedTerm(Term(w.Word), w.Weight))];
}
