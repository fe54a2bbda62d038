using System.Security.Claims;
using System.Text.Json;
using System.Xml.Linq;
using Microsoft.EntityFrameworkCore;
using Pathway.Platform.Audit;
using Pathway.Platform.Caching;
using Pathway.Platform.Identity;
using Pathway.Platform.Localization;
using Pathway.Platform.Persistence;
using Pathway.Platform.Tenancy;
using Pathway.Portal.Content;

namespace Pathway.Portal.Exchange;

public enum XliffFormat
{
    Xliff2,
    Xliff12,
}

public static class XliffFormats
{
    /// <summary>The format by its name in the CLI and the API (xliff2, xliff12).</summary>
    public static XliffFormat? Of(string? name) => name?.ToLowerInvariant() switch
    {
        "xliff2" => XliffFormat.Xliff2,
        "xliff12" => XliffFormat.Xliff12,
        _ => null,
    };
}

/// <summary>An export: the document and what it holds.</summary>
public sealed record ExchangeExport(XDocument Document, int Items, int Units);

/// <summary>What an import did to one item's translation.</summary>
public sealed record ImportedItem(Guid Id, string Slug, string Language, TranslationState State, bool Changed);

/// <summary>An import's outcome: every problem (and then nothing written), or what was written.</summary>
public sealed record ImportOutcome(IReadOnlyList<ExchangeProblem> Problems, IReadOnlyList<ImportedItem> Items)
{
    public bool Succeeded => Problems.Count == 0;
}

/// <summary>
/// Exchange with translation tools: one source and one target language of every item written in that
/// source, out as XLIFF 2.0 or 1.2, and back in. An import is all or nothing: a file for another item,
/// language or version (the source changed since, or the translation did) is refused whole, and every
/// problem is named with its file and unit. Exported again, what a tool added (notes, other vocabularies)
/// comes back with it, and a file imported unchanged changes nothing.
/// </summary>
public sealed class ContentExchange(PathwayDbContext db, ContentDesk content, ITenantScopeAccessor scope, TimeProvider clock, PublicPageCache pages, Search.SearchIndex search)
{
    /// <summary>
    /// How an exported file is written: as it is, not indented. XML writers indent an element that
    /// begins mixed content, so a unit whose text begins with a code (a glossary mention, bold)
    /// would gain a line break and spaces, and the round trip would change the text.
    /// </summary>
    public const System.Xml.Linq.SaveOptions SaveOptions = System.Xml.Linq.SaveOptions.DisableFormatting;

    public const string TitleUnit = "title";

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    private IQueryable<ContentItem> Items => db.Set<ContentItem>().Include(i => i.Texts).Where(i => i.TenantId == scope.Current.TenantId);

    /// <summary>Every item written in <paramref name="source"/>, with its <paramref name="target"/> translation where there is one; null when there is no such item.</summary>
    public async Task<ExchangeExport?> ExportAsync(string source, string target, XliffFormat format, CancellationToken cancellationToken = default)
    {
        var items = await Items.AsNoTracking().Where(i => i.SourceLanguage == source).ToListAsync(cancellationToken);
        if (items.Count == 0)
        {
            return null;
        }

        var files = items.OrderBy(i => i.Slug, StringComparer.Ordinal).Select(i => FileOf(i, target)).ToList();
        var rightToLeft = SupportedCultures.ByCode(target)?.IsRightToLeft ?? false;
        var document = format == XliffFormat.Xliff2 ? Xliff20.Write(source, target, rightToLeft, files) : Xliff12.Write(source, target, files);
        db.Audit(new AuditRecord(AuditAction.Read, nameof(ContentItem), "xliff", Details: $"export {source}→{target}, {files.Count} items"));
        await db.SaveChangesAsync(cancellationToken);
        return new ExchangeExport(document, files.Count, files.Sum(f => f.Units.Count));
    }

    internal static ExchangeFile FileOf(ContentItem item, string target)
    {
        var source = item.Source!;
        var layout = MarkdownUnits.Split(source.Body);
        var text = item.In(target);
        var state = TranslationStates.Of(item, target);
        var extras = Extras.Of(text);
        var targetLayout = text is null ? null : MarkdownUnits.Split(text.Body);
        // A translation with the source's shape gives each unit its target; one shaped otherwise only its title.
        var aligned = targetLayout is not null && targetLayout.Units.Count == layout.Units.Count;
        var units = new List<ExchangeUnit>
        {
            new(TitleUnit, TitleUnit, UnitText.Plain(source.Title), text is null ? null : UnitText.Plain(text.Title), text is null ? null : state, ToolMark.None, extras.Of(TitleUnit)),
        };
        for (var i = 0; i < layout.Units.Count; i++)
        {
            var id = BodyUnit(i);
            var unitTarget = aligned ? Codes.Matched(targetLayout!.Units[i], layout.Units[i]) : null;
            units.Add(new ExchangeUnit(id, "body/" + (i + 1).ToString(System.Globalization.CultureInfo.InvariantCulture), layout.Units[i], unitTarget,
                unitTarget is null ? null : state, ToolMark.None, extras.Of(id)));
        }

        return new ExchangeFile(item.Slug, item.Id, item.SourceLanguage, target, item.Version, SourceHashes.Of(source), TargetHash(text), units, extras.File);
    }

    private static string BodyUnit(int index) => "b" + (index + 1).ToString(System.Globalization.CultureInfo.InvariantCulture);

    private static string TargetHash(ContentText? text) => text is null ? "" : SourceHashes.Of(text);

    /// <summary>Reads an XLIFF 2.0 or 1.2 file and writes every translation in it, or nothing and the reasons.</summary>
    public async Task<ImportOutcome> ImportAsync(Stream upload, ClaimsPrincipal by, CancellationToken cancellationToken = default)
    {
        var problems = new List<ExchangeProblem>();
        if (upload.CanSeek && upload.Length > XliffText.MaxBytes)
        {
            return Refused(new ExchangeProblem(null, null, "The file is larger than {0} MB.", XliffText.MaxBytes / 1024 / 1024));
        }

        var document = XliffText.Load(upload, problems);
        if (document?.Root is not { } root)
        {
            return new ImportOutcome(problems, []);
        }

        var (source, target, files) = root.Name == Xliff20.X + "xliff" ? Xliff20.Read(document, problems)
            : root.Name == Xliff12.X + "xliff" ? Xliff12.Read(document, problems)
            : default;
        if (files is null)
        {
            return Refused(new ExchangeProblem(null, null, "The file is not XLIFF: its root is <{0}> in \"{1}\".", root.Name.LocalName, root.Name.NamespaceName));
        }

        var targetLanguage = Language(target);
        var sourceLanguage = Language(source);
        if (targetLanguage is null)
        {
            problems.Add(new ExchangeProblem(null, null, "The target language \"{0}\" is not one of the portal's.", target ?? ""));
        }

        if (sourceLanguage is null)
        {
            problems.Add(new ExchangeProblem(null, null, "The source language \"{0}\" is not one of the portal's.", source ?? ""));
        }

        if (files.Count == 0)
        {
            problems.Add(new ExchangeProblem(null, null, "The file holds no item."));
        }

        if (problems.Count > 0)
        {
            return new ImportOutcome(problems, []);
        }

        var ids = files.Select(f => f.ItemId).OfType<Guid>().ToList();
        var slugs = files.Select(f => f.Id).ToList();
        var items = await Items.Where(i => ids.Contains(i.Id) || slugs.Contains(i.Slug)).ToListAsync(cancellationToken);
        var now = clock.GetUtcNow().UtcDateTime;
        var name = by.Identity?.Name ?? by.GetUserId()?.ToString() ?? "";
        var imported = new List<ImportedItem>();
        var seen = new HashSet<Guid>();
        foreach (var file in files)
        {
            var item = file.ItemId is { } id ? items.FirstOrDefault(i => i.Id == id) : items.FirstOrDefault(i => i.Slug == file.Id);
            if (item is null)
            {
                problems.Add(new ExchangeProblem(file.Id, null, "There is no such content item here."));
                continue;
            }

            if (!seen.Add(item.Id))
            {
                problems.Add(new ExchangeProblem(file.Id, null, "The item is in the file more than once."));
                continue;
            }

            if (Apply(item, file, sourceLanguage!, targetLanguage!, now, name, problems) is { } done)
            {
                imported.Add(done);
            }
        }

        if (problems.Count > 0)
        {
            db.ChangeTracker.Clear();
            return new ImportOutcome(problems, []);
        }

        foreach (var done in imported.Where(i => i.Changed))
        {
            await search.RefreshAsync(items.First(i => i.Id == done.Id), cancellationToken);
            db.Audit(new AuditRecord(AuditAction.Update, nameof(ContentItem), done.Id.ToString(), Details: "xliff:" + done.Language));
        }

        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            db.ChangeTracker.Clear();
            return Refused(new ExchangeProblem(null, null, "Someone changed one of these items while the file was being read. Nothing was saved; import the file again."));
        }

        await pages.EvictAsync(PublicPages.PortalTag, cancellationToken);
        return new ImportOutcome([], imported);
    }

    private static ImportOutcome Refused(ExchangeProblem problem) => new([problem], []);

    private static string NameOf(string code) => SupportedCultures.ByCode(code)?.NativeName ?? code;

    /// <summary>A language of the portal by its code or its culture's name (fa-AF for Dari), in the portal's spelling.</summary>
    private static string? Language(string? code) =>
        code is null ? null : (SupportedCultures.ByCode(code) ?? SupportedCultures.All.FirstOrDefault(l => string.Equals(l.CultureName, code, StringComparison.OrdinalIgnoreCase)))?.Code;

    /// <summary>Checks one file against its item and, when it fits, puts the translation on the tracked item; null after naming the problems.</summary>
    private ImportedItem? Apply(ContentItem item, ExchangeFile file, string source, string target, DateTime now, string name, List<ExchangeProblem> problems)
    {
        var count = problems.Count;
        if (file.Units.All(u => u.Target is null))
        {
            // Not translated in this file: a tool gives back the whole export, translated or not.
            return new ImportedItem(item.Id, item.Slug, target, TranslationStates.Of(item, target), Changed: false);
        }

        if (!string.Equals(item.SourceLanguage, source, StringComparison.Ordinal))
        {
            problems.Add(new ExchangeProblem(file.Id, null, "The file's source language is {0}; this item is written in {1}.", NameOf(source), NameOf(item.SourceLanguage)));
        }

        if (string.Equals(item.SourceLanguage, target, StringComparison.Ordinal))
        {
            problems.Add(new ExchangeProblem(file.Id, null, "The target language is this item's source language: the editors change the source text."));
        }

        var sourceText = item.Source!;
        var current = item.In(target);
        if (file.Version is null && file.SourceHash is null)
        {
            problems.Add(new ExchangeProblem(file.Id, null, "The file does not say which version of the item it was exported from: export the item again."));
        }
        else if (file.SourceHash is not null ? !string.Equals(file.SourceHash, SourceHashes.Of(sourceText), StringComparison.Ordinal) : file.Version != item.Version)
        {
            problems.Add(new ExchangeProblem(file.Id, null, "The item's source text changed since this file was exported (version {0}, now {1}): export it again.", file.Version?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "?", item.Version));
        }
        else if (file.TargetHash is not null && !string.Equals(file.TargetHash, TargetHash(current), StringComparison.Ordinal))
        {
            problems.Add(new ExchangeProblem(file.Id, null, "The {0} translation changed since this file was exported (version {1}, now {2}): export it again, so that nothing is overwritten.", NameOf(target), file.Version?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "?", item.Version));
        }

        if (problems.Count > count)
        {
            return null;
        }

        var layout = MarkdownUnits.Split(sourceText.Body);
        var expected = new List<(string Id, UnitText Source)> { (TitleUnit, UnitText.Plain(sourceText.Title)) };
        expected.AddRange(layout.Units.Select((u, i) => (BodyUnit(i), u)));
        var given = new Dictionary<string, ExchangeUnit>(StringComparer.Ordinal);
        foreach (var unit in file.Units)
        {
            if (!given.TryAdd(unit.Id, unit))
            {
                problems.Add(new ExchangeProblem(file.Id, unit.Id, "The unit is in the file more than once."));
            }
            else if (expected.All(e => e.Id != unit.Id))
            {
                problems.Add(new ExchangeProblem(file.Id, unit.Id, "The item has no such unit: was the file made from another version?"));
            }
        }

        var texts = new List<string>();
        foreach (var (id, unitSource) in expected)
        {
            if (!given.TryGetValue(id, out var unit))
            {
                problems.Add(new ExchangeProblem(file.Id, id, "The unit is missing from the file."));
            }
            else if (unit.Target is null || unit.Target.Pieces.Count == 0)
            {
                problems.Add(new ExchangeProblem(file.Id, id, "The unit has no translation."));
            }
            else if (Codes.Resolve(unit.Target, unitSource, file.Id, id, problems) is { } resolved)
            {
                texts.Add(resolved);
            }
        }

        if (problems.Count > count)
        {
            return null;
        }

        var title = texts[0];
        if (string.IsNullOrWhiteSpace(title) || title.Contains('\n', StringComparison.Ordinal) || title.Length > ContentText.MaxTitleLength)
        {
            problems.Add(new ExchangeProblem(file.Id, TitleUnit, "The title must be one line of 1 to {0} characters.", ContentText.MaxTitleLength));
            return null;
        }

        // The translation keeps its own Markdown around the units (its list markers, its blank lines) when it has the source's shape.
        var currentLayout = current is null ? null : MarkdownUnits.Split(current.Body);
        var body = (currentLayout is not null && currentLayout.Units.Count == layout.Units.Count ? currentLayout : layout).Join(texts[1..]);
        if (body.Length > ContentText.MaxBodyLength)
        {
            problems.Add(new ExchangeProblem(file.Id, null, "The translated text is longer than {0} characters.", ContentText.MaxBodyLength));
            return null;
        }

        var targeted = file.Units.Where(u => u.TargetState is not null).ToList();
        var state = XliffStates.Least(targeted.Select(u => u.TargetState!.Value));
        var standing = TranslationStates.Of(item, target);
        var unchanged = current is not null && current.Title == title && current.Body == body
            && ((targeted.All(u => u.Mark == ToolMark.Final) && standing == TranslationState.Published)
                || (targeted.Any(u => u.Mark == ToolMark.NeedsUpdate) && standing == TranslationState.Stale)
                || (standing == state));
        var extras = Extras.From(file);
        if (unchanged)
        {
            current!.ExchangeExtras = extras;
            return new ImportedItem(item.Id, item.Slug, target, standing, Changed: false);
        }

        content.WriteTranslation(item, target, title, body, state, now, name).ExchangeExtras = extras;
        item.Version++;
        return new ImportedItem(item.Id, item.Slug, target, state, Changed: true);
    }

    /// <summary>What tools added to a file and its units, kept on the translation as JSON and given back on the next export.</summary>
    private sealed record Extras(Kept File, Dictionary<string, Kept> Units)
    {
        public Kept Of(string unit) => Units.GetValueOrDefault(unit) ?? Kept.None;

        public static Extras Of(ContentText? text)
        {
            if (text?.ExchangeExtras is not { Length: > 0 } json)
            {
                return new Extras(Kept.None, new Dictionary<string, Kept>(StringComparer.Ordinal));
            }

            var extras = JsonSerializer.Deserialize<Extras>(json, Json)!;
            return extras with { Units = new Dictionary<string, Kept>(extras.Units, StringComparer.Ordinal) };
        }

        public static string? From(ExchangeFile file)
        {
            var units = file.Units.Where(u => !u.Kept.IsEmpty).GroupBy(u => u.Id, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First().Kept, StringComparer.Ordinal);
            return file.Kept.IsEmpty && units.Count == 0 ? null : JsonSerializer.Serialize(new Extras(file.Kept, units), Json);
        }
    }
}
