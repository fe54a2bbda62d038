using Pathway.Analytics.Disclosure;

namespace Pathway.Analytics.Tests.Disclosure;

public sealed class ProtectedCubeViewTests
{
    private static readonly CountCube Data =
        TestCubes.Fill(new CountCube(TestCubes.Months(), TestCubes.Citizenships(9), TestCubes.Flat("sex", 2)), seed: 21, zeros: 0.2, maximum: 10);

    private static readonly ProtectedCube Cube = CellSuppression.Protect(Data);

    [Fact]
    public void View_FilteredByYear_ShowsTheCubesCellsWithTheirStatuses()
    {
        var result = Cube.View(new CubeView(new Dictionary<string, string>(StringComparer.Ordinal) { ["month"] = "2024" }, ["citizenship", "sex"]));

        result.Problem.ShouldBeNull();
        result.Cells!.Count.ShouldBe(13 * 3);
        foreach (var cell in result.Cells)
        {
            cell.Codes[0].ShouldBe("2024");
            ShouldBeAlike(cell, Cube.Cell(cell.Codes)!);
        }
    }

    [Fact]
    public void View_TwoViewsSharingCells_ShowThemAlike()
    {
        var byCitizenship = Cube.View(new CubeView(new Dictionary<string, string>(StringComparer.Ordinal) { ["sex"] = "sex0" }, ["citizenship"])).Cells!;
        var bySex = Cube.View(new CubeView(new Dictionary<string, string>(StringComparer.Ordinal) { ["citizenship"] = "X04" }, ["sex"])).Cells!;

        var shared = byCitizenship.Single(c => c.Codes[1] == "X04");
        ShouldBeAlike(bySex.Single(c => c.Codes[2] == "sex0"), shared);
    }

    private static void ShouldBeAlike(ProtectedCell cell, ProtectedCell other)
    {
        cell.Codes.ShouldBe(other.Codes);
        (cell.Status, cell.Value, cell.Reason).ShouldBe((other.Status, other.Value, other.Reason));
    }

    [Theory]
    [InlineData("office", "x", CubeViewProblem.UnknownDimension)]
    [InlineData("month", "2031", CubeViewProblem.UnknownCategory)]
    [InlineData("sex", "sex0", CubeViewProblem.DimensionTwice)]
    public void View_BadRequest_SaysWhy(string dimension, string code, CubeViewProblem problem)
    {
        var result = Cube.View(new CubeView(new Dictionary<string, string>(StringComparer.Ordinal) { [dimension] = code }, ["sex"]));

        (result.Problem, result.Dimension, result.Cells).ShouldBe((problem, dimension, null));
    }

    [Fact]
    public void View_CellOutsideTheProtectedTables_IsRefused()
    {
        var linked = CellSuppression.Protect(Data, [new PublishedTable("by month", ["month", "sex"]), new PublishedTable("by citizenship", ["citizenship", "sex"])]);

        var result = linked.View(new CubeView(new Dictionary<string, string>(StringComparer.Ordinal), ["month", "citizenship"]));

        result.Problem.ShouldBe(CubeViewProblem.NotPublished);
    }

    [Fact]
    public void Cache_OneDataVersion_IsProtectedOnce()
    {
        var cache = new ProtectedCubeCache(capacity: 2);
        var protections = 0;
        ProtectedCube Protect()
        {
            Interlocked.Increment(ref protections);
            return CellSuppression.Protect(Data);
        }

        var cubes = Enumerable.Range(0, 8).AsParallel().Select(_ => cache.GetOrProtect("v1", Protect)).ToList();
        cache.GetOrProtect("v2", Protect);
        cache.GetOrProtect("v3", Protect);
        cache.GetOrProtect("v1", Protect);

        cubes.Distinct().Count().ShouldBe(1);
        protections.ShouldBe(4);
    }
}
