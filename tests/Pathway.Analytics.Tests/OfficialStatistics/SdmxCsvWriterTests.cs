using System.Text;
using Pathway.Analytics.OfficialStatistics;
using static Pathway.Analytics.Tests.OfficialStatistics.Permits;

namespace Pathway.Analytics.Tests.OfficialStatistics;

public sealed class SdmxCsvWriterTests
{
    private static readonly Dataflow Small = new("ESTAT", "TEST", "1.2", ["freq", "label"]);

    private static readonly StatisticsTable Table = new(Small,
    [
        new(["A", "plain"], "2024", 12),
        new(["A", "with, comma"], "2024", 3),
        new(["A", "say \"hi\""], "2024", 1),
    ]);

    [Fact]
    public void Write_Transmission_IsExactSdmxCsv()
    {
        var bytes = SdmxCsvWriter.Write(Table, SdmxCsvEdition.Transmission, c => c.Count < 5 ? CellConfidentiality.Primary : CellConfidentiality.Free);

        Encoding.UTF8.GetString(bytes).ShouldBe(
            "DATAFLOW,freq,label,TIME_PERIOD,OBS_VALUE,OBS_STATUS,CONF_STATUS\r\n" +
            "ESTAT:TEST(1.2),A,plain,2024,12,A,F\r\n" +
            "ESTAT:TEST(1.2),A,\"with, comma\",2024,3,A,A\r\n" +
            "ESTAT:TEST(1.2),A,\"say \"\"hi\"\"\",2024,1,A,A\r\n");
        bytes[0].ShouldBe((byte)'D'); // no byte-order mark
    }

    [Fact]
    public void Write_Publication_HidesPrimaryAndSecondaryAlike()
    {
        CellConfidentiality Flag(StatisticsCell c) => c.Count switch
        {
            3 => CellConfidentiality.Primary,
            1 => CellConfidentiality.Secondary,
            _ => CellConfidentiality.Free,
        };

        Encoding.UTF8.GetString(SdmxCsvWriter.Write(Table, SdmxCsvEdition.Publication, Flag)).ShouldBe(
            "DATAFLOW,freq,label,TIME_PERIOD,OBS_VALUE,OBS_STATUS,CONF_STATUS\r\n" +
            "ESTAT:TEST(1.2),A,plain,2024,12,A,F\r\n" +
            "ESTAT:TEST(1.2),A,\"with, comma\",2024,,,C\r\n" +
            "ESTAT:TEST(1.2),A,\"say \"\"hi\"\"\",2024,,,C\r\n");
    }

    [Fact]
    public void Write_FirstPermits_StartsWithTheDataflowAndItsDimensions()
    {
        var table = Tables(2024, Permit("2024-02-01", "2025-01-31")).FirstPermits;

        var lines = Encoding.UTF8.GetString(SdmxCsvWriter.Write(table, SdmxCsvEdition.Transmission)).Split("\r\n");

        lines[..4].ShouldBe(
        [
            "DATAFLOW,freq,reason,citizen,duration,unit,geo,TIME_PERIOD,OBS_VALUE,OBS_STATUS,CONF_STATUS",
            "ESTAT:MIGR_RESFIRST(1.0),A,TOTAL,TOTAL,TOTAL,PER,PL,2024,1,A,F",
            "ESTAT:MIGR_RESFIRST(1.0),A,TOTAL,TOTAL,M3-5,PER,PL,2024,0,A,F",
            "ESTAT:MIGR_RESFIRST(1.0),A,TOTAL,TOTAL,M6-11,PER,PL,2024,0,A,F",
        ]);
        lines[^1].ShouldBeEmpty(); // the last record ends with CRLF too
    }

    [Fact]
    public void Write_ChangesOfStatus_NamesItsDataflow()
    {
        var table = Tables(2024).ChangesOfStatus;

        Encoding.UTF8.GetString(SdmxCsvWriter.Write(table, SdmxCsvEdition.Publication)).Split("\r\n")[..2].ShouldBe(
        [
            "DATAFLOW,freq,reason_prv,reason,citizen,unit,geo,TIME_PERIOD,OBS_VALUE,OBS_STATUS,CONF_STATUS",
            "ESTAT:MIGR_RESCHANGE(1.0),A,TOTAL,TOTAL,TOTAL,PER,PL,2024,0,A,F",
        ]);
    }

    [Fact]
    public void Write_SamePermitsInAnotherOrder_GivesTheSameBytes()
    {
        IssuedPermit[] permits =
        [
            Permit("2023-01-01", "2023-12-31", person: "d"),
            Permit("2024-01-01", "2024-12-31", person: "d"),
            Permit("2024-03-01", "2025-02-28", EurostatReason.Family, person: "x", citizenship: "CHN"),
            Permit("2024-03-01", "2025-02-28", EurostatReason.Education, person: "y", citizenship: "XXA"),
            Permit("2024-05-01", "2026-04-30", person: "z", citizenship: "USA"),
        ];

        byte[] Files(IEnumerable<IssuedPermit> list)
        {
            var tables = Tables(2024, [.. list]);
            return [.. SdmxCsvWriter.Write(tables.FirstPermits, SdmxCsvEdition.Transmission), .. SdmxCsvWriter.Write(tables.ChangesOfStatus, SdmxCsvEdition.Transmission)];
        }

        Files(permits.Reverse()).ShouldBe(Files(permits));
        Files([permits[2], permits[0], permits[4], permits[1], permits[3]]).ShouldBe(Files(permits));
    }
}
