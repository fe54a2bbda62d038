using Pathway.Analytics.Warehouse;

namespace Pathway.Analytics.Tests.Warehouse;

public sealed class NamedDimensionsTests
{
    [Fact]
    public void EachTypeKeepsTheGreatestPermitAndPurposeItsCasesName()
    {
        var named = new NamedDimensions();
        named.Type("temporary-work", "temporary", "work");
        named.Type("temporary-work", "temporary", "zz-other");
        named.Type("temporary-work", "a-permit", "work");
        named.Type("permanent", "permanent", "family");

        named.Types["temporary-work"].ShouldBe(("temporary", "zz-other"));
        named.Types["permanent"].ShouldBe(("permanent", "family"));
        named.Types.Count.ShouldBe(2);
    }
}
