using Microsoft.EntityFrameworkCore;
using Pathway.Analytics.DataExchange;
using Pathway.Analytics.Warehouse;
using Pathway.Platform.Persistence;

namespace Pathway.Analytics.Dashboards;

/// <summary>Support services of a kind given in a month (delivered, not planned or cancelled).</summary>
public sealed record ServiceKindMonth(DateOnly Month, string Kind, int Count);

/// <summary>
/// The helpline's calls of a month: incoming calls the telephony saw answered, those whose caller left the
/// queue before an answer, and the calls operators logged by hand (which may also be among the first two:
/// an operator logs a recorded call to note its topic).
/// </summary>
public sealed record CallMonth(DateOnly Month, int Answered, int Abandoned, int Logged);

/// <summary>
/// The support services and the helpline's load of the dashboard's period. Only some of the dashboard's
/// filters apply: the period to both; the beneficiary's citizenship, sex and age band to the services; the
/// office, application type and voivodeship to neither (services are given by NGOs and advisory points, not
/// by the offices of the cases, and calls name nobody).
/// </summary>
public sealed record SupportLoad(IReadOnlyList<ServiceKindMonth> Services, IReadOnlyList<CallMonth> Calls);

/// <summary>The dashboard's support services and helpline load, counted in the database from the warehouse's facts by month.</summary>
internal static class SupportLoadFigures
{
    public const string Delivered = "Delivered";

    public static async Task<SupportLoad> ForAsync(PathwayDbContext db, Guid tenant, DashboardFilter filter, CancellationToken cancellationToken)
    {
        var (from, end) = (filter.From, filter.End);
        var services = db.Set<ServiceFact>().AsNoTracking().Where(f => f.TenantId == tenant && !f.Removed && f.Status == Delivered && f.On >= from && f.On < end);
        if (filter.Citizenship is { } citizenship)
        {
            services = services.Where(f => f.Citizenship == citizenship);
        }

        if (filter.Sex is { } sex)
        {
            services = services.Where(f => f.Sex == sex);
        }

        if (filter.AgeBand is { } ageBand)
        {
            services = services.Where(f => f.AgeBand == ageBand);
        }

        var given = await services.GroupBy(f => new { f.On.Year, f.On.Month, f.Kind })
            .Select(g => new { g.Key.Year, g.Key.Month, g.Key.Kind, Count = g.Count() })
            .ToListAsync(cancellationToken);

        var calls = await db.Set<CallFact>().AsNoTracking().Where(f => f.TenantId == tenant && !f.Removed && f.On >= from && f.On < end)
            .GroupBy(f => new { f.On.Year, f.On.Month, f.Source, f.Category, f.Answered, f.Abandoned })
            .Select(g => new { g.Key.Year, g.Key.Month, g.Key.Source, g.Key.Category, g.Key.Answered, g.Key.Abandoned, Count = g.Count() })
            .ToListAsync(cancellationToken);

        return new SupportLoad(
            [.. given.Select(g => new ServiceKindMonth(new DateOnly(g.Year, g.Month, 1), g.Kind, g.Count)).OrderBy(g => g.Month).ThenBy(g => g.Kind, StringComparer.Ordinal)],
            [.. filter.EachMonth().Select(month => CallsIn(month, calls
                .Where(c => c.Year == month.Year && c.Month == month.Month)
                .Select(c => (c.Source, c.Category, c.Answered, c.Abandoned, c.Count))))]);
    }

    /// <summary>
    /// A month's calls from their counts: answered are the telephony's incoming calls that reached a person,
    /// as the helpline's own figures count them; abandoned those whose caller left the queue first.
    /// </summary>
    internal static CallMonth CallsIn(DateOnly month, IEnumerable<(string Source, string Category, bool Answered, bool Abandoned, int Count)> calls)
    {
        int answered = 0, abandoned = 0, logged = 0;
        foreach (var (source, category, isAnswered, isAbandoned, count) in calls)
        {
            switch (ResultOf(source, category, isAnswered, isAbandoned))
            {
                case DatasetCatalogue.Logged:
                    logged += count;
                    break;
                case DatasetCatalogue.Abandoned:
                    abandoned += count;
                    break;
                case DatasetCatalogue.Answered:
                    answered += count;
                    break;
            }
        }

        return new CallMonth(month, answered, abandoned, logged);
    }

    /// <summary>
    /// What became of one call, as this chart and the calls dataset count it: logged by an operator by hand; else
    /// abandoned in the queue; else answered when an incoming call reached a person; else other (outgoing, automated,
    /// redirected, or not answered without a queue).
    /// </summary>
    internal static string ResultOf(string source, string category, bool answered, bool abandoned) =>
        source == Platform.Support.HelplineCallFacts.Logged ? DatasetCatalogue.Logged
        : abandoned ? DatasetCatalogue.Abandoned
        : answered && category == Incoming ? DatasetCatalogue.Answered
        : DatasetCatalogue.Other;

    private const string Incoming = "Incoming";
}
