using System.Collections.Concurrent;
using System.Globalization;
using System.Resources;
using Microsoft.Extensions.Localization;
using Pathway.Platform.Localization;

namespace Pathway.Web.Tests;

/// <summary>
/// A pseudo-locale for tests: every string that every language's resources translate comes out
/// wrapped in ⟦…⟧, so text on a page outside the marks did not come from the resources. A key
/// missing from any language is left unmarked, as that language would show it in English.
/// It wraps the factory, so the platform's strings and every module's are marked alike.
/// </summary>
internal sealed class MarkingLocalizerFactory(ResourceManagerStringLocalizerFactory inner) : IStringLocalizerFactory
{
    public const char Open = '⟦';
    public const char Close = '⟧';

    /// <summary>The languages with resources: every supported one but English, whose text is the key.</summary>
    public static IEnumerable<CultureInfo> TranslatedCultures =>
        SupportedCultures.All.Where(l => l.Code != "en").Select(l => l.Culture);

    public IStringLocalizer Create(Type resourceSource) => new Marking(inner.Create(resourceSource), UiTexts.Of(resourceSource));

    public IStringLocalizer Create(string baseName, string location) => inner.Create(baseName, location);

    private sealed class Marking(IStringLocalizer inner, ResourceManager texts) : IStringLocalizer
    {
        private readonly ConcurrentDictionary<string, bool> translated = new();

        public LocalizedString this[string name] => Mark(inner[name]);

        public LocalizedString this[string name, params object[] arguments] => Mark(inner[name, arguments]);

        public IEnumerable<LocalizedString> GetAllStrings(bool includeParentCultures) => inner.GetAllStrings(includeParentCultures);

        private LocalizedString Mark(LocalizedString text) =>
            translated.GetOrAdd(text.Name, name => TranslatedCultures.All(culture => texts.GetString(name, culture) is not null))
                ? new LocalizedString(text.Name, Open + text.Value + Close, text.ResourceNotFound, text.SearchedLocation)
                : text;
    }
}
