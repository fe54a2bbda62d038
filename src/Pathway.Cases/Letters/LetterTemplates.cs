using System.Reflection;

namespace Pathway.Cases.Letters;

/// <summary>The wording of one letter in one language: its title and paragraphs, with {fields} to fill.</summary>
public sealed record LetterTemplate(string Title, IReadOnlyList<string> Paragraphs);

/// <summary>
/// The letters' wording as data, so an office changes it without a release. Each file is a text
/// file named <c>{template}.{language}.txt</c>: the first line is the title, paragraphs are separated
/// by a blank line, a paragraph starting with <c>= </c> is a centred heading. <c>common.{language}.txt</c>
/// holds <c>key: value</c> lines (the authority, the signature, permit names). A file in
/// <c>{folder}/{tenant id}/</c> wins over one in <c>{folder}/</c>, which wins over the one built in.
/// </summary>
public sealed class LetterTemplates(string? folder = null)
{
    private const string ResourcePrefix = "Pathway.Cases.Letters.Templates.";
    private static readonly Assembly Assembly = typeof(LetterTemplates).Assembly;

    public LetterTemplate? Find(string template, string language, Guid tenantId)
    {
        if (Read($"{template}.{language}.txt", tenantId) is not { } text)
        {
            return null;
        }

        var blocks = Paragraphs(text);
        return blocks.Count == 0 ? null : new LetterTemplate(blocks[0], blocks.Skip(1).ToList());
    }

    /// <summary>The shared texts of a language, or null when the language has no translation.</summary>
    public IReadOnlyDictionary<string, string>? Common(string language, Guid tenantId)
    {
        if (Read($"common.{language}.txt", tenantId) is not { } text)
        {
            return null;
        }

        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var line in text.Split('\n').Select(l => l.Trim()).Where(l => l.Length > 0 && !l.StartsWith('#')))
        {
            var colon = line.IndexOf(':', StringComparison.Ordinal);
            if (colon > 0)
            {
                values[line[..colon].Trim()] = line[(colon + 1)..].Trim().Replace("\\n", "\n", StringComparison.Ordinal);
            }
        }

        return values;
    }

    private string? Read(string file, Guid tenantId)
    {
        if (folder is not null)
        {
            foreach (var path in new[] { Path.Combine(folder, tenantId.ToString("D"), file), Path.Combine(folder, file) })
            {
                if (File.Exists(path))
                {
                    return File.ReadAllText(path);
                }
            }
        }

        using var stream = Assembly.GetManifestResourceStream(ResourcePrefix + file);
        if (stream is null)
        {
            return null;
        }

        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }

    private static List<string> Paragraphs(string text)
    {
        var paragraphs = new List<string>();
        var current = new List<string>();
        foreach (var line in text.Replace("\r", "", StringComparison.Ordinal).Split('\n').Select(l => l.Trim()))
        {
            if (line.Length == 0)
            {
                Flush();
            }
            else
            {
                current.Add(line);
            }
        }

        Flush();
        return paragraphs;

        void Flush()
        {
            if (current.Count > 0)
            {
                paragraphs.Add(string.Join(' ', current));
                current.Clear();
            }
        }
    }
}
