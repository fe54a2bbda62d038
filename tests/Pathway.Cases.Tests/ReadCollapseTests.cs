using Pathway.Cases.PaperFiles;

namespace Pathway.Cases.Tests;

public class ReadCollapseTests
{
    private static readonly Guid File = Guid.NewGuid();
    private static readonly DateTime Noon = new(2026, 5, 4, 12, 0, 0, DateTimeKind.Utc);
    private static readonly TimeSpan Minute = TimeSpan.FromSeconds(60);

    [Fact]
    public void Keep_ABurstOfOneTagAtOneReader_KeepsTheFirstAndTheFirstAfterTheWindow()
    {
        Sighting[] burst = [At("shelf", 30), At("shelf", 0), At("shelf", 59), At("shelf", 60), At("shelf", 61)];

        ReadCollapse.Keep([], burst, Minute).ShouldBe([1, 3]);
    }

    [Fact]
    public void Keep_TheSameTagAtAnotherReaderOrAnotherTag_IsAnotherSighting()
    {
        Sighting[] reads = [At("shelf", 0), At("gate", 5), new(Guid.NewGuid(), "shelf", Noon.AddSeconds(5))];

        ReadCollapse.Keep([], reads, Minute).ShouldBe([0, 1, 2]);
    }

    [Fact]
    public void Keep_AReadNearOneStoredBefore_IsCollapsedEvenWhenItIsEarlier()
    {
        ReadCollapse.Keep([At("shelf", 40)], [At("shelf", 0), At("shelf", 120)], Minute).ShouldBe([1]);
    }

    [Fact]
    public void Keep_WithAZeroWindow_KeepsEveryRead() =>
        ReadCollapse.Keep([], [At("shelf", 0), At("shelf", 0)], TimeSpan.Zero).ShouldBe([0, 1]);

    private static Sighting At(string reader, int seconds) => new(File, reader, Noon.AddSeconds(seconds));
}
