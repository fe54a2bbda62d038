using System.Globalization;
using Microsoft.Extensions.Localization;
using Pathway.Support.Tracing;

namespace Pathway.Support.Tests;

/// <summary>The letter to the requester is made in the language they read, whatever the worker's, and right to left for Arabic, Dari and Urdu.</summary>
public sealed class RequesterLetterTests
{
    private static RequesterView View(string language, string? found = null) => new(
        "TR-2026-00007", TracingDirection.RelativeSeeksChild, "Nadia Marchenko", "Богдан Марченко", found is null ? RequesterProgress.Searching : RequesterProgress.Found,
        found, found is null ? null : new DateTime(2026, 12, 4, 9, 0, 0, DateTimeKind.Utc), "Fundacja Wspólna Droga", new DateTime(2026, 11, 3, 9, 0, 0, DateTimeKind.Utc), language);

    [Theory]
    [InlineData("ar", "ar", true)]
    [InlineData("prs", "fa-AF", true)]
    [InlineData("ur", "ur", true)]
    [InlineData("uk", "uk", false)]
    [InlineData("zh-Hans", "zh-Hans", false)]
    public void Of_MakesEveryWordInTheRequestersLanguage_WhateverTheWorkersIs(string code, string culture, bool rightToLeft)
    {
        var worker = CultureInfo.CurrentUICulture;
        CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo("pl");
        try
        {
            var letter = RequesterLetter.Of(View(code, "Bohdan Marchenko"), new CultureNamed());

            (letter.Language.CultureName, letter.Direction).ShouldBe((culture, rightToLeft ? "rtl" : "ltr"));
            letter.Heading.ShouldBe($"{culture}:Your tracing request");
            letter.Progress.ShouldStartWith($"{culture}:");
            letter.Facts.Select(f => f.Term).ShouldAllBe(t => t.StartsWith(culture + ":", StringComparison.Ordinal));
            letter.Found.Select(f => f.Term).ShouldBe([$"{culture}:Person found", $"{culture}:Confirmed on"]);
            CultureInfo.CurrentUICulture.Name.ShouldBe("pl", "the worker's page goes on in the worker's language");
        }
        finally
        {
            CultureInfo.CurrentUICulture = worker;
        }
    }

    [Fact]
    public void Of_WritesTheDatesAsTheRequestersLanguageDoes_AndNamesNoOneBeforeAFinding()
    {
        var letter = RequesterLetter.Of(View("uk"), new CultureNamed());

        letter.Facts.Single(f => f.Term.EndsWith(":Taken on", StringComparison.Ordinal)).Value.ShouldBe("03.11.2026");
        letter.Facts.Where(f => f.IsName).Select(f => f.Value).ShouldBe(["Nadia Marchenko", "Богдан Марченко"]);
        letter.Found.ShouldBeEmpty();
    }

    [Fact]
    public void Of_ALanguageNotOffered_FallsBackToThePlatformsDefault()
    {
        RequesterLetter.Of(View("tlh"), new CultureNamed()).Language.Code.ShouldBe("pl");
    }

    /// <summary>Each text as the UI culture it was asked in: shows in which language the letter was made.</summary>
    private sealed class CultureNamed : IStringLocalizer
    {
        public LocalizedString this[string name] => new(name, $"{CultureInfo.CurrentUICulture.Name}:{name}");

        public LocalizedString this[string name, params object[] arguments] => this[name];

        public IEnumerable<LocalizedString> GetAllStrings(bool includeParentCultures) => [];
    }
}
