namespace Pathway.Analytics.Disclosure;

/// <summary>
/// Secondary suppression by hypercubes, after GHMITER (Repsilber's "Quaderverfahren", the
/// hypercube method of τ-ARGUS and of sdcTable's HYPERCUBE), carried to hierarchical and linked
/// tables by building every cube in the cube of all nodes.
///
/// A cube around a primary cell p is a change of the table that keeps every relation: one vector
/// per dimension that itself keeps that dimension's sums, multiplied together. Per dimension it
/// either pairs p's category with a sibling b (+1 on p's side, −1 on b's side, so their parent
/// does not move) or runs up p's chain of ancestors to the total (+1 all the way). A side that is
/// itself a total goes down one child to a leaf, so that its children's sum follows it. Moving the
/// table by t times that product changes no sum, so if every published corner of the cube is
/// suppressed, every value the intruder is left with stays consistent while p moves by t, as far as
/// the corners stay non-negative: up by the smallest corner of sign −, down by the smallest corner
/// of sign + (p's own value included). Corners outside the published tables are nobody's concern:
/// the intruder sees neither them nor the sums they are in. A structural zero is the exception: the
/// intruder knows it is nought without seeing it, so a cube with such a corner cannot move at all.
///
/// For each primary cell (in the order of their cells, so the same input always gives the same
/// pattern) the cheapest cube that lets it move down far enough is suppressed, then the cheapest
/// that lets it move up far enough; cells already suppressed cost nothing, so later cubes reuse
/// earlier ones. Up and down may take different cubes (both stay suppressed, so the intruder's
/// interval holds both). Suppressing more never narrows an interval, so every primary cell keeps
/// the interval its cubes gave it. Running up every chain is always possible and lets p move up
/// without limit, and down by at least one (the chains end in a leaf inside p), so every primary
/// cell gets a cube; its corners all hold that leaf, which holds someone, so none is a structural zero.
/// </summary>
internal sealed class HypercubeSearch
{
    /// <summary>About this many cubes are tried per direction and cell: the best siblings per dimension, so that their product stays near it.</summary>
    private const int CubesPerSearch = 1024;

    private readonly SuppressionProblem problem;
    private readonly CubeLayout layout;
    private readonly long[] values;
    private readonly bool[] suppressed;
    private readonly int siblingsPerDimension;

    public HypercubeSearch(SuppressionProblem problem, bool[] suppressed)
    {
        this.problem = problem;
        layout = problem.Layout;
        values = problem.Values;
        this.suppressed = suppressed;
        siblingsPerDimension = Math.Max(1, (int)Math.Floor(Math.Pow(CubesPerSearch, 1.0 / layout.Rank)) - 1);
    }

    /// <summary>Suppresses the cheapest cube that lets <paramref name="cell"/> move by <paramref name="wanted"/> (or as far as any cube tried allows); returns how far it may move.</summary>
    public long Protect(int cell, Direction direction, long wanted)
    {
        var nodes = layout.Nodes(cell);
        var leaf = LeafUnder(nodes);
        var moves = new Move[layout.Rank][];
        for (var d = 0; d < layout.Rank; d++)
        {
            moves[d] = MovesOf(cell, nodes, leaf, d, wanted);
        }

        var choice = new int[layout.Rank];
        var best = (int[]?)null;
        long bestReach = -1;
        var bestCost = double.PositiveInfinity;
        while (true)
        {
            var (reach, cost) = Evaluate(moves, choice, direction, wanted, bestReach, bestCost);
            if (reach > bestReach || (reach == bestReach && cost < bestCost))
            {
                (best, bestReach, bestCost) = ((int[])choice.Clone(), reach, cost);
            }

            if (!Next(choice, moves))
            {
                break;
            }
        }

        foreach (var corner in Corners(moves, best!))
        {
            if (problem.Published(corner.Cell))
            {
                suppressed[corner.Cell] = true;
            }
        }

        return bestReach;
    }

    private static bool Next(int[] choice, Move[][] moves)
    {
        for (var d = choice.Length - 1; d >= 0; d--)
        {
            if (++choice[d] < moves[d].Length)
            {
                return true;
            }

            choice[d] = 0;
        }

        return false;
    }

    /// <summary>How far the cube lets the cell move (capped at what is wanted) and what its new suppressions cost; gives up early once it cannot beat the best so far.</summary>
    private (long Reach, double Cost) Evaluate(Move[][] moves, int[] choice, Direction direction, long wanted, long bestReach, double bestCost)
    {
        long reach = wanted;
        var cost = 0.0;
        foreach (var corner in Corners(moves, choice))
        {
            if (problem.StructuralZeros[corner.Cell])
            {
                return (-1, double.PositiveInfinity);
            }

            if (!problem.Published(corner.Cell))
            {
                continue;
            }

            // Moving the cell up lowers the corners of sign −; moving it down lowers those of sign +.
            if ((direction == Direction.Up) == (corner.Sign < 0))
            {
                reach = Math.Min(reach, values[corner.Cell]);
                if (reach < bestReach)
                {
                    return (-1, double.PositiveInfinity);
                }
            }

            if (!suppressed[corner.Cell])
            {
                cost += Cost(corner.Cell);
                if (reach == bestReach && cost >= bestCost)
                {
                    return (-1, double.PositiveInfinity);
                }
            }
        }

        return (reach, cost);
    }

    /// <summary>Few and small: each new suppression costs one, plus a little more the more persons it hides.</summary>
    private double Cost(int cell) => 1 + Math.Log(1 + values[cell]);

    private IEnumerable<(int Cell, int Sign)> Corners(Move[][] moves, int[] choice)
    {
        var rank = layout.Rank;
        var at = new int[rank];
        while (true)
        {
            var cell = 0;
            var sign = 1;
            for (var d = 0; d < rank; d++)
            {
                var move = moves[d][choice[d]];
                cell += move.Offsets[at[d]];
                sign *= move.Signs[at[d]];
            }

            yield return (cell, sign);
            var dim = rank - 1;
            while (dim >= 0 && ++at[dim] == moves[dim][choice[dim]].Offsets.Length)
            {
                at[dim] = 0;
                dim--;
            }

            if (dim < 0)
            {
                yield break;
            }
        }
    }

    /// <summary>The chain up to the total, then the siblings most likely to make a cheap cube: already suppressed, large enough to give way, small.</summary>
    private Move[] MovesOf(int cell, int[] nodes, int[] leaf, int d, long wanted)
    {
        var dimension = layout.Dimensions[d];
        var node = nodes[d];
        var stride = layout.Strides[d];
        var down = PathDown(d, node, leaf[d]);
        var chain = dimension.Ancestors(node).Reverse().Concat(down).ToArray();
        var siblings = dimension.Siblings(node)
            .Select(b => (Node: b, Neighbour: layout.With(cell, d, b)))
            .Where(s => !problem.StructuralZeros[s.Neighbour])
            .OrderBy(s => suppressed[s.Neighbour] ? 0 : 1)
            .ThenBy(s => values[s.Neighbour] >= wanted ? 0 : 1)
            .ThenBy(s => values[s.Neighbour])
            .ThenBy(s => s.Node)
            .Take(siblingsPerDimension)
            .Select(s =>
            {
                var otherSide = PathDown(d, s.Node, LeafBelow(leaf, d, s.Node));
                return new Move(
                    [.. down.Select(n => n * stride), .. otherSide.Select(n => n * stride)],
                    [.. down.Select(_ => 1), .. otherSide.Select(_ => -1)]);
            });
        return [.. siblings, new Move([.. chain.Select(n => n * stride)], [.. chain.Select(_ => 1)])];
    }

    /// <summary>A leaf cell inside the given cell, found by stepping into the largest child, dimension by dimension: it holds someone when the cell does.</summary>
    private int[] LeafUnder(int[] nodes)
    {
        var leaf = (int[])nodes.Clone();
        for (var d = 0; d < layout.Rank; d++)
        {
            leaf[d] = LeafBelow(leaf, d, leaf[d]);
        }

        return leaf;
    }

    /// <summary>The leaf of dimension <paramref name="d"/> under <paramref name="node"/> reached by the largest child at each step, the other dimensions held at <paramref name="at"/>.</summary>
    private int LeafBelow(int[] at, int d, int node)
    {
        var dimension = layout.Dimensions[d];
        var nodes = (int[])at.Clone();
        nodes[d] = node;
        while (!dimension.IsLeaf(nodes[d]))
        {
            var bestChild = -1;
            long bestValue = -1;
            foreach (var child in dimension.Children[nodes[d]])
            {
                nodes[d] = child;
                var value = values[layout.CellOf(nodes)];
                if (value > bestValue)
                {
                    (bestChild, bestValue) = (child, value);
                }
            }

            nodes[d] = bestChild;
        }

        return nodes[d];
    }

    /// <summary>The nodes from <paramref name="from"/> down to <paramref name="leaf"/> (one of its leaves), <paramref name="from"/> first.</summary>
    private int[] PathDown(int d, int from, int leaf)
    {
        var parents = layout.Dimensions[d].Parents;
        var path = new List<int>();
        for (var node = leaf; node != from; node = parents[node])
        {
            path.Add(node);
        }

        path.Add(from);
        path.Reverse();
        return [.. path];
    }

    internal enum Direction
    {
        Up,
        Down,
    }

    /// <summary>One dimension's part of a cube: the cell offsets of its nodes and their signs.</summary>
    private sealed record Move(int[] Offsets, int[] Signs);
}
