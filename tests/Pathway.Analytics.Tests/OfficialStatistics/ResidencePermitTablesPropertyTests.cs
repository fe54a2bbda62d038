using FsCheck;
using FsCheck.Fluent;
using Pathway.Analytics.OfficialStatistics;

namespace Pathway.Analytics.Tests.OfficialStatistics;

public sealed class ResidencePermitTablesPropertyTests
{
    // Few people and a few years, so that histories overlap, follow one another and leave gaps.
    private static readonly Gen<IssuedPermit> Permit =
        from person in Gen.Elements("a", "b", "c", "d", "e")
        from citizenship in Gen.Elements("UKR", "BLR", "XXA", "XXX", "IND", "GBR")
        from reason in Gen.Elements(Enum.GetValues<EurostatReason>())
        from start in Gen.Choose(0, (4 * 365) - 1)
        from months in Gen.Elements(1, 2, 3, 5, 6, 11, 12, 24, 0)
        from extraDays in Gen.Choose(-1, 20)
        from protection in Gen.Elements(false, false, false, true)
        let day = new DateOnly(2021, 1, 1).AddDays(start)
        select new IssuedPermit(person, citizenship, reason, day, day, months == 0 ? null : day.AddMonths(months).AddDays(extraDays), protection);

    [Fact]
    public void Build_AnyPermits_TotalsAddUpAndOrderDoesNotMatter()
    {
        var offices = Gen.Choose(0, 40).SelectMany(n => Permit.ArrayOf(n));
        var property = Prop.ForAll(offices.ToArbitrary(), permits =>
        {
            var tables = Built(permits);
            var first = tables.FirstPermits;

            // Each of the year's permits in scope is first, a change of status or a renewal, once.
            var inScope = tables.Permits.Count(p => p.Standing is PermitStanding.First or PermitStanding.ChangeOfStatus or PermitStanding.Renewal);
            inScope.ShouldBe(permits.Count(p => p.IssuedOn.Year == 2024 && PermitRules.IsInScope(p.TemporaryProtection, PermitRules.ValidityMonths(p.ValidFrom, p.ValidUntil))));
            first.Find("A", "TOTAL", "TOTAL", "TOTAL", "PER", "PL")!.Count.ShouldBe(tables.Count(PermitStanding.First));

            // Along every dimension, the TOTAL cell is the sum of the others.
            for (var dimension = 1; dimension <= 3; dimension++)
            {
                var at = dimension;
                foreach (var group in first.Cells.GroupBy(c => string.Join('|', c.Key.Where((_, i) => i != at))))
                {
                    group.Single(c => c.Key[at] == "TOTAL").Count.ShouldBe(group.Where(c => c.Key[at] != "TOTAL").Sum(c => c.Count));
                }
            }

            var change = tables.ChangesOfStatus.Find("A", "TOTAL", "TOTAL", "TOTAL", "PER", "PL")!.Count;
            change.ShouldBe(tables.Count(PermitStanding.ChangeOfStatus));

            var shuffled = permits.Reverse().ToArray();
            var again = Built(shuffled);
            SdmxCsvWriter.Write(again.FirstPermits, SdmxCsvEdition.Transmission).ShouldBe(SdmxCsvWriter.Write(first, SdmxCsvEdition.Transmission));
            SdmxCsvWriter.Write(again.ChangesOfStatus, SdmxCsvEdition.Transmission).ShouldBe(SdmxCsvWriter.Write(tables.ChangesOfStatus, SdmxCsvEdition.Transmission));
        });
        Check.One(Config.QuickThrowOnFailure.WithMaxTest(200), property);
    }

    private static PermitTables Built(IssuedPermit[] permits) =>
        ResidencePermitTables.Build(permits, 2024, "PL").ShouldBeOfType<PermitTablesOutcome.Built>().Tables;
}
