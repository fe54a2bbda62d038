using Pathway.Analytics.Warehouse;
using Pathway.Platform.Casework;

namespace Pathway.Analytics.Tests.Warehouse;

public sealed class NamedDimensionsTests
{
    private static CaseFacts Case(string type, string permit, string purpose, string citizenship, string? outcome, Guid office) => new(
        Guid.NewGuid(), Guid.NewGuid(), office, 1, type, permit, purpose, citizenship, "F", 30, null,
        new DateOnly(2026, 1, 5), "Decided", outcome, null, null, null, null, null);

    [Fact]
    public void EachTypeKeepsTheGreatestPermitAndPurpose_AndEveryCodeAndOfficeOnce()
    {
        var (north, south) = (Guid.NewGuid(), Guid.NewGuid());
        var named = new NamedDimensions();
        named.Add(Case("temporary-work", "temporary", "work", "UKR", "granted", north));
        named.Add(Case("temporary-work", "temporary", "zz-other", "BLR", null, south));
        named.Add(Case("temporary-work", "a-permit", "work", "UKR", "refused", north));
        named.Add(Case("permanent", "permanent", "family", "GEO", "granted", north));

        named.Types["temporary-work"].ShouldBe(("temporary", "zz-other"));
        named.Types["permanent"].ShouldBe(("permanent", "family"));
        named.Citizenships.Order(StringComparer.Ordinal).ShouldBe(["BLR", "GEO", "UKR"]);
        named.Outcomes.Order(StringComparer.Ordinal).ShouldBe(["granted", "refused"]);
        named.Offices.ShouldBe([north, south], ignoreOrder: true);
    }
}
