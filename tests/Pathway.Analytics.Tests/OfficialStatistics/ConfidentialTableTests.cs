using Pathway.Analytics.OfficialStatistics;
using Pathway.Analytics.Tests.Disclosure;
using Pathway.Platform.Casework;

namespace Pathway.Analytics.Tests.OfficialStatistics;

public sealed class ConfidentialTableTests
{
    private static readonly DateOnly Day = new(2025, 3, 1);

    private static IssuedPermit Permit(string person, string citizenship, EurostatReason reason) =>
        new(person, citizenship, reason, Day, Day, Day.AddYears(1).AddDays(-1), TemporaryProtection: false);

    [Fact]
    public void ACellOfFewPersons_IsPrimary_AndTheCellsThatWouldRevealIt_AreSecondary_WhileLargeOnesStayFree()
    {
        List<IssuedPermit> permits = [.. Enumerable.Range(0, 40).Select(i => Permit("ua" + i.ToString(System.Globalization.CultureInfo.InvariantCulture), "UKR", EurostatReason.RemuneratedActivities))];
        permits.AddRange(Enumerable.Range(0, 30).Select(i => Permit("in" + i.ToString(System.Globalization.CultureInfo.InvariantCulture), "IND", EurostatReason.Education)));
        permits.Add(Permit("mn", "MNG", EurostatReason.Family));
        var tables = ((PermitTablesOutcome.Built)ResidencePermitTables.Build(permits, 2025, "PL")).Tables;

        var table = ConfidentialTable.Protect(tables.FirstPermits, PermitYearTables.FirstPermitDimensions);

        table.Find(PermitYearTables.FirstPermitDimensions, "FAM", "MN", "M_GE12")!.Value.Flag.ShouldBe(CellConfidentiality.Primary);
        table.Find(PermitYearTables.FirstPermitDimensions, "TOTAL", "MN", "TOTAL")!.Value.Flag.ShouldBe(CellConfidentiality.Primary);
        table.Secondary.ShouldBeGreaterThan(0);
        table.Find(PermitYearTables.FirstPermitDimensions, "TOTAL", "TOTAL", "TOTAL")!.Value.Cell.Count.ShouldBe(71);
        table.Total.ShouldBe(71);
        // Every cell is flagged, and a zero is never confidential.
        tables.FirstPermits.Cells.Where(c => c.Count == 0).ShouldAllBe(c => table.Of(c) == CellConfidentiality.Free);

        var publication = System.Text.Encoding.UTF8.GetString(table.Sdmx(SdmxCsvEdition.Publication));
        publication.ShouldContain("ESTAT:MIGR_RESFIRST(1.0),A,FAM,MN,M_GE12,PER,PL,2025,,,C\r\n");
        publication.ShouldContain("ESTAT:MIGR_RESFIRST(1.0),A,OCC,UA,M_GE12,PER,PL,2025,40,A,F\r\n");
    }

    [Fact]
    public void ChangesOfStatus_AreProtectedKnowingNobodyChangesToTheSameReason()
    {
        var permits = new List<IssuedPermit>();
        void Change(int persons, string citizenship, EurostatReason from, EurostatReason to)
        {
            for (var i = 0; i < persons; i++)
            {
                var person = $"{citizenship}{from}{to}{i.ToString(System.Globalization.CultureInfo.InvariantCulture)}";
                permits.Add(new(person, citizenship, from, new(2024, 1, 10), new(2024, 1, 10), new(2025, 1, 9), TemporaryProtection: false));
                permits.Add(new(person, citizenship, to, Day, Day, Day.AddYears(1).AddDays(-1), TemporaryProtection: false));
            }
        }

        Change(30, "UKR", EurostatReason.Education, EurostatReason.RemuneratedActivities);
        Change(20, "UKR", EurostatReason.Family, EurostatReason.RemuneratedActivities);
        Change(25, "IND", EurostatReason.RemuneratedActivities, EurostatReason.Family);
        Change(12, "IND", EurostatReason.Education, EurostatReason.Family);
        Change(2, "MNG", EurostatReason.Other, EurostatReason.Education);
        var tables = ((PermitTablesOutcome.Built)ResidencePermitTables.Build(permits, 2025, "PL")).Tables;

        var table = ConfidentialTable.Protect(tables.ChangesOfStatus, PermitYearTables.ChangeDimensions);

        table.Total.ShouldBe(89);
        table.Find(PermitYearTables.ChangeDimensions, "OTH", "EDUC", "MN")!.Value.Flag.ShouldBe(CellConfidentiality.Primary);
        var protection = table.Protection!;
        protection.Cells.ShouldNotContain(c => c.Codes[0] == c.Codes[1] && c.Codes[0] != "TOTAL");
        protection.PublishedCount.ShouldBe(tables.ChangesOfStatus.Cells.Count);
        protection.ShouldProtect();
    }

    [Fact]
    public void ATableOfNoPermits_IsAllZeros_AndAllFree()
    {
        var tables = ((PermitTablesOutcome.Built)ResidencePermitTables.Build([], 2025, "PL")).Tables;

        var table = ConfidentialTable.Protect(tables.ChangesOfStatus, PermitYearTables.ChangeDimensions);

        (table.Primary, table.Secondary, table.Total).ShouldBe((0, 0, 0L));
    }

    [Theory]
    [InlineData(StayPurposes.Family, "FAM")]
    [InlineData(StayPurposes.Education, "EDUC")]
    [InlineData(StayPurposes.RemuneratedActivities, "OCC")]
    [InlineData(StayPurposes.Other, "OTH")]
    public void EveryPurposeOfTheWarehouse_HasItsEurostatReason(string purpose, string reason) =>
        EurostatCodes.Reason(ReasonOfPurpose.Of(purpose)).ShouldBe(reason);
}
