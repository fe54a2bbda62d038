using Pathway.Support.Helpline;

namespace Pathway.Support.Tests;

public sealed class QueueLogLineTests
{
    [Theory]
    [InlineData("1761352200|1761352190.42|helpline|PJSIP/101|CONNECT|17|1761352201.43|3", "CONNECT", 17)]
    [InlineData("1761352260|1761352190.44|helpline|NONE|ABANDON|2|3|64", "ABANDON", 64)]
    [InlineData("1761352260|1761352190.45|helpline|NONE|EXITWITHTIMEOUT|1|1|300", "EXITWITHTIMEOUT", 300)]
    [InlineData("1761352500|1761352190.42|helpline|PJSIP/101|COMPLETECALLER|17|283|1", "COMPLETECALLER", 17)]
    [InlineData("1761352190|1761352190.42|helpline|NONE|ENTERQUEUE||48221234567|1", "ENTERQUEUE", null)]
    public void AnEvent_IsRead_WithTheWaitItTells(string line, string name, int? wait)
    {
        var read = QueueLogLine.Parse(line)!;

        read.Event.ShouldBe(name);
        read.Queue.ShouldBe("helpline");
        read.WaitSeconds.ShouldBe(wait);
        read.At.ShouldBe(DateTimeOffset.FromUnixTimeSeconds(long.Parse(line[..10], System.Globalization.CultureInfo.InvariantCulture)));
    }

    [Theory]
    [InlineData("")]
    [InlineData("1761352200|x|q|a")]
    [InlineData("yesterday|1.2|q|a|CONNECT|1")]
    [InlineData("1761352200|1.2|q|a||1")]
    public void ALineThatIsNoEvent_IsNull(string line) => QueueLogLine.Parse(line).ShouldBeNull();
}

public sealed class QueueLogFileTests
{
    [Fact]
    public void EveryLineThatIsNoEvent_IsNamedByItsNumber_AndTheSameLineHasTheSameKey()
    {
        const string Connect = "1761352200|1761352190.42|helpline|PJSIP/101|CONNECT|17|1761352201.43|3";

        var reading = QueueLogFile.Read([Connect, "garbage", "", Connect, "1761352260|1761352190.44|helpline|NONE|ABANDON|2|3|64"]);

        reading.Events.Select(e => e.Number).ShouldBe([1, 4, 5]);
        reading.BadLines.ShouldBe([2]);
        reading.Events[0].Key.ShouldBe(reading.Events[1].Key);
        reading.Events[2].Key.ShouldNotBe(reading.Events[0].Key);
    }
}
