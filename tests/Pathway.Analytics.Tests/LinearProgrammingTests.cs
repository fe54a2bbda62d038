using Google.OrTools.LinearSolver;

namespace Pathway.Analytics.Tests;

/// <summary>The solver the disclosure audit relies on loads and solves here (its native library ships with the package).</summary>
public sealed class LinearProgrammingTests
{
    [Fact]
    public void Glop_FindsTheRangeOfOneCellOfASum()
    {
        // x + y = 10, 2 <= y <= 7: x ranges over [3, 8].
        using var solver = Solver.CreateSolver("GLOP");
        var x = solver.MakeNumVar(0, double.PositiveInfinity, "x");
        var y = solver.MakeNumVar(2, 7, "y");
        solver.Add(x + y == 10);
        solver.Minimize(x);
        solver.Solve().ShouldBe(Solver.ResultStatus.OPTIMAL);
        x.SolutionValue().ShouldBe(3, 1e-9);
        solver.Maximize(x);
        solver.Solve().ShouldBe(Solver.ResultStatus.OPTIMAL);
        x.SolutionValue().ShouldBe(8, 1e-9);
    }
}
