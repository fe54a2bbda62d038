using Pathway.Analytics.Warehouse;

namespace Pathway.Analytics.Tests.Warehouse;

public sealed class FactStatementTests
{
    private static readonly FactStatement Statement = new(
        """INSERT INTO "Facts" ("Id", "Version", "Outcome", "DecidedOn") """, 4, """ON CONFLICT ("Id") DO NOTHING""",
        [typeof(Guid), typeof(int), typeof(string), typeof(DateOnly?)]);

    [Fact]
    public void RowsOfParameters_AreNumberedThroughAllRows()
    {
        Statement.For(2).ShouldBe("""
            INSERT INTO "Facts" ("Id", "Version", "Outcome", "DecidedOn") VALUES (@p0, @p1, @p2, @p3), (@p4, @p5, @p6, @p7)
            ON CONFLICT ("Id") DO NOTHING
            """, StringCompareShould.IgnoreLineEndings);
    }

    [Fact]
    public void TheArrayForm_TakesOneParameterPerColumn()
    {
        Statement.Unnest.ShouldBe("""
            INSERT INTO "Facts" ("Id", "Version", "Outcome", "DecidedOn") SELECT * FROM unnest(@p0, @p1, @p2, @p3) WHERE true
            ON CONFLICT ("Id") DO NOTHING
            """, StringCompareShould.IgnoreLineEndings);
    }

    [Fact]
    public void EachColumnsValues_BecomeOneArrayOfItsType_NullsKept()
    {
        var (first, second) = (Guid.NewGuid(), Guid.NewGuid());
        var arrays = Statement.ColumnArrays([[first, 3, "granted", new DateOnly(2026, 5, 4)], [second, 1, null, null]]);

        arrays[0].ShouldBe(new[] { first, second });
        arrays[1].ShouldBe(new[] { 3, 1 });
        arrays[2].ShouldBe(new[] { "granted", null });
        arrays[3].ShouldBeOfType<DateOnly?[]>().ShouldBe([new DateOnly(2026, 5, 4), null]);
    }

    [Fact]
    public void AStatementWithoutColumnTypes_HasNoArrayForm()
    {
        var rows = new FactStatement("INSERT INTO \"Facts\" (\"Id\") ", 1, "");
        rows.Unnest.ShouldBeEmpty();
        Should.Throw<InvalidOperationException>(() => rows.ColumnArrays([[Guid.NewGuid()]]));
    }
}
