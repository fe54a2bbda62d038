using Pathway.Analytics.Sources;

namespace Pathway.Analytics.Tests.Sources;

/// <summary>SDMX-CSV as Eurostat's SDMX 2.1 API, the .Stat Suite and the ECB write it.</summary>
public sealed class SdmxCsvReadingTests
{
    [Fact]
    public void Read_Version1AsEurostatWritesIt_GivesSeriesObservationsAndFlags()
    {
        var file = SourceFiles.ReadWell("""
            DATAFLOW,LAST UPDATE,freq,citizen,sex,unit,age,geo,TIME_PERIOD,OBS_VALUE,OBS_FLAG
            ESTAT:MIGR_ASYAPPCTZM(1.0),19/06/24 23:00:00,M,UA,F,PER,TOTAL,PL,2024-01,1250,
            ESTAT:MIGR_ASYAPPCTZM(1.0),19/06/24 23:00:00,M,UA,F,PER,TOTAL,PL,2024-02,,
            ESTAT:MIGR_ASYAPPCTZM(1.0),19/06/24 23:00:00,M,UA,F,PER,TOTAL,DE,2024-01,3400,p
            """);
        file.Format.ShouldBe(SourceFormat.SdmxCsv1);
        file.Separator.ShouldBe(',');
        file.Structures.ShouldBe([new SourceStructure("ESTAT:MIGR_ASYAPPCTZM(1.0)", null)]);
        file.Dimensions.Select(d => d.Id).ShouldBe(["freq", "citizen", "sex", "unit", "age", "geo"]);
        file.Series.Select(s => s.Key).ShouldBe(["M.UA.F.PER.TOTAL.PL", "M.UA.F.PER.TOTAL.DE"]);
        file.Observations.Select(o => (o.Series, o.Period, o.Value, o.Flag, o.Line)).ShouldBe(
        [
            (1, "2024-01", 1250m, null, 2),
            (1, "2024-02", null, null, 3),
            (2, "2024-01", 3400m, "p", 4),
        ]);
        file.Observations[0].Start.ShouldBe(new DateOnly(2024, 1, 1));
        file.Observations[0].Frequency.ShouldBe("M");
    }

    [Theory]
    [InlineData(": ")]
    [InlineData(":")]
    public void Read_Version1LabelsBoth_SplitsCodesFromLabelsInHeadersAndCells(string colon)
    {
        var file = SourceFiles.ReadWell($"""
            DATAFLOW,FREQ{colon}Time frequency,GEO{colon}Geopolitical entity (reporting),TIME_PERIOD{colon}Time,OBS_VALUE{colon}Observation value,OBS_STATUS{colon}Observation status
            ESTAT:MIGR_ASYAPPCTZM(1.0){colon}Asylum applicants,M{colon}Monthly,PL{colon}Poland,2024-01{colon}2024-01,120,A{colon}Normal value
            ESTAT:MIGR_ASYAPPCTZM(1.0){colon}Asylum applicants,M{colon}Monthly,EL{colon}Greece,2024-01{colon}2024-01,"1,5",A{colon}Normal value
            """);
        file.Structures.ShouldBe([new SourceStructure("ESTAT:MIGR_ASYAPPCTZM(1.0)", "Asylum applicants")]);
        file.Dimensions.Select(d => (d.Id, d.Label)).ShouldBe([("FREQ", "Time frequency"), ("GEO", "Geopolitical entity (reporting)")]);
        file.Dimensions[1].Codes.ShouldBe(new Dictionary<string, string?> { ["PL"] = "Poland", ["EL"] = "Greece" });
        file.TimeColumn.ShouldBe("TIME_PERIOD");
        file.Observations.Select(o => (o.Period, o.Value, o.Status)).ShouldBe([("2024-01", 120m, "A"), ("2024-01", 1.5m, "A")]);
    }

    [Fact]
    public void Read_Version2WithActionKeysAndLabelsOnASemicolon_FollowsTheSpecificationsExample()
    {
        // SDMX-CSV 2.0 field guide, "Localisation": labels=both; key=both, French locale.
        var file = SourceFiles.ReadWell("""
            STRUCTURE[|];STRUCTURE_ID;ACTION;SERIES_KEY;OBS_KEY;DIM_1: Dimension 1;DIM_2: Dimension 2;DIM_3: Dimension 3;OBS_VALUE: Observation value;ATTR_2: Attribut 2;ATTR_3: Attribut 3;ATTR_1: Attribut 1
            dataflow;ESTAT:NA_MAIN(1.6.0): Principaux agrégats des comptes nationaux;I;A.B;A.B.2014-01;A: Value A;B: Value B;2014-01: 2014-01;12,4;Y: Oui;Normal, special and other values;N: Non
            dataflow;ESTAT:NA_MAIN(1.6.0): Principaux agrégats des comptes nationaux;I;A.B;A.B.2014-02;A: Value A;B: Value B;2014-02: 2014-02;10,8;Y: Oui;Normal, special and other values;Y: Oui
            """, new SourceOptions(TimeColumn: "DIM_3"));
        file.Format.ShouldBe(SourceFormat.SdmxCsv2);
        file.Separator.ShouldBe(';');
        file.Structures.ShouldBe([new SourceStructure("ESTAT:NA_MAIN(1.6.0)", "Principaux agrégats des comptes nationaux")]);
        file.Dimensions.Select(d => (d.Id, d.Label)).ShouldBe([("DIM_1", "Dimension 1"), ("DIM_2", "Dimension 2")]);
        file.Series.ShouldHaveSingleItem().Key.ShouldBe("A.B");
        file.Observations.Select(o => (o.Period, o.Value)).ShouldBe([("2014-01", 12.4m), ("2014-02", 10.8m)]);
    }

    [Fact]
    public void Read_Version2LabelsName_TakesEachNameFromTheColumnAfterItsCode()
    {
        var file = SourceFiles.ReadWell("""
            STRUCTURE,STRUCTURE_ID,STRUCTURE_NAME,ACTION,FREQ,Frequency,REF_AREA,Reference area,TIME_PERIOD,Time,OBS_VALUE,Observation value
            dataflow,OECD:DF_MIG(1.0),Migration,I,A,Annual,PL,Poland,2023,,214.5,
            """);
        file.Structures.ShouldBe([new SourceStructure("OECD:DF_MIG(1.0)", "Migration")]);
        file.Dimensions.Select(d => (d.Id, d.Label)).ShouldBe([("FREQ", "Frequency"), ("REF_AREA", "Reference area")]);
        file.Dimensions[1].Codes["PL"].ShouldBe("Poland");
        file.Observations.ShouldHaveSingleItem().Value.ShouldBe(214.5m);
    }

    [Fact]
    public void Read_Version2SeveralStructures_KeepsEachRowsStructureAndSkipsPartialKeyAttributeRows()
    {
        var file = SourceFiles.ReadWell("""
            STRUCTURE,STRUCTURE_ID,ACTION,FREQ,GEO,TIME_PERIOD,OBS_VALUE,OBS_STATUS
            dataflow,ESTAT:DF_A(1.0),A,A,PL,2023,10,
            dataprovision,ESTAT:DPA_B(1.0),M,A,PL,2023,11,E
            dataflow,ESTAT:DF_A(1.0),R,,PL,,,P
            """);
        file.Structures.Select(s => s.Id).ShouldBe(["ESTAT:DF_A(1.0)", "ESTAT:DPA_B(1.0)"]);
        file.Series.Select(s => (s.Structure, s.Key)).ShouldBe([("ESTAT:DF_A(1.0)", "A.PL"), ("ESTAT:DPA_B(1.0)", "A.PL")]);
        file.Observations.Count.ShouldBe(2);
        file.SkippedRows.ShouldBe(1);
    }

    [Fact]
    public void Read_EcbKeyColumn_TakesTheDataflowFromTheKey()
    {
        var file = SourceFiles.ReadWell("""
            KEY,FREQ,CURRENCY,CURRENCY_DENOM,EXR_TYPE,EXR_SUFFIX,TIME_PERIOD,OBS_VALUE,OBS_STATUS,UNIT,UNIT_MULT
            EXR.M.PLN.EUR.SP00.A,M,PLN,EUR,SP00,A,2024-01,4.3652,A,PLN,0
            EXR.M.PLN.EUR.SP00.A,M,PLN,EUR,SP00,A,2024-02,4.3324,A,PLN,0
            """);
        file.Structures.Select(s => s.Id).ShouldBe(["EXR"]);
        file.Dimensions.Select(d => d.Id).ShouldBe(["FREQ", "CURRENCY", "CURRENCY_DENOM", "EXR_TYPE", "EXR_SUFFIX"]);
        file.Observations.Select(o => (o.Value, o.Status, o.UnitMultiplier)).ShouldBe([(4.3652m, "A", 0), (4.3324m, "A", 0)]);
    }

    [Fact]
    public void Read_ObsValueNaN_IsMissing()
    {
        var file = SourceFiles.ReadWell("""
            DATAFLOW,FREQ,GEO,TIME_PERIOD,OBS_VALUE
            ESTAT:X(1.0),A,PL,2023,NaN
            """);
        file.Observations.ShouldHaveSingleItem().Value.ShouldBeNull();
    }

    [Fact]
    public void Read_DeleteAction_IsRefusedOnItsLine()
    {
        var problem = SourceFiles.OnlyProblem("""
            STRUCTURE,STRUCTURE_ID,ACTION,FREQ,GEO,TIME_PERIOD,OBS_VALUE
            dataflow,ESTAT:DF_A(1.0),I,A,PL,2023,10
            dataflow,ESTAT:DF_A(1.0),D,A,PL,2022,-
            """);
        problem.ShouldBe(new SourceProblem(3, "ACTION", 3, SourceProblemKind.DeleteAction, "D"));
    }

    [Fact]
    public void Read_UnknownActionOrStructureType_NamesTheCell()
    {
        var problems = SourceFiles.Read("""
            STRUCTURE,STRUCTURE_ID,ACTION,FREQ,GEO,TIME_PERIOD,OBS_VALUE
            dataflow,ESTAT:DF_A(1.0),X,A,PL,2023,10
            table,ESTAT:DF_A(1.0),I,A,PL,2022,11
            """).Problems;
        problems.ShouldBe(
        [
            new SourceProblem(2, "ACTION", 3, SourceProblemKind.UnknownAction, "X"),
            new SourceProblem(3, "STRUCTURE", 1, SourceProblemKind.UnknownStructureType, "table"),
        ]);
    }

    [Fact]
    public void Read_UnknownCodes_NameLineColumnAndCode()
    {
        var problems = SourceFiles.Read("""
            DATAFLOW,FREQ,SEX,CITIZEN,GEO,TIME_PERIOD,OBS_VALUE
            ESTAT:X(1.0),M,F,UA,PL,2024-01,1
            ESTAT:X(1.0),Y,F,UA,PL,2024-01,1
            ESTAT:X(1.0),M,W,XX,PL91,2024-02,1
            ESTAT:X(1.0),M,T,STLS,EU27_2020,2024-03,1
            """).Problems;
        problems.ShouldBe(
        [
            new SourceProblem(3, "FREQ", 2, SourceProblemKind.UnknownCode, "Y"),
            new SourceProblem(4, "SEX", 3, SourceProblemKind.UnknownCode, "W"),
            new SourceProblem(4, "CITIZEN", 4, SourceProblemKind.UnknownCode, "XX"),
        ]);
    }

    [Fact]
    public void Read_TimeNotOfTheFrequency_IsRefused()
    {
        SourceFiles.OnlyProblem("""
            DATAFLOW,FREQ,GEO,TIME_PERIOD,OBS_VALUE
            ESTAT:X(1.0),M,PL,2024-Q1,1
            """).ShouldBe(new SourceProblem(2, "TIME_PERIOD", 4, SourceProblemKind.TimeNotOfFrequency, "2024-Q1"));
    }

    [Fact]
    public void Read_SameKeyAndPeriodTwice_NamesBothLines()
    {
        SourceFiles.OnlyProblem("""
            DATAFLOW,FREQ,GEO,TIME_PERIOD,OBS_VALUE
            ESTAT:X(1.0),M,PL,2024-01,1
            ESTAT:X(1.0),M,DE,2024-01,1
            ESTAT:X(1.0),M,PL,2024-M01,2
            """).ShouldBe(new SourceProblem(4, "TIME_PERIOD", 4, SourceProblemKind.DuplicateKey, "M.PL 2024-M01", 2));
    }

    [Fact]
    public void Read_SeriesOrObsKeyNotMatchingTheDimensions_IsRefused()
    {
        var problems = SourceFiles.Read("""
            STRUCTURE,STRUCTURE_ID,ACTION,SERIES_KEY,OBS_KEY,FREQ,GEO,TIME_PERIOD,OBS_VALUE
            dataflow,ESTAT:X(1.0),I,A.PL,A.PL.2023,A,PL,2023,1
            dataflow,ESTAT:X(1.0),I,A.DE,A.DE.2022,A,PL,2022,1
            """).Problems;
        problems.ShouldBe(
        [
            new SourceProblem(3, "SERIES_KEY", 4, SourceProblemKind.KeyMismatch, "A.DE"),
            new SourceProblem(3, "OBS_KEY", 5, SourceProblemKind.KeyMismatch, "A.DE.2022"),
        ]);
    }

    [Fact]
    public void Read_MissingDimensionInVersion1_IsRefused()
    {
        SourceFiles.OnlyProblem("""
            DATAFLOW,FREQ,GEO,TIME_PERIOD,OBS_VALUE
            ESTAT:X(1.0),A,,2023,5
            """).ShouldBe(new SourceProblem(2, "GEO", 3, SourceProblemKind.MissingDimension));
    }
}
