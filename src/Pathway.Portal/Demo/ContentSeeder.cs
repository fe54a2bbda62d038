using Microsoft.EntityFrameworkCore;
using Pathway.Platform.Demo;
using Pathway.Platform.Persistence;
using Pathway.Portal.Content;
using Pathway.Portal.Pictures;

namespace Pathway.Portal.Demo;

/// <summary>
/// Gives the demo tenant its portal items written in Polish: guides, procedures with their steps,
/// documents, terms, events with their dates and places, services with their facts and a decision
/// tree. English and Ukrainian are published; the other languages are machine drafts (marked as
/// such, unpublished), so the fallback and the translators' queue have something to show.
/// </summary>
internal sealed class ContentSeeder(PathwayDbContext db, TimeProvider clock, Search.SearchIndex search) : IDemoSeeder
{
    public int Order => 40;

    public async Task SeedAsync(DemoTenant tenant, DemoSeedOptions options, IProgress<DemoSeedProgress>? progress, CancellationToken cancellationToken)
    {
        if (await db.Set<ContentItem>().AnyAsync(i => i.TenantId == tenant.TenantId, cancellationToken))
        {
            return;
        }

        var now = clock.GetUtcNow().UtcDateTime;
        foreach (var demo in DemoContent.All)
        {
            var item = new ContentItem
            {
                TenantId = tenant.TenantId, OrganisationId = tenant.OfficeUnitIds[0], Kind = demo.Kind, Slug = demo.Slug, SourceLanguage = "pl",
                OwnerName = DemoContent.Editor, CreatedAt = now, LastCheckedAt = now, LastCheckedBy = DemoContent.Editor,
            };
            var source = new ContentText { ItemId = item.Id, Language = "pl", Title = demo.Texts["pl"].Title, Body = demo.Texts["pl"].Body, State = TranslationState.Published, UpdatedAt = now, UpdatedBy = DemoContent.Editor };
            item.Texts.Add(source);
            foreach (var (language, text) in demo.Texts.Where(t => t.Key != "pl"))
            {
                item.Texts.Add(new ContentText
                {
                    ItemId = item.Id, Language = language, Title = text.Title, Body = text.Body, State = text.State,
                    SourceHash = SourceHashes.Of(source), UpdatedAt = now, UpdatedBy = text.State == TranslationState.MachineDraft ? "machine translation" : DemoContent.Editor,
                });
            }

            db.Add(item);
            await search.RefreshAsync(item, cancellationToken);
            if (demo.Kind == ContentKind.Event)
            {
                db.Add(DemoEvents.Details(DemoEvents.FactsOf(demo.Slug), item.Id, tenant.TenantId, now));
            }
            else if (demo.Kind == ContentKind.Procedure)
            {
                db.AddRange(DemoProcedures.StepsOf(demo.Slug, item.Id, tenant.TenantId));
            }
            else if (demo.Kind == ContentKind.DecisionTree)
            {
                db.AddRange(DemoTree.Answers(item.Id, tenant.TenantId));
            }
            else if (demo.Kind == ContentKind.Document && demo.Slug == DemoPicture.Slug)
            {
                var picture = DemoPicture.Draw();
                db.Add(new DocumentPicture
                {
                    ItemId = item.Id, TenantId = tenant.TenantId, Image = picture.Image, Hash = picture.Hash, Width = picture.Width, Height = picture.Height,
                    UploadedAt = now, UploadedBy = DemoContent.Editor,
                });
                db.AddRange(DemoPicture.Spots.Select((s, i) => new PictureSpot
                {
                    ItemId = item.Id, TenantId = tenant.TenantId, Number = i + 1, X = PictureSpots.Stored(s.X)!.Value, Y = PictureSpots.Stored(s.Y)!.Value,
                }));
            }
            else if (demo.Kind == ContentKind.Survey)
            {
                db.AddRange(DemoSurvey.Questions(item.Id, tenant.TenantId));
            }
            else if (demo.Kind == ContentKind.Service)
            {
                db.Add(DemoServices.All.Single(s => s.Item == demo).Facts(item.Id, tenant.TenantId));
            }
        }

        await db.SaveChangesAsync(cancellationToken);
    }
}
