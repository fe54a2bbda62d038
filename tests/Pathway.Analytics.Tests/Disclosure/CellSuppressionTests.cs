using Pathway.Analytics.Disclosure;

namespace Pathway.Analytics.Tests.Disclosure;

public sealed class CellSuppressionTests
{
    private static ConfStatus StatusOf(ProtectedCube cube, params string[] codes) => cube.Cell(codes)!.Status;

    [Fact]
    public void Protect_SmallCellInTwoByTwoWithTotals_TakesTheThreeOtherInnerCells()
    {
        var cube = CellSuppression.Protect(TestCubes.Grid(new long[,] { { 2, 10 }, { 10, 10 } }));

        StatusOf(cube, "r0", "c0").ShouldBe(ConfStatus.Primary);
        StatusOf(cube, "r0", "c1").ShouldBe(ConfStatus.Secondary);
        StatusOf(cube, "r1", "c0").ShouldBe(ConfStatus.Secondary);
        StatusOf(cube, "r1", "c1").ShouldBe(ConfStatus.Secondary);
        cube.Cells.Where(c => c.Codes.Contains("Total")).ShouldAllBe(c => c.Status == ConfStatus.Free);
        cube.Cell(["Total", "Total"])!.Value.ShouldBe(32);
        cube.Cell(["r0", "c0"])!.Value.ShouldBeNull();
        (cube.PrimaryCount, cube.SecondaryCount).ShouldBe((1, 3));
        cube.ShouldProtect();
    }

    [Fact]
    public void Protect_RowWithOneSmallCell_SuppressesASecondCellOfTheRow()
    {
        var row = new CountCube(TestCubes.Flat("c", 4)).Add(["c0"], 12).Add(["c1"], 3).Add(["c2"], 7).Add(["c3"], 20);

        var cube = CellSuppression.Protect(row);

        StatusOf(cube, "c1").ShouldBe(ConfStatus.Primary);
        // The smallest cell that can give way by two (up to the threshold): 7.
        StatusOf(cube, "c2").ShouldBe(ConfStatus.Secondary);
        cube.Cells.Count(c => c.Suppressed).ShouldBe(2);
        cube.ShouldProtect();
        cube.ShouldLeaveNoLoneSuppression();
    }

    [Fact]
    public void Protect_RowWhoseOtherCellsAreZeros_HidesTheTotalInstead()
    {
        var row = new CountCube(TestCubes.Flat("c", 3)).Add(["c0"], 0).Add(["c1"], 3).Add(["c2"], 0);

        var cube = CellSuppression.Protect(row);

        StatusOf(cube, "c1").ShouldBe(ConfStatus.Primary);
        StatusOf(cube, "Total").ShouldBe(ConfStatus.Primary);
        cube.Cell(["c0"])!.Value.ShouldBe(0);
        cube.ShouldProtect();
    }

    [Fact]
    public void Protect_GroupAllInOneCategoryOfASensitiveDimension_HidesThatCellAndAnotherOfTheGroup()
    {
        // Office r0: all 7 refused (c1); office r1 mixed.
        var cube = CellSuppression.Protect(TestCubes.Grid(new long[,] { { 0, 7, 0 }, { 20, 30, 15 } }, sensitiveColumns: true));

        var full = cube.Cell(["r0", "c1"])!;
        full.Status.ShouldBe(ConfStatus.Primary);
        full.Reason.ShouldBe(PrimaryReason.WholeGroup);
        cube.Cells.Where(c => c.Codes[0] == "r0" && c.Codes[1] != "c1").ShouldContain(c => c.Suppressed);
        cube.Cell(["r0", "Total"])!.Value.ShouldBe(7);
        cube.ShouldProtect();
    }

    [Fact]
    public void Protect_ChangesOfStatus_NeverHideASmallCellBehindAChangeFromAReasonToItself()
    {
        // Reason before by reason after: nobody changes from a reason to itself, and every reader knows it.
        long[,] counts = { { 0, 2, 10, 12 }, { 9, 0, 11, 8 }, { 14, 10, 0, 9 }, { 7, 13, 6, 0 } };
        var changes = new CountCube(CubeDimension.Flat("from", ["FAM", "EDUC", "OCC", "OTH"]), CubeDimension.Flat("to", ["FAM", "EDUC", "OCC", "OTH"]));
        string[] reasons = ["FAM", "EDUC", "OCC", "OTH"];
        for (var from = 0; from < 4; from++)
        {
            for (var to = 0; to < 4; to++)
            {
                _ = from == to ? changes.Impossible([reasons[from], reasons[to]]) : changes.Add([reasons[from], reasons[to]], counts[from, to]);
            }
        }

        var cube = CellSuppression.Protect(changes);

        StatusOf(cube, "FAM", "EDUC").ShouldBe(ConfStatus.Primary);
        reasons.Select(r => cube.Cell([r, r])).ShouldAllBe(c => c == null);
        cube.PublishedCount.ShouldBe((5 * 5) - 4);
        // The audit takes the unpublished changes to the same reason as known noughts.
        cube.ShouldProtect();
        cube.ShouldLeaveNoLoneSuppression();
    }

    [Fact]
    public void CountCube_AStructuralZero_TakesNobody_AndATotalOfThemIsOneToo()
    {
        var changes = TestCubes.Changes(2).Add(["FAM", "OCC", "citizen0"], 3).Impossible(["OCC", "OCC", "citizen0"]).Impossible(["OCC", "OCC", "citizen1"]);

        Should.Throw<InvalidOperationException>(() => changes.Add(["OCC", "OCC", "citizen0"], 1));
        Should.Throw<InvalidOperationException>(() => changes.Impossible(["FAM", "OCC", "citizen0"]));
        var cube = CellSuppression.Protect(changes);
        cube.Cell(["OCC", "OCC", "Total"]).ShouldBeNull();
        cube.Cell(["OCC", "OCC", "citizen1"]).ShouldBeNull();
        cube.Cell(["OCC", "Total", "Total"])!.Value.ShouldBe(0);
        cube.Cell(["FAM", "OCC", "Total"])!.Status.ShouldBe(ConfStatus.Primary);
    }

    [Fact]
    public void Protect_GroupAllInOneCategoryOfAnOrdinaryDimension_IsNotProtected()
    {
        var cube = CellSuppression.Protect(TestCubes.Grid(new long[,] { { 0, 7, 0 }, { 20, 30, 15 } }));

        cube.Cells.ShouldAllBe(c => c.Status == ConfStatus.Free);
    }

    [Fact]
    public void Protect_ZeroCells_StayShown()
    {
        var cube = CellSuppression.Protect(TestCubes.Grid(new long[,] { { 0, 12, 9 }, { 20, 0, 15 } }));

        cube.Cells.ShouldAllBe(c => c.Status == ConfStatus.Free);
        cube.Cell(["r0", "c0"])!.Value.ShouldBe(0);
    }

    [Theory]
    [InlineData(3, 2, true)]
    [InlineData(3, 3, false)]
    [InlineData(10, 9, true)]
    [InlineData(5, 5, false)]
    public void Protect_Threshold_DecidesWhatIsSmall(int threshold, long count, bool primary)
    {
        var cube = CellSuppression.Protect(TestCubes.Grid(new long[,] { { count, 40 }, { 40, 40 } }), new DisclosureRules(threshold));

        StatusOf(cube, "r0", "c0").ShouldBe(primary ? ConfStatus.Primary : ConfStatus.Free);
        cube.ShouldProtect();
    }

    [Theory]
    [InlineData(0)]
    [InlineData(4)]
    [InlineData(9)]
    [InlineData(25)]
    public void Protect_ProtectionLevel_IsWhatTheIntervalExceeds(int protection)
    {
        var counts = new long[,] { { 1, 6, 30 }, { 8, 3, 25 }, { 40, 12, 2 } };

        var cube = CellSuppression.Protect(TestCubes.Grid(counts), new DisclosureRules(ProtectionLevel: protection));

        cube.Rules.Protection.ShouldBe(protection);
        cube.ShouldProtect();
        cube.ShouldLeaveNoLoneSuppression();
    }

    [Fact]
    public void Protect_HigherProtectionLevel_SuppressesAtLeastAsMuch()
    {
        var cube = TestCubes.Fill(new CountCube(TestCubes.Flat("a", 6), TestCubes.Flat("b", 5)), seed: 7, zeros: 0.1, maximum: 30);

        var low = CellSuppression.Protect(cube, new DisclosureRules(ProtectionLevel: 1));
        var high = CellSuppression.Protect(cube, new DisclosureRules(ProtectionLevel: 20));

        high.SecondaryCount.ShouldBeGreaterThanOrEqualTo(low.SecondaryCount);
        low.ShouldProtect();
        high.ShouldProtect();
    }

    [Fact]
    public void Protect_SameInput_GivesTheSamePattern()
    {
        var first = TestCubes.Fill(new CountCube(TestCubes.Months(), TestCubes.Citizenships(9), TestCubes.Flat("sex", 2)), seed: 11, zeros: 0.3, maximum: 12);
        var leaves = TestCubes.Leaves(first.Dimensions).ToList();
        var again = new CountCube(first.Dimensions);
        var counts = first.Aggregate();
        // The same counts added in the opposite order.
        foreach (var leaf in Enumerable.Reverse(leaves))
        {
            again.Add(leaf, counts[first.Layout.CellOf([.. leaf.Select((code, d) => first.Dimensions[d].NodeOf(code)!.Value)])]);
        }

        var a = CellSuppression.Protect(first);
        var b = CellSuppression.Protect(again);

        b.Cells.Select(c => c.Status).ShouldBe(a.Cells.Select(c => c.Status));
        b.Cells.Select(c => c.Value).ShouldBe(a.Cells.Select(c => c.Value));
    }

    [Fact]
    public void Protect_SummaryCountsTheSuppressedCellsAndTheirShareOfTheTotal()
    {
        var cube = CellSuppression.Protect(TestCubes.Grid(new long[,] { { 2, 10 }, { 10, 10 } }));

        var table = cube.Tables.ShouldHaveSingleItem();
        (table.Cells, table.Primary, table.Secondary).ShouldBe((9, 1, 3));
        (table.SuppressedPersons, table.Total).ShouldBe((32L, 32L));
        table.SuppressedShare.ShouldBe(1.0);
    }

    [Fact]
    public void Protect_LinkedTables_AgreeOnTheirSharedCells()
    {
        var reason = TestCubes.Flat("reason", 3);
        var duration = TestCubes.Flat("duration", 4);
        var citizenship = TestCubes.Flat("citizenship", 5);
        var data = TestCubes.Fill(new CountCube(reason, duration, citizenship), seed: 3, zeros: 0.5, maximum: 4);

        var cube = CellSuppression.Protect(data, [new PublishedTable("by duration", ["reason", "duration"]), new PublishedTable("by citizenship", ["reason", "citizenship"])]);

        cube.Tables.Count.ShouldBe(2);
        // The reason totals are one cell, with one status, in both tables.
        cube.Cell(["reason0", "Total", "Total"]).ShouldNotBeNull();
        cube.Cell(["reason0", "duration0", "citizenship0"]).ShouldBeNull();
        cube.ShouldProtect();
        cube.ShouldLeaveNoLoneSuppression();
    }

    [Fact]
    public void ConfStatus_MapsToSdmxCodes()
    {
        (ConfStatus.Free.Sdmx(), ConfStatus.Primary.Sdmx(), ConfStatus.Secondary.Sdmx()).ShouldBe(("F", "A", "D"));
    }
}
