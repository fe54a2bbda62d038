using Microsoft.Extensions.Localization;
using Pathway.Platform.Localization;

namespace Pathway.People.Api;

/// <summary>Collects localized errors per field, in the shape of a validation problem.</summary>
internal sealed class FieldErrors(IStringLocalizer<Text> text)
{
    private readonly Dictionary<string, List<string>> errors = new(StringComparer.Ordinal);

    public bool Any => errors.Count > 0;

    public void Add(string field, string messageKey, params object[] arguments)
    {
        if (!errors.TryGetValue(field, out var list))
        {
            errors[field] = list = [];
        }

        list.Add(text[messageKey, arguments]);
    }

    public Dictionary<string, string[]> ToDictionary() => errors.ToDictionary(e => e.Key, e => e.Value.ToArray(), StringComparer.Ordinal);
}
