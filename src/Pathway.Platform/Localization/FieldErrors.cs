using Microsoft.Extensions.Localization;

namespace Pathway.Platform.Localization;

/// <summary>Collects localized errors per field, in the shape of a validation problem; shared by the modules' APIs.</summary>
public sealed class FieldErrors(IStringLocalizer text)
{
    private readonly Dictionary<string, List<string>> errors = new(StringComparer.Ordinal);

    public bool Any => errors.Count > 0;

    /// <summary>Whether <paramref name="field"/> has a problem already (a later check of it would only repeat it).</summary>
    public bool Has(string field) => errors.ContainsKey(field);

    public void Add(string field, string messageKey, params object[] arguments) => AddTranslated(field, text[messageKey, arguments]);

    /// <summary>A message already in the caller's language (put together from several localized parts).</summary>
    public void AddTranslated(string field, string message)
    {
        if (!errors.TryGetValue(field, out var list))
        {
            errors[field] = list = [];
        }

        list.Add(message);
    }

    public Dictionary<string, string[]> ToDictionary() => errors.ToDictionary(e => e.Key, e => e.Value.ToArray(), StringComparer.Ordinal);
}
