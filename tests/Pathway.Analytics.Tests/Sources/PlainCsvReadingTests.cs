using System.Diagnostics;
using System.Globalization;
using System.Text;
using Pathway.Analytics.Sources;

namespace Pathway.Analytics.Tests.Sources;

/// <summary>Plain CSV tables: any separator, the usual column names or named ones, missing markers, quoting, the faults.</summary>
public sealed class PlainCsvReadingTests
{
    [Theory]
    [InlineData(',')]
    [InlineData(';')]
    [InlineData('\t')]
    [InlineData('|')]
    public void Read_EachSeparator_IsDetectedFromTheHeader(char separator)
    {
        var text = string.Join('\n', ["GEO,SEX,TIME,VALUE", "PL,F,2023,10", "PL,M,2023,12"]).Replace(',', separator);
        var file = SourceFiles.ReadWell(text);
        file.Format.ShouldBe(SourceFormat.Csv);
        file.Separator.ShouldBe(separator);
        file.Observations.Select(o => o.Value).ShouldBe([10m, 12m]);
    }

    [Fact]
    public void Read_SeparatorGiven_OverridesTheDetection()
    {
        // Detection would take the comma (two of them against one semicolon).
        var file = SourceFiles.ReadWell("region, name;period;value\nPL91, Warszawa;2023;1,5", new SourceOptions(Separator: ';'));
        file.Dimensions.ShouldHaveSingleItem().Id.ShouldBe("region, name");
        file.Observations.ShouldHaveSingleItem().Value.ShouldBe(1.5m);
    }

    [Theory]
    [InlineData(":")]
    [InlineData("..")]
    [InlineData("-")]
    [InlineData("NaN")]
    [InlineData("")]
    public void Read_EachDefaultMissingMarker_IsAMissingValue(string marker)
    {
        var file = SourceFiles.ReadWell($"geo,time,value\nPL,2023,\"{marker}\"\nDE,2023,4");
        file.Observations.Select(o => o.Value).ShouldBe([null, 4m]);
    }

    [Fact]
    public void Read_MarkersGiven_ReplaceTheDefaults()
    {
        var options = new SourceOptions(MissingMarkers: ["x"]);
        SourceFiles.ReadWell("geo,time,value\nPL,2023,x", options).Observations.ShouldHaveSingleItem().Value.ShouldBeNull();
        SourceFiles.OnlyProblem("geo,time,value\nPL,2023,:", options).ShouldBe(new SourceProblem(2, "value", 3, SourceProblemKind.UnreadableValue, ":"));
    }

    [Fact]
    public void Read_EurostatFlagsInTheValueCell_AreKeptAsTheFlag()
    {
        var file = SourceFiles.ReadWell("geo\ttime\tvalue\nPL\t2023\t1 234 p\nDE\t2023\t: c");
        file.Observations.Select(o => (o.Value, o.Flag)).ShouldBe([(1234m, "p"), (null, "c")]);
    }

    [Fact]
    public void Read_QuotedFields_FollowRfc4180AndKeepLineNumbersAcrossLineBreaks()
    {
        var file = SourceFiles.ReadWell("""
            "area","note","time","value"
            "PL","a ""quoted"", with comma","2023","1"
            "DE","two
            lines","2023","2"
            "FR","-","2023","3"
            """);
        file.Dimensions.Select(d => d.Id).ShouldBe(["area", "note"]);
        file.Dimensions[1].Codes.Keys.ShouldContain("a \"quoted\", with comma");
        file.Observations.Select(o => o.Line).ShouldBe([2, 3, 5]);
    }

    [Fact]
    public void Read_UnusualColumnNames_AreNamedByTheUser()
    {
        var text = "kraj;miesiąc;liczba\nPL;2024-01;7";
        SourceFiles.Read(text).Problems.Select(p => p.Kind).ShouldBe([SourceProblemKind.NoTimeColumn, SourceProblemKind.NoValueColumn]);
        var file = SourceFiles.ReadWell(text, new SourceOptions(TimeColumn: "miesiąc", ValueColumn: "LICZBA"));
        file.TimeColumn.ShouldBe("miesiąc");
        file.Observations.ShouldHaveSingleItem().Value.ShouldBe(7m);
        SourceFiles.Read(text, new SourceOptions(TimeColumn: "month", ValueColumn: "liczba")).Problems
            .ShouldBe([new SourceProblem(1, "month", 0, SourceProblemKind.NamedColumnMissing, "kraj, miesiąc, liczba")]);
    }

    [Fact]
    public void Read_EveryTimeForm_IsReadWithItsFrequency()
    {
        var file = SourceFiles.ReadWell("""
            series,time,value
            a,2024,1
            b,2024-A1,1
            c,2024-S1,1
            d,2024-Q2,1
            e,2024-05,1
            f,2024-M05,1
            g,2008M01,1
            h,2024-W10,1
            i,2024-03-05,1
            j,2024-D065,1
            """);
        file.Observations.Select(o => o.Frequency).ShouldBe(["A", "A", "S", "Q", "M", "M", "M", "W", "D", "D"]);
        file.Observations[^1].Start.ShouldBe(new DateOnly(2024, 3, 5));
    }

    [Fact]
    public void Read_Faults_EachOnItsLineAndColumn()
    {
        var problems = SourceFiles.Read("""
            geo,sex,time,value
            PL,F,2023,1
            PL,F,2023,2
            PL,F,23/01,3
            PL,F,2024,abc
            PL,F,2025
            ,F,2026,4
            """).Problems;
        problems.ShouldBe(
        [
            new SourceProblem(3, "time", 3, SourceProblemKind.DuplicateKey, "PL.F 2023", 2),
            new SourceProblem(4, "time", 3, SourceProblemKind.UnreadableTime, "23/01"),
            new SourceProblem(6, null, 0, SourceProblemKind.FieldCount, "3"),
            new SourceProblem(7, "geo", 1, SourceProblemKind.MissingDimension),
        ]);
    }

    [Fact]
    public void Read_UnreadableValue_IsFoundOnceTheRestIsSound()
    {
        SourceFiles.OnlyProblem("geo,time,value\nPL,2023,1\nPL,2024,abc")
            .ShouldBe(new SourceProblem(3, "value", 3, SourceProblemKind.UnreadableValue, "abc"));
    }

    [Fact]
    public void Read_PlainCodesNotInTheList_AreRefusedButAColumnOfLabelsIsKept()
    {
        SourceFiles.OnlyProblem("GEO,TIME,VALUE\nPL,2023,1\nQQ,2023,2").ShouldBe(new SourceProblem(3, "GEO", 1, SourceProblemKind.UnknownCode, "QQ"));
        var file = SourceFiles.ReadWell("GEO,TIME,VALUE\nPoland,2023,1\nEuropean Union (28 countries),2023,2");
        file.Dimensions.ShouldHaveSingleItem().LabelsOnly.ShouldBeTrue();
    }

    [Fact]
    public void Read_BrokenQuoting_IsMalformed()
    {
        var problem = SourceFiles.OnlyProblem("geo,time,value\nPL,2023,1\n\"PL\"x,2024,2");
        problem.Kind.ShouldBe(SourceProblemKind.Malformed);
    }

    [Fact]
    public void Read_DuplicateColumn_IsNamed()
    {
        SourceFiles.Read("geo,time,value,GEO\nPL,2023,1,PL").Problems.ShouldContain(new SourceProblem(1, "GEO", 4, SourceProblemKind.DuplicateColumn, "GEO"));
    }

    [Fact]
    public void Read_NotUtf8OrEmpty_IsRefused()
    {
        SourceTableReader.Read(Encoding.Latin1.GetBytes("geo,time,value\nPL,2023,1\nŁódź,2023,2"), new SourceOptions()).Problems
            .ShouldHaveSingleItem().ShouldBe(new SourceProblem(3, null, 0, SourceProblemKind.NotText));
        SourceFiles.OnlyProblem("").Kind.ShouldBe(SourceProblemKind.Empty);
        SourceFiles.OnlyProblem("geo,time,value\n").Kind.ShouldBe(SourceProblemKind.Empty);
    }

    [Fact]
    public void Read_ManyFaults_AreCappedAndCounted()
    {
        var lines = Enumerable.Range(0, SourceTableReader.MostProblems + 5).Select(i => "PL,x" + i.ToString(CultureInfo.InvariantCulture) + ",1");
        var problems = SourceFiles.Read("geo,time,value\n" + string.Join('\n', lines)).Problems;
        problems.Count.ShouldBe(SourceTableReader.MostProblems + 1);
        problems[^1].ShouldBe(new SourceProblem(0, null, 0, SourceProblemKind.TooManyProblems, "5"));
    }

    [Fact]
    public void Read_ThousandsOfLines_TakesWellUnderASecond()
    {
        var csv = new StringBuilder("DATAFLOW,FREQ,CITIZEN,SEX,GEO,TIME_PERIOD,OBS_VALUE,OBS_FLAG\n");
        string[] geos = ["PL", "DE", "FR", "IT", "ES"];
        string[] citizens = ["UA", "BY", "SY", "AF", "IN", "GE", "RU", "TR"];
        foreach (var geo in geos)
        {
            foreach (var citizen in citizens)
            {
                for (var month = 0; month < 120; month++)
                {
                    csv.Append(CultureInfo.InvariantCulture, $"ESTAT:MIGR_ASYAPPCTZM(1.0),M,{citizen},T,{geo},{2015 + (month / 12)}-{1 + (month % 12):00},{month * 7},\n");
                }
            }
        }

        SourceFiles.ReadWell(csv.ToString()); // warm-up
        var watch = Stopwatch.StartNew();
        var file = SourceFiles.ReadWell(csv.ToString());
        watch.Stop();
        file.Observations.Count.ShouldBe(4800);
        watch.Elapsed.ShouldBeLessThan(TimeSpan.FromMilliseconds(500));
    }

    [Fact]
    public void Read_EurostatDownloadWithLabelsAndThousandsSeparators_Loads()
    {
        var file = SourceTableReader.Read(File.ReadAllBytes(SourceFiles.EurostatAsylumMonthly()), new SourceOptions());
        file.Problems.ShouldBeEmpty(string.Join("; ", file.Problems));
        var table = file.File!;
        table.Format.ShouldBe(SourceFormat.Csv);
        table.TimeColumn.ShouldBe("TIME");
        table.ValueColumn.ShouldBe("Value");
        table.Dimensions.Select(d => d.Id).ShouldBe(["GEO", "CITIZEN", "SEX", "AGE", "ASYL_APP", "UNIT"]);
        table.Dimensions[0].LabelsOnly.ShouldBeTrue();
        table.Series.Count.ShouldBe(34);
        table.Observations.Count.ShouldBe(3026);
        table.Observations.Count(o => o.Value is null).ShouldBe(113);
        var first = table.Observations[0];
        (first.Period, first.Start, first.Frequency, first.Value).ShouldBe(("2008M01", new DateOnly(2008, 1, 1), "M", 18420m));
        table.Series[0].Codes[0].ShouldBe("European Union (28 countries)");
    }
}
