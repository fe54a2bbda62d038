using Pathway.Portal.Content;

namespace Pathway.Portal.Tests;

public sealed class TranslationStatesTests
{
    [Fact]
    public void ALanguageWithoutText_IsMissing_AndATranslationOfTheCurrentSource_KeepsItsState()
    {
        var item = Item(("uk", TranslationState.InReview, current: true));

        TranslationStates.Of(item, "de").ShouldBe(TranslationState.Missing);
        TranslationStates.Of(item, "uk").ShouldBe(TranslationState.InReview);
        TranslationStates.Of(item, "pl").ShouldBe(TranslationState.Published);
    }

    [Fact]
    public void WhenTheSourceChanges_EveryTranslationMadeFromTheOldText_IsStale_EvenAPublishedOne()
    {
        var item = Item(("en", TranslationState.Published, current: true), ("uk", TranslationState.Draft, current: true));

        item.Source!.Body += " Opłata: 0 zł.";

        TranslationStates.Of(item, "en").ShouldBe(TranslationState.Stale);
        TranslationStates.Of(item, "uk").ShouldBe(TranslationState.Stale);
        TranslationStates.Of(item, "pl").ShouldBe(TranslationState.Published);
    }

    [Fact]
    public void AReader_GetsTheirLanguage_ElseEnglish_ElseTheSource_AndNothingWhileTheSourceIsUnpublished()
    {
        var item = Item(("en", TranslationState.Published, current: true), ("uk", TranslationState.InReview, current: true), ("ar", TranslationState.Published, current: false));

        ContentDesk.Read(item, "en")!.ShouldSatisfyAllConditions(c => c.Language.ShouldBe("en"), c => c.IsFallback.ShouldBeFalse());
        ContentDesk.Read(item, "uk")!.ShouldSatisfyAllConditions(c => c.Language.ShouldBe("en"), c => c.IsFallback.ShouldBeTrue());
        // A published translation of an older source is not shown: it may say what is no longer true.
        ContentDesk.Read(item, "ar")!.Language.ShouldBe("en");

        item.In("en")!.State = TranslationState.Draft;
        ContentDesk.Read(item, "uk")!.Language.ShouldBe("pl");

        item.Source!.State = TranslationState.Draft;
        ContentDesk.Read(item, "pl").ShouldBeNull();
    }

    [Fact]
    public void TheSourceHash_ChangesWithTheTitleOrTheBody_AndCannotBeForgedByMovingText()
    {
        SourceHashes.Of("PESEL", "Numer").ShouldNotBe(SourceHashes.Of("PESEL ", "Numer"));
        SourceHashes.Of("PESEL", "Numer").ShouldNotBe(SourceHashes.Of("PESEL", "Numer."));
        SourceHashes.Of("a|1:b", "").ShouldNotBe(SourceHashes.Of("a", "b"));
        SourceHashes.Of("PESEL", "Numer").ShouldBe(SourceHashes.Of("PESEL", "Numer"));
    }

    private static ContentItem Item(params (string Language, TranslationState State, bool current)[] translations)
    {
        var item = new ContentItem { Slug = "pesel-number", SourceLanguage = "pl" };
        var source = new ContentText { ItemId = item.Id, Language = "pl", Title = "Numer PESEL", Body = "Numer nadawany jest bezpłatnie.", State = TranslationState.Published };
        item.Texts.Add(source);
        foreach (var (language, state, current) in translations)
        {
            item.Texts.Add(new ContentText
            {
                ItemId = item.Id, Language = language, Title = "PESEL " + language, Body = "Text " + language, State = state,
                SourceHash = current ? SourceHashes.Of(source) : SourceHashes.Of("Numer PESEL", "An older text."),
            });
        }

        return item;
    }
}
