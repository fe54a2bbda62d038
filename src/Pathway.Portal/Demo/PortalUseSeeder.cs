using Microsoft.EntityFrameworkCore;
using Pathway.Platform.Demo;
using Pathway.Platform.Persistence;
using Pathway.Platform.Tenancy;
using Pathway.Portal.Content;
using Pathway.Portal.Feedback;
using Pathway.Portal.Services;
using Pathway.Portal.Surveys;

namespace Pathway.Portal.Demo;

/// <summary>
/// The demo portal's readers over the past six weeks: answers to "Was this page helpful?" on its
/// guides, procedures and documents, ratings of its services and responses to its survey, in the
/// readers' languages, some with a short comment in that language. Each is recorded as the portal's
/// endpoints record it, told to statistics in the same save. Drawn from the demo's seed: the same on
/// every fresh start, and nothing added to a tenant whose readers already left some.
/// </summary>
internal sealed class PortalUseSeeder(PathwayDbContext db, OrganisationDirectory directory) : IDemoSeeder
{
    public const int Feedback = 40;
    public const int Ratings = 24;
    public const int Responses = 30;
    private const int DaysBack = 42;

    // The readers' languages, the frequent ones repeated.
    private static readonly string[] Languages = ["uk", "uk", "uk", "uk", "pl", "pl", "ru", "ru", "en", "en", "ar", "prs", "ur", "zh-Hans", "es", "de"];

    // Readers who rate a service mostly found help there.
    private static readonly int[] Stars = [5, 5, 5, 5, 4, 4, 4, 3, 3, 2, 1];

    private static readonly ContentKind[] Pages = [ContentKind.Article, ContentKind.Procedure, ContentKind.Document];

    // After the portal's content (40).
    public int Order => 41;

    public async Task SeedAsync(DemoTenant tenant, DemoSeedOptions options, IProgress<DemoSeedProgress>? progress, CancellationToken cancellationToken)
    {
        var tenantId = tenant.TenantId;
        if (await db.Set<PageFeedback>().AnyAsync(f => f.TenantId == tenantId, cancellationToken)
            || await db.Set<ServiceRating>().AnyAsync(r => r.TenantId == tenantId, cancellationToken)
            || await db.Set<SurveyResponse>().AnyAsync(r => r.TenantId == tenantId, cancellationToken))
        {
            return;
        }

        // Feedback on a page nobody can read is not kept: only published items.
        var items = (await db.Set<ContentItem>().AsNoTracking().Include(i => i.Texts).Where(i => i.TenantId == tenantId).OrderBy(i => i.Slug).ToListAsync(cancellationToken))
            .Where(i => ContentDesk.ShownLanguage(i, i.SourceLanguage) is not null).ToList();
        var pages = items.Where(i => Pages.Contains(i.Kind)).ToList();
        var services = items.Where(i => i.Kind == ContentKind.Service).ToList();
        var survey = items.FirstOrDefault(i => i.Slug == DemoSurvey.Slug);
        var zone = await directory.ZoneOfAsync(tenantId, cancellationToken);
        var today = await directory.TodayOfAsync(tenantId, cancellationToken);
        var random = new Random(options.RandomSeed);

        for (var i = 0; i < Feedback && pages.Count > 0; i++)
        {
            var (item, language) = Read(pages, random);
            var helpful = random.Next(10) < 7;
            var comment = random.Next(10) < 4 ? DemoReaderWords.Comment(language, helpful, random) : null;
            var feedback = new PageFeedback { TenantId = tenantId, ItemId = item.Id, Language = language, Helpful = helpful, Comment = comment, At = At(today, zone, random) };
            feedback.Told(zone);
            db.Add(feedback);
        }

        for (var i = 0; i < Ratings && services.Count > 0; i++)
        {
            var (item, language) = Read(services, random);
            var rating = new ServiceRating { TenantId = tenantId, ItemId = item.Id, Stars = Stars[random.Next(Stars.Length)], Language = language, At = At(today, zone, random) };
            rating.Told(zone);
            db.Add(rating);
        }

        for (var i = 0; i < Responses && survey is not null; i++)
        {
            var (_, language) = Read([survey], random);
            var response = new SurveyResponse { TenantId = tenantId, ItemId = survey.Id, Language = language, At = At(today, zone, random) };
            foreach (var (question, choice, text) in Answers(language, random))
            {
                response.Answers.Add(new SurveyAnswer { ResponseId = response.Id, Question = question, Choice = choice, Text = text });
            }

            response.Told(zone);
            db.Add(response);
        }

        await db.SaveChangesAsync(cancellationToken);
    }

    // An item and the reader's language; the portal shows a page not yet in it in the fallback.
    private static (ContentItem Item, string Language) Read(IReadOnlyList<ContentItem> items, Random random) =>
        (items[random.Next(items.Count)], Languages[random.Next(Languages.Length)]);

    // The answers to the demo survey's four questions (see DemoSurvey): how they came, how easy, what would help, and words.
    private static IEnumerable<(int Question, int? Choice, string? Text)> Answers(string language, Random random)
    {
        yield return (1, 1 + random.Next(3), null);
        yield return (2, 1 + Math.Min(4, random.Next(3) + random.Next(3)), null);
        foreach (var help in Enumerable.Range(1, 4).Where(_ => random.Next(3) == 0))
        {
            yield return (3, help, null);
        }

        if (random.Next(10) < 3 && DemoReaderWords.Remark(language, random) is { } words)
        {
            yield return (4, null, words);
        }
    }

    // A moment of a day in the past weeks, in the hours people read and write: 7:00 to 22:59 on the tenant's clock.
    private static DateTime At(DateOnly today, TimeZoneInfo zone, Random random)
    {
        var day = today.AddDays(-random.Next(1, DaysBack + 1));
        return TimeZoneInfo.ConvertTimeToUtc(day.ToDateTime(new TimeOnly(7 + random.Next(16), random.Next(60))), zone);
    }
}
