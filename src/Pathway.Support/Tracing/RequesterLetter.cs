using Microsoft.Extensions.Localization;
using Pathway.Platform.Localization;

namespace Pathway.Support.Tracing;

/// <summary>One line of the letter: its term, and its value as written (a number, a name, a date in the letter's language).</summary>
public sealed record LetterFact(string Term, string Value, bool IsName = false);

/// <summary>
/// The letter to the requester, its words put together in the language the requester reads,
/// whatever the worker's, and right to left for Arabic, Dari and Urdu. The page prints it as it is,
/// inside a page in the worker's language. Built from the requester's view alone, so a candidate
/// not confirmed never reaches it.
/// </summary>
public sealed record RequesterLetter(
    SupportedCultures.UiLanguage Language, string Heading, IReadOnlyList<LetterFact> Facts, string Progress, IReadOnlyList<LetterFact> Found, string Closing)
{
    public string Direction => Language.IsRightToLeft ? "rtl" : "ltr";

    public static RequesterLetter Of(RequesterView view, IStringLocalizer text)
    {
        var language = SupportedCultures.ForReader(view.Language);
        // Synchronous from here on: the culture is the requester's only while these words are made.
        using var inTheirLanguage = InLanguage.Of(language.Culture);
        var culture = language.Culture;
        List<LetterFact> facts =
        [
            new(text["Request"], view.Number),
            new(text["Taken by"], view.Organisation),
            new(text["Taken on"], view.AskedAt.ToString("d", culture)),
        ];
        if (view.Requester is { } requester)
        {
            facts.Add(new(text["Requester"], requester, IsName: true));
        }

        facts.Add(new(text["Sought person"], view.SoughtName, IsName: true));
        List<LetterFact> found = [];
        if (view.FoundName is { } name)
        {
            found.Add(new(text["Person found"], name, IsName: true));
            if (view.FoundAt is { } at)
            {
                found.Add(new(text["Confirmed on"], at.ToString("d", culture)));
            }
        }

        return new RequesterLetter(language, text["Your tracing request"], facts, TracingText.Progress(view.Progress, text), found,
            text["Please keep this letter. Write to us or call us with the request's number if you learn anything new."]);
    }
}
