using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Pathway.Platform.Persistence;
using Pathway.Platform.Tenancy;
using Pathway.Portal.Content;

namespace Pathway.Portal.Services;

/// <summary>A service as a reader sees it: its name and description in their language (or the fallback), and its facts.</summary>
public sealed record PublishedService(PublishedContent Content, ServiceDetails Details);

/// <summary>What a reader narrows the directory by; null is any.</summary>
public sealed record ServiceFilter(ServiceCategory? Category = null, string? Language = null, string? Group = null, StaffGender? Staff = null, string? District = null)
{
    public bool Keeps(ServiceDetails d) =>
        (Category is null || d.Category == Category)
        && (Language is null || d.LanguageCodes.Contains(Language, StringComparer.Ordinal))
        && (Group is null || d.GroupKeys.Contains(Group, StringComparer.Ordinal))
        && (Staff is null || d.Serves(Staff.Value))
        && (District is null || string.Equals(d.District, District, StringComparison.Ordinal));
}

/// <summary>The directory: every listed service that a filter keeps, and what the filters can be set to.</summary>
public sealed record ServiceDirectory(IReadOnlyList<PublishedService> Services, IReadOnlyList<string> Districts, IReadOnlyList<string> Languages);

/// <summary>
/// Where services are missing: for each district with any listed service, how many of the chosen
/// category speak each language. A zero is a gap: people of that language in that district have
/// nowhere near to go.
/// </summary>
public sealed record ServiceGaps(ServiceCategory? Category, IReadOnlyList<string> Districts, IReadOnlyList<string> Languages, IReadOnlyList<GapRow> Rows);

/// <summary>One district's row: services of the category there, and how many speak each language (in the order of <see cref="ServiceGaps.Languages"/>).</summary>
public sealed record GapRow(string District, int Services, IReadOnlyList<int> ByLanguage);

/// <summary>The service directory: editors give services their facts; readers find them by what they need.</summary>
public sealed class ServiceDesk(PathwayDbContext db, ITenantScopeAccessor scope, ContentDesk content)
{
    private Guid TenantId => scope.Current.TenantId;

    public async Task<ServiceDetails?> DetailsAsync(Guid itemId, CancellationToken cancellationToken = default) =>
        await db.Set<ServiceDetails>().AsNoTracking().FirstOrDefaultAsync(d => d.ItemId == itemId && d.TenantId == TenantId, cancellationToken);

    /// <summary>Sets a service's facts; for items of kind Service, by their editors.</summary>
    public async Task<ContentOutcome> SaveDetailsAsync(Guid itemId, int version, ServiceInput input, ClaimsPrincipal by, CancellationToken cancellationToken = default)
    {
        var details = await db.Set<ServiceDetails>().FirstOrDefaultAsync(d => d.ItemId == itemId && d.TenantId == TenantId, cancellationToken);
        return await content.ChangeAsync(itemId, version, by, "service", (item, _, _) =>
        {
            if (item.Kind != ContentKind.Service)
            {
                return new ContentOutcome.Refused("kind", "Only an item of the kind service has the facts of a service.");
            }

            if (details is null)
            {
                details = new ServiceDetails { ItemId = item.Id, TenantId = item.TenantId };
                db.Add(details);
            }

            details.Category = input.Category;
            details.Languages = SpacedList.Of(input.Languages);
            details.StaffGender = input.StaffGender;
            details.TargetGroups = SpacedList.Of(input.TargetGroups);
            details.District = input.District;
            details.PlaceName = input.PlaceName;
            details.Address = input.Address;
            details.Latitude = input.Latitude;
            details.Longitude = input.Longitude;
            details.OpeningHours = input.OpeningHours;
            details.Phone = input.Phone;
            details.Email = input.Email;
            details.Website = input.Website;
            details.Free = input.Free;
            return null;
        }, cancellationToken);
    }

    /// <summary>The listed services a filter keeps, by name in the reader's language, with every district and language the filters offer.</summary>
    public async Task<ServiceDirectory> DirectoryAsync(string language, ServiceFilter filter, CancellationToken cancellationToken = default)
    {
        var listed = await ListedAsync(language, cancellationToken);
        var order = StringComparer.Create(Platform.Localization.SupportedCultures.ByCode(language)?.Culture ?? System.Globalization.CultureInfo.InvariantCulture, ignoreCase: true);
        return new ServiceDirectory(
            [.. listed.Where(s => filter.Keeps(s.Details)).OrderBy(s => s.Content.Title, order)],
            [.. listed.Select(s => s.Details.District).Distinct(StringComparer.Ordinal).Order(order)],
            [.. listed.SelectMany(s => s.Details.LanguageCodes).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)]);
    }

    /// <summary>
    /// The gaps of one category (or of all services): every district with a listed service of any
    /// kind, and every language of the portal or spoken at a listed service.
    /// </summary>
    public async Task<ServiceGaps> GapsAsync(ServiceCategory? category, CancellationToken cancellationToken = default)
    {
        var listed = await ListedAsync(ContentDesk.FallbackLanguage, cancellationToken);
        var districts = listed.Select(s => s.Details.District).Distinct(StringComparer.Ordinal).Order(StringComparer.CurrentCulture).ToList();
        var languages = ContentDesk.Languages
            .Concat(listed.SelectMany(s => s.Details.LanguageCodes).Where(l => !ContentDesk.Languages.Contains(l, StringComparer.Ordinal)).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal))
            .ToList();
        var kept = listed.Where(s => category is null || s.Details.Category == category).Select(s => s.Details).ToList();
        var rows = districts.Select(d =>
        {
            var here = kept.Where(s => string.Equals(s.District, d, StringComparison.Ordinal)).ToList();
            return new GapRow(d, here.Count, [.. languages.Select(l => here.Count(s => s.LanguageCodes.Contains(l, StringComparer.Ordinal)))]);
        }).ToList();
        return new ServiceGaps(category, districts, languages, rows);
    }

    /// <summary>Services with facts and a published text.</summary>
    private async Task<List<PublishedService>> ListedAsync(string language, CancellationToken cancellationToken)
    {
        var details = await db.Set<ServiceDetails>().AsNoTracking().Where(d => d.TenantId == TenantId).ToListAsync(cancellationToken);
        var ids = details.Select(d => d.ItemId).ToList();
        var items = await db.Set<ContentItem>().AsNoTracking().Include(i => i.Texts).Where(i => i.TenantId == TenantId && ids.Contains(i.Id)).ToListAsync(cancellationToken);
        return [.. details
            .Select(d => (Details: d, Content: items.FirstOrDefault(i => i.Id == d.ItemId) is { } item ? ContentDesk.Read(item, language) : null))
            .Where(s => s.Content is not null)
            .Select(s => new PublishedService(s.Content!, s.Details))];
    }
}
