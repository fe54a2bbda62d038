using Microsoft.EntityFrameworkCore;
using Pathway.Platform.Persistence;
using Pathway.Portal.Content;

namespace Pathway.Portal.Search;

/// <summary>
/// Keeps an item's <see cref="SearchText"/> rows what its readers are shown: one row per published
/// text that some reading language falls back to, none while the source is unpublished. The rows
/// change in the same unit of work as the item, so a search never finds a text that was not saved.
/// </summary>
public sealed class SearchIndex(PathwayDbContext db, WordFrequencies frequencies)
{
    /// <summary>Brings the item's rows up to date, to be saved with the item; marks the item indexed at its version.</summary>
    public async Task RefreshAsync(ContentItem item, CancellationToken cancellationToken = default)
    {
        frequencies.Clear(); // the words' counts change with the rows
        var existing = await db.Set<SearchText>().Where(s => s.ItemId == item.Id).ToListAsync(cancellationToken);
        var wanted = RowsOf(item);
        foreach (var row in existing)
        {
            if (wanted.FirstOrDefault(w => w.Language == row.Language) is { } now)
            {
                (row.Kind, row.Slug, row.Readers, row.Title, row.Body, row.FoldedTitle, row.FoldedBody) =
                    (now.Kind, now.Slug, now.Readers, now.Title, now.Body, now.FoldedTitle, now.FoldedBody);
            }
            else
            {
                db.Remove(row);
            }
        }

        db.AddRange(wanted.Where(w => !existing.Any(e => e.Language == w.Language)));
        item.IndexedVersion = item.Version;
    }

    /// <summary>The rows <paramref name="item"/> should have: each shown text with the reading languages that are shown it.</summary>
    public static IReadOnlyList<SearchText> RowsOf(ContentItem item) =>
    [
        .. ContentDesk.Languages
            .Select(reader => (Reader: reader, Shown: ContentDesk.ShownLanguage(item, reader)))
            .Where(r => r.Shown is not null)
            .GroupBy(r => r.Shown!, StringComparer.Ordinal)
            .Select(group =>
            {
                var text = item.In(group.Key)!;
                var body = MarkdownText.ToPlainText(text.Body);
                return new SearchText
                {
                    TenantId = item.TenantId, ItemId = item.Id, Kind = item.Kind, Slug = item.Slug, Language = group.Key,
                    Readers = SearchText.ReadersOf(group.Select(r => r.Reader)), Title = text.Title, Body = body,
                    FoldedTitle = SearchFolding.Text(text.Title), FoldedBody = SearchFolding.Text(body),
                };
            }),
    ];
}
