using System.Diagnostics;
using Pathway.Analytics.Disclosure;

namespace Pathway.Analytics.Tests.Disclosure;

/// <summary>
/// Patterns checked as statistical offices check them: every suppressed cell minimised and
/// maximised by linear programming over the published cells and their sums (<see cref="DisclosureAudit"/>).
/// </summary>
public sealed class DisclosureAuditTests(ITestOutputHelper output)
{
    public static TheoryData<string, int> Shapes()
    {
        var data = new TheoryData<string, int>();
        foreach (var shape in new[] { "2-D", "3-D", "hierarchical", "linked", "sparse", "sensitive", "structural zeros" })
        {
            foreach (var seed in new[] { 1, 2, 3, 4, 5 })
            {
                data.Add(shape, seed);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Shapes))]
    public void Protect_RandomTables_KeepEveryPrimaryCellsIntervalWiderThanTheProtectionLevel(string shape, int seed)
    {
        var cube = shape switch
        {
            "2-D" => CellSuppression.Protect(TestCubes.Fill(new CountCube(TestCubes.Flat("a", 8), TestCubes.Flat("b", 6)), seed, zeros: 0.1, maximum: 25)),
            "3-D" => CellSuppression.Protect(TestCubes.Fill(new CountCube(TestCubes.Flat("a", 5), TestCubes.Flat("b", 4), TestCubes.Flat("c", 3)), seed, zeros: 0.15, maximum: 15)),
            "hierarchical" => CellSuppression.Protect(TestCubes.Fill(new CountCube(TestCubes.Months(), TestCubes.Citizenships(9), TestCubes.Flat("sex", 2)), seed, zeros: 0.2, maximum: 10)),
            "linked" => CellSuppression.Protect(
                TestCubes.Fill(new CountCube(TestCubes.Flat("reason", 4), TestCubes.Flat("duration", 5), TestCubes.Citizenships(6)), seed, zeros: 0.4, maximum: 6),
                [new PublishedTable("reason by duration", ["reason", "duration"]), new PublishedTable("reason by citizenship", ["reason", "citizenship"])]),
            "sparse" => CellSuppression.Protect(TestCubes.Fill(new CountCube(TestCubes.Flat("a", 7), TestCubes.Flat("b", 6), TestCubes.Flat("c", 2)), seed, zeros: 0.7, maximum: 4)),
            "sensitive" => CellSuppression.Protect(TestCubes.Fill(new CountCube(TestCubes.Flat("office", 6), TestCubes.Flat("age", 4), TestCubes.Flat("outcome", 3, sensitive: true)), seed, zeros: 0.5, maximum: 9)),
            "structural zeros" => CellSuppression.Protect(TestCubes.Fill(TestCubes.Changes(5), seed, zeros: 0.3, maximum: 8, TestCubes.SameReason)),
            _ => throw new ArgumentOutOfRangeException(nameof(shape)),
        };

        cube.PrimaryCount.ShouldBeGreaterThan(0);
        cube.ShouldProtect();
        cube.ShouldLeaveNoLoneSuppression();
    }

    [Fact]
    public void Audit_PatternWithOnlyThePrimaryCellsSuppressed_IsReportedUnprotected()
    {
        var cube = CellSuppression.Protect(TestCubes.Grid(new long[,] { { 2, 10 }, { 10, 10 } }));
        var primaryCell = Enumerable.Range(0, cube.Statuses.Count).Single(c => cube.Statuses[c] == ConfStatus.Primary);

        var interval = DisclosureAudit.Intervals(cube, suppressed: cell => cube.Statuses[cell] == ConfStatus.Primary).ShouldHaveSingleItem();

        interval.Cell.ShouldBe(primaryCell);
        (interval.Lower, interval.Upper).ShouldBe((2.0, 2.0));
        Should.Throw<ShouldAssertException>(() => AssertWide(interval, cube.Rules.Protection));
    }

    [Fact]
    public void Audit_RandomCubeWithOnlyItsPrimaryCellsSuppressed_FindsUnprotectedCells()
    {
        var cube = CellSuppression.Protect(TestCubes.Fill(new CountCube(TestCubes.Months(), TestCubes.Citizenships(6), TestCubes.Flat("sex", 2)), 9, zeros: 0.2, maximum: 10));

        var intervals = DisclosureAudit.Intervals(cube, suppressed: cell => cube.Statuses[cell] == ConfStatus.Primary);

        intervals.Count(i => i.Width <= cube.Rules.Protection).ShouldBeGreaterThan(0);
    }

    [Fact]
    public void Audit_WholeGroupCellWithoutItsComplement_IsPinned()
    {
        var cube = CellSuppression.Protect(TestCubes.Grid(new long[,] { { 0, 7, 0 }, { 20, 30, 15 } }, sensitiveColumns: true));

        var interval = DisclosureAudit.Intervals(cube, suppressed: cell => cube.Reasons[cell] != PrimaryReason.None).ShouldHaveSingleItem();

        interval.Lower.ShouldBe(7, 1e-6);
    }

    [Fact]
    public void Protect_RealisticCube_PassesTheAuditOnASampleOfItsPrimaryCells()
    {
        var data = TestCubes.Realistic();
        var clock = Stopwatch.StartNew();
        var cube = CellSuppression.Protect(data);
        var protectTime = clock.Elapsed;

        var table = cube.Tables.Single();
        output.WriteLine(TestCubes.I($"cube of {cube.PublishedCount} cells (12 months in a year x 60 citizenships in 6 continents x 6 age bands x 3 sexes, all totals), {table.Total} persons"));
        output.WriteLine(TestCubes.I($"protected in {protectTime.TotalSeconds:0.00} s: {cube.PrimaryCount} primary, {cube.SecondaryCount} secondary, {table.SuppressedShare:P1} of persons in suppressed inner cells"));
        // Its suppressed cells are one connected program of thousands of variables, each solve
        // taking about a second: a seeded sample of the primary cells is minimised and maximised.
        var random = new Random(14);
        var primaries = Enumerable.Range(0, cube.Statuses.Count).Where(c => cube.Statuses[c] == ConfStatus.Primary).ToList();
        var sample = primaries.OrderBy(_ => random.Next()).Take(30).ToHashSet();
        clock.Restart();
        cube.ShouldProtect(sample.Contains);
        output.WriteLine(TestCubes.I($"audited {sample.Count} of {primaries.Count} primary cells in {clock.Elapsed.TotalSeconds:0.0} s"));
        cube.ShouldLeaveNoLoneSuppression();
    }

    private static void AssertWide(CellInterval interval, int protection) => interval.Width.ShouldBeGreaterThan(protection);
}
