using Microsoft.EntityFrameworkCore;
using Pathway.People.Registry;
using Pathway.Platform.Tenancy;
namespace Pathway.Testing;

/// <summary>Picks records out of the seeded demo data (read as the system, outside any request).</summary>
public static class DemoRecords
{
    public static async Task<Person> PersonOfAsync(PathwayFactory factory, OrganisationKind kind)
    {
        Person? found = null;
        await factory.WithDbAsync(async db =>
        {
            var organisations = await db.Organisations.Where(o => o.Kind == kind).Select(o => o.Id).ToListAsync();
            found = await db.Set<Person>().Include(p => p.Documents)
                .Where(p => organisations.Contains(p.OrganisationId) && p.Documents.Count > 0)
                .OrderBy(p => p.Id).FirstAsync();
        });
        return found!;
    }

    /// <summary>
    /// <paramref name="count"/> persons with documents, of organisations of <paramref name="kind"/>,
    /// not merged into another record, taken in a fixed order from <paramref name="skip"/>: tests
    /// that share a database draw from stretches of their own.
    /// </summary>
    public static async Task<List<Person>> PersonsOfAsync(PathwayFactory factory, OrganisationKind kind, int count, int skip = 0)
    {
        List<Person> found = [];
        await factory.WithDbAsync(async db =>
        {
            var organisations = await db.Organisations.Where(o => o.Kind == kind).Select(o => o.Id).ToListAsync();
            found = await db.Set<Person>().Include(p => p.Documents)
                .Where(p => organisations.Contains(p.OrganisationId) && p.MergedIntoId == null && p.Documents.Count > 0)
                .OrderBy(p => p.Id).Skip(skip).Take(count).ToListAsync();
        });
        return found;
    }
}
