using System.Globalization;

namespace Pathway.Platform.Localization;

/// <summary>
/// Words put together for one person in their language (an e-mail, a calendar file) rather than in
/// the language of the request or of no request at all: the current culture is theirs until this is
/// disposed, then what it was. Both cultures change, so dates and numbers read as that language
/// writes them. Dispose it in the method that made it: a culture set in an async method does not
/// reach its caller, and is restored here for the awaits after.
/// </summary>
public readonly struct InLanguage : IDisposable
{
    private readonly CultureInfo culture;
    private readonly CultureInfo uiCulture;

    private InLanguage(CultureInfo language)
    {
        (culture, uiCulture) = (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture);
        CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = language;
    }

    public static InLanguage Of(CultureInfo language) => new(language);

    public void Dispose() => (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture) = (culture, uiCulture);
}
