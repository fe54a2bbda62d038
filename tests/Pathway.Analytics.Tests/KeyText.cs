using Microsoft.Extensions.Localization;

namespace Pathway.Analytics.Tests;

/// <summary>Gives each message as its English key, its placeholders filled: for checks tested without the resources.</summary>
internal sealed class KeyText : IStringLocalizer
{
    public LocalizedString this[string name] => new(name, name);

    public LocalizedString this[string name, params object[] arguments] => new(name, string.Format(System.Globalization.CultureInfo.InvariantCulture, name, arguments));

    public IEnumerable<LocalizedString> GetAllStrings(bool includeParentCultures) => [];
}
