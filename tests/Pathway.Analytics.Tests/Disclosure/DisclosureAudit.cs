using Google.OrTools.LinearSolver;
using Pathway.Analytics.Disclosure;

namespace Pathway.Analytics.Tests.Disclosure;

/// <summary>The interval an intruder can work out for a suppressed cell: its least and greatest value (infinity when nothing bounds it).</summary>
public sealed record CellInterval(int Cell, long Value, double Lower, double Upper)
{
    public double Width => Upper - Lower;
}

/// <summary>
/// The audit statistical offices run on a suppression pattern (τ-ARGUS' audit; sdcTable's
/// attack(); Fischetti and Salazar's attacker problem): the published cells fixed, each suppressed
/// cell a variable of at least nought, every published relation an equality; each suppressed cell
/// minimised and maximised by linear programming (GLOP). Cells tied by no suppressed relation are
/// independent, so each connected group of suppressed cells is its own program.
/// </summary>
internal static class DisclosureAudit
{
    private const double Tolerance = 1e-6;


    public static IReadOnlyList<CellInterval> Intervals(ProtectedCube cube, Func<int, bool>? optimised = null) =>
        Intervals(cube, cell => cube.Statuses[cell] != ConfStatus.Free, optimised);

    /// <summary>
    /// The intervals of another pattern over the same cells: <paramref name="suppressed"/> says
    /// which are hidden; <paramref name="optimised"/>, which of those to minimise and maximise (all
    /// when null: a cube of thousands of suppressed cells is audited on a sample).
    /// </summary>
    public static IReadOnlyList<CellInterval> Intervals(ProtectedCube cube, Func<int, bool> suppressed, Func<int, bool>? optimised = null)
    {
        var problem = cube.Problem;
        var hidden = Enumerable.Range(0, problem.Values.Length).Where(c => problem.Published(c) && suppressed(c)).ToArray();
        var isHidden = new bool[problem.Values.Length];
        foreach (var cell in hidden)
        {
            isHidden[cell] = true;
        }

        var groups = new UnionFind(problem.Values.Length);
        var relations = problem.Relations.Where(r => isHidden[r.Total] || r.Parts.Any(p => isHidden[p])).ToList();
        foreach (var relation in relations)
        {
            var members = Members(relation).Where(c => isHidden[c]).ToList();
            foreach (var other in members.Skip(1))
            {
                groups.Join(members[0], other);
            }
        }

        var intervals = new List<CellInterval>();
        foreach (var group in hidden.GroupBy(groups.Root).OrderBy(g => g.Key).Where(g => optimised is null || g.Any(optimised)))
        {
            var cells = group.ToHashSet();
            var groupRelations = relations.Where(r => Members(r).Any(cells.Contains));
            intervals.AddRange(Solve(problem.Values, [.. group], [.. group.Where(optimised ?? (_ => true))], isHidden, groupRelations, NoBoundFor(problem.Values[0])));
        }

        return intervals;
    }

    /// <summary>
    /// Nothing bounds a count from above but the sums; a box far above the grand total stands for
    /// "no bound" (the simplex is steadier on a box than on an unbounded ray), and a cell reaching
    /// it is reported as unbounded.
    /// </summary>
    private static double NoBoundFor(long grandTotal) => Math.Max(1000, 4.0 * grandTotal);

    private static IEnumerable<int> Members(CellRelation relation) => relation.Parts.Append(relation.Total);

    private static IEnumerable<CellInterval> Solve(long[] values, int[] cells, int[] optimised, bool[] isHidden, IEnumerable<CellRelation> relations, double noBound)
    {
        using var solver = Solver.CreateSolver("GLOP") ?? throw new InvalidOperationException("GLOP is not available.");
        var variables = cells.ToDictionary(c => c, c => solver.MakeNumVar(0, noBound, TestCubes.I($"c{c}")));
        foreach (var relation in relations)
        {
            // total − Σ parts = 0, with the published cells moved to the right-hand side.
            double known = 0;
            var terms = new Dictionary<int, double>();
            void Add(int cell, double sign)
            {
                if (isHidden[cell])
                {
                    terms[cell] = terms.GetValueOrDefault(cell) + sign;
                }
                else
                {
                    known -= sign * values[cell];
                }
            }

            Add(relation.Total, 1);
            foreach (var part in relation.Parts)
            {
                Add(part, -1);
            }

            var constraint = solver.MakeConstraint(known, known);
            foreach (var (cell, coefficient) in terms)
            {
                constraint.SetCoefficient(variables[cell], coefficient);
            }
        }

        var objective = solver.Objective();
        foreach (var cell in optimised)
        {
            objective.SetCoefficient(variables[cell], 1);
            objective.SetMinimization();
            var lower = Optimum(solver, variables[cell], noBound);
            objective.SetMaximization();
            var upper = Optimum(solver, variables[cell], noBound);
            objective.SetCoefficient(variables[cell], 0);
            yield return new CellInterval(cell, values[cell], lower, upper);
        }
    }

    private static double Optimum(Solver solver, Variable variable, double noBound)
    {
        var status = solver.Solve();
        if (status != Solver.ResultStatus.OPTIMAL)
        {
            // A warm start gone astray: solve again from nothing.
            solver.Reset();
            status = solver.Solve();
        }

        return status switch
        {
            Solver.ResultStatus.OPTIMAL => variable.SolutionValue() >= noBound - 1 ? double.PositiveInfinity : variable.SolutionValue(),
            _ => throw new InvalidOperationException(TestCubes.I($"The audit's program ended {status}: the published cells contradict their sums.")),
        };
    }

    /// <summary>Asserts that every primary cell's interval is wider than the protection level and that no whole-group cell is pinned to its group's total.</summary>
    public static void ShouldProtect(this ProtectedCube cube, Func<int, bool>? sample = null)
    {
        var intervals = Intervals(cube, sample).ToDictionary(i => i.Cell);
        var protection = cube.Rules.Protection;
        for (var cell = 0; cell < cube.Statuses.Count; cell++)
        {
            if (sample is not null && !sample(cell))
            {
                continue;
            }

            var reason = cube.Reasons[cell];
            if (reason.HasFlag(PrimaryReason.SmallCount))
            {
                intervals[cell].Width.ShouldBeGreaterThan(protection + Tolerance, TestCubes.I($"cell {string.Join('/', cube.Problem.Layout.Codes(cell))} of {cube.Problem.Values[cell]}"));
            }

            if (reason.HasFlag(PrimaryReason.WholeGroup))
            {
                intervals[cell].Lower.ShouldBeLessThanOrEqualTo(cube.Problem.Values[cell] - 1 + Tolerance, $"whole-group cell {string.Join('/', cube.Problem.Layout.Codes(cell))}");
            }
        }
    }

    /// <summary>Asserts that no published relation has exactly one suppressed cell (it would be its sum's difference).</summary>
    public static void ShouldLeaveNoLoneSuppression(this ProtectedCube cube)
    {
        foreach (var relation in cube.Problem.Relations)
        {
            Members(relation).Count(c => cube.Statuses[c] != ConfStatus.Free).ShouldNotBe(1);
        }
    }

    private sealed class UnionFind(int size)
    {
        private readonly int[] parent = Enumerable.Range(0, size).ToArray();

        public int Root(int cell)
        {
            while (parent[cell] != cell)
            {
                parent[cell] = parent[parent[cell]];
                cell = parent[cell];
            }

            return cell;
        }

        public void Join(int a, int b) => parent[Root(a)] = Root(b);
    }
}
