using Pathway.Support.Helpline;

namespace Pathway.Support.Tests;

public sealed class CdrFileTests
{
    private const string Row = "\"\",\"48221234567\",\"100\",\"from-external\",\"\",\"PJSIP/trunk-1\",\"PJSIP/100-2\",\"Dial\",\"\",\"2026-11-02 09:15:00\",\"2026-11-02 09:15:05\",\"2026-11-02 09:17:05\",125,120,\"ANSWERED\",\"DOCUMENTATION\"";

    [Fact]
    public void EveryBadLine_IsNamedByItsNumber_AndTheGoodOnesAreRead()
    {
        var reading = CdrFile.Read(["\uFEFF" + Row, "\"broken", "", Row + ",\"1762071300.7\"", "\"a\",\"b\""]);

        reading.Lines.Select(l => l.Number).ShouldBe([1, 4]);
        reading.Problems.Select(p => (p.Number, p.Problem.Kind)).ShouldBe([(2, CdrProblemKind.Quoting), (5, CdrProblemKind.ColumnCount)]);
    }

    [Fact]
    public void TheKey_IsTheLinkedIdAndSequence_ElseTheUniqueId_ElseTheLinesHash()
    {
        var reading = CdrFile.Read([Row + ",\"1762071300.7\",\"\",\"1762071300.1\",2", Row + ",\"1762071300.7\"", Row, Row.Replace("09:15:00", "09:16:00", StringComparison.Ordinal)]);

        reading.Lines[0].Key.ShouldBe("l:1762071300.1:2");
        reading.Lines[1].Key.ShouldBe("u:1762071300.7");
        reading.Lines[2].Key.ShouldStartWith("h:");
        reading.Lines[3].Key.ShouldNotBe(reading.Lines[2].Key, "another call, another key");
    }
}
