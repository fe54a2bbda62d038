using Pathway.Support.Helpline;

namespace Pathway.Support.Tests;

public sealed class CdrLineTests
{
    private const string Base = "\"\",\"48221234567\",\"100\",\"from-external\",\"\"\"Jan, Kowalski\"\" <48221234567>\",\"PJSIP/trunk-00000001\",\"PJSIP/100-00000002\",\"Dial\",\"PJSIP/100,30,tT\",\"2026-10-25 02:30:00\",\"2026-10-25 02:30:07\",\"2026-10-25 02:33:07\",187,180,\"ANSWERED\",\"DOCUMENTATION\"";

    [Fact]
    public void SixteenColumns_AreRead_QuotesAndCommasInsideTextKept()
    {
        var (record, problem) = CdrLine.Parse(Base);

        problem.ShouldBeNull();
        record!.CallerId.ShouldBe("\"Jan, Kowalski\" <48221234567>");
        record.LastData.ShouldBe("PJSIP/100,30,tT");
        record.Start.ShouldBe(new DateTime(2026, 10, 25, 2, 30, 0));
        record.Answer.ShouldBe(new DateTime(2026, 10, 25, 2, 30, 7));
        (record.Duration, record.BillableSeconds).ShouldBe((187, 180));
        record.UniqueId.ShouldBeNull();
        record.LinkedId.ShouldBeNull();
    }

    [Fact]
    public void AnUnansweredCall_HasAnEmptyAnswerTime()
    {
        var line = Base.Replace("\"2026-10-25 02:30:07\"", "", StringComparison.Ordinal).Replace("187,180,\"ANSWERED\"", "30,0,\"NO ANSWER\"", StringComparison.Ordinal);

        var (record, problem) = CdrLine.Parse(line);

        problem.ShouldBeNull();
        record!.Answer.ShouldBeNull();
        record.Disposition.ShouldBe("NO ANSWER");
    }

    [Theory]
    [InlineData(",\"1730000000.17\"", "1730000000.17", null, null, null)]
    [InlineData(",\"helpline\"", null, "helpline", null, null)]
    [InlineData(",\"pbx1-1730000000.17\",\"helpline\"", "pbx1-1730000000.17", "helpline", null, null)]
    [InlineData(",\"\",\"1730000000.10\",3", null, null, "1730000000.10", 3)]
    [InlineData(",\"1730000000.17\",\"\",\"1730000000.10\",3", "1730000000.17", null, "1730000000.10", 3)]
    [InlineData(",\"1730000000.17\",\"helpline\",\"\",\"1730000000.10\",3", "1730000000.17", "helpline", "1730000000.10", 3)]
    public void TheOptionalColumns_AreToldApart(string tail, string? uniqueId, string? userField, string? linkedId, int? sequence)
    {
        var (record, problem) = CdrLine.Parse(Base + tail);

        problem.ShouldBeNull();
        record!.UniqueId.ShouldBe(uniqueId);
        record.UserField.ShouldBe(userField);
        record.LinkedId.ShouldBe(linkedId);
        record.Sequence.ShouldBe(sequence);
    }

    [Theory]
    [InlineData("\"a\",\"b\"", CdrProblemKind.ColumnCount, 0)]
    [InlineData(Base + ",\"x", CdrProblemKind.Quoting, 0)]
    [InlineData(Base + ",\"x\"y", CdrProblemKind.Quoting, 0)]
    public void ABrokenLine_IsNamedForWhatIsWrong(string line, CdrProblemKind kind, int column)
    {
        var (record, problem) = CdrLine.Parse(line);

        record.ShouldBeNull();
        problem!.Kind.ShouldBe(kind);
        problem.Column.ShouldBe(column);
    }

    [Fact]
    public void ANumberQuoted_OrATimeMisspelt_IsNamedByItsColumn()
    {
        CdrLine.Parse(Base.Replace("187,180", "\"187\",180", StringComparison.Ordinal)).Problem.ShouldBe(new CdrProblem(CdrProblemKind.Number, 13, "187"));
        CdrLine.Parse(Base.Replace("\"2026-10-25 02:30:00\"", "\"25.10.2026 02:30\"", StringComparison.Ordinal)).Problem.ShouldBe(new CdrProblem(CdrProblemKind.Time, 10, "25.10.2026 02:30"));
    }
}
