using System.Collections;
using System.Globalization;
using System.Resources;
using System.Text.RegularExpressions;

namespace Pathway.Web.Tests;

/// <summary>
/// Every language's resources hold the same keys, each translation keeps its key's placeholders,
/// none is empty. (tools/ui_strings.py --check also compares them with the keys the code uses.)
/// </summary>
public sealed partial class TranslationResourceTests
{
    public static TheoryData<string> Sets => [.. UiTexts.Sets.Select(s => s.BaseName)];

    [Theory]
    [MemberData(nameof(Sets))]
    public void EveryLanguage_HasEveryKeyWithItsPlaceholders(string set)
    {
        var texts = UiTexts.Sets.Single(s => s.BaseName == set);
        var languages = MarkingLocalizerFactory.TranslatedCultures.ToDictionary(c => c.Name, c => Entries(texts, c));
        languages.Count.ShouldBe(11);
        languages.Values.ShouldAllBe(entries => entries.Count > 0);
        var allKeys = languages.Values.SelectMany(e => e.Keys).ToHashSet(StringComparer.Ordinal);
        var problems = new List<string>();
        foreach (var (language, entries) in languages)
        {
            problems.AddRange(allKeys.Where(k => !entries.ContainsKey(k)).Select(k => $"{language}: missing \"{k}\""));
            foreach (var (key, value) in entries)
            {
                if (string.IsNullOrWhiteSpace(value))
                {
                    problems.Add($"{language}: empty \"{key}\"");
                }
                else if (!Placeholders(key).SetEquals(Placeholders(value)))
                {
                    problems.Add($"{language}: \"{key}\" has the placeholders {string.Join(" ", Placeholders(value))}");
                }
            }
        }

        problems.ShouldBeEmpty(string.Join(Environment.NewLine, problems));
    }

    private static Dictionary<string, string> Entries(ResourceManager texts, CultureInfo culture)
    {
        // Only the culture's own file: a key missing there must not be found in a parent.
        var set = texts.GetResourceSet(culture, createIfNotExists: true, tryParents: false) ?? throw new InvalidOperationException($"No resources for {culture.Name}.");
        return set.Cast<DictionaryEntry>().ToDictionary(e => (string)e.Key, e => e.Value as string ?? "", StringComparer.Ordinal);
    }

    private static HashSet<string> Placeholders(string text) => [.. Placeholder().Matches(text).Select(m => m.Value)];

    [GeneratedRegex(@"\{\d+(?:[:,][^}]*)?\}")]
    private static partial Regex Placeholder();
}
