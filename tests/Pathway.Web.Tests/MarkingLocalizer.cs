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
/// </summary>
internal sealed class MarkingLocalizer(IStringLocalizerFactory factory) : IStringLocalizer<Text>
{
    public const char Open = '⟦';
    public const char Close = '⟧';

    private static readonly ResourceManager Texts = new("Pathway.Platform.Localization.Text", typeof(Text).Assembly);
    private static readonly ConcurrentDictionary<string, bool> Translated = new();

    private readonly IStringLocalizer inner = factory.Create(typeof(Text));

    public LocalizedString this[string name] => Mark(inner[name]);

    public LocalizedString this[string name, params object[] arguments] => Mark(inner[name, arguments]);

    public IEnumerable<LocalizedString> GetAllStrings(bool includeParentCultures) => inner.GetAllStrings(includeParentCultures);

    /// <summary>The languages with resources: every supported one but English, whose text is the key.</summary>
    public static IEnumerable<CultureInfo> TranslatedCultures =>
        SupportedCultures.All.Where(l => l.Code != "en").Select(l => l.Culture);

    private static LocalizedString Mark(LocalizedString text) =>
        Translated.GetOrAdd(text.Name, name => TranslatedCultures.All(culture => Texts.GetString(name, culture) is not null))
            ? new LocalizedString(text.Name, Open + text.Value + Close, text.ResourceNotFound, text.SearchedLocation)
            : text;
}
