using Microsoft.EntityFrameworkCore;
using Pathway.Platform.Audit;
using Pathway.Platform.Demo;
using Pathway.Platform.Identity;
using Pathway.Testing;

namespace Pathway.Web.Tests;

public sealed class AuditChainTests
{
    [Fact]
    public async Task Verify_AfterSomeoneAltersAnEntryBehindTheTriggers_ReportsThatEntry()
    {
        using var factory = PathwayFactory.Sqlite();
        using var session = factory.Session();
        await session.SignInAsync(DemoAccounts.EmailOf(Roles.CaseOfficer));
        await session.Client.GetAsync("/api/v1/persons?name=sh", TestContext.Current.CancellationToken);

        await factory.WithDbAsync(async db =>
        {
            var entries = () => db.AuditEntries.AsNoTracking().OrderBy(e => e.Sequence).AsAsyncEnumerable();
            (await AuditChain.VerifyAsync(entries())).ShouldBeNull();
            var count = await db.AuditEntries.CountAsync();
            count.ShouldBeGreaterThan(3);

            // Someone with database access removes the guard and rewrites history.
            await db.Database.ExecuteSqlRawAsync("DROP TRIGGER \"AuditEntries_no_update\"");
            await db.Database.ExecuteSqlRawAsync("UPDATE \"AuditEntries\" SET \"ActorName\" = 'someone else' WHERE \"Sequence\" = 3");
            var broken = await AuditChain.VerifyAsync(entries());
            broken.ShouldNotBeNull();
            broken.Sequence.ShouldBe(3);
            broken.Problem.ShouldContain("altered");
        });
    }
}
