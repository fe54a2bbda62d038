using Pathway.Analytics.Disclosure;

namespace Pathway.Analytics.Tests.Disclosure;

/// <summary>Small hand-made and seeded random cubes for the disclosure tests.</summary>
internal static class TestCubes
{
    private static readonly string[] Reasons = ["FAM", "EDUC", "OCC", "OTH"];

    public static string I(FormattableString text) => FormattableString.Invariant(text);

    public static CubeDimension Flat(string name, int categories, bool sensitive = false) =>
        CubeDimension.Flat(name, Enumerable.Range(0, categories).Select(i => I($"{name}{i}")), sensitive: sensitive);

    /// <summary>Rows by columns, counts as written.</summary>
    public static CountCube Grid(long[,] counts, bool sensitiveColumns = false)
    {
        var cube = new CountCube(Flat("r", counts.GetLength(0)), Flat("c", counts.GetLength(1), sensitiveColumns));
        for (var r = 0; r < counts.GetLength(0); r++)
        {
            for (var c = 0; c < counts.GetLength(1); c++)
            {
                cube.Add([I($"r{r}"), I($"c{c}")], counts[r, c]);
            }
        }

        return cube;
    }

    /// <summary>Months within two years, citizenships within three continents.</summary>
    public static CubeDimension Months() => new("month", [
        new("2024"), new("2025"),
        .. Enumerable.Range(1, 6).Select(m => new CubeCategory(I($"2024-{m:00}"), "2024")),
        .. Enumerable.Range(1, 6).Select(m => new CubeCategory(I($"2025-{m:00}"), "2025")),
    ]);

    public static CubeDimension Citizenships(int count) => new("citizenship", [
        new("Europe"), new("Asia"), new("Africa"),
        .. Enumerable.Range(0, count).Select(i => new CubeCategory(I($"X{i:00}"), (i % 3) switch { 0 => "Europe", 1 => "Asia", _ => "Africa" })),
    ]);

    /// <summary>
    /// Fills every leaf cell: a zero with probability <paramref name="zeros"/>, else 1 + a draw below
    /// <paramref name="maximum"/>; a leaf <paramref name="impossible"/> names is marked a structural zero instead.
    /// </summary>
    public static CountCube Fill(CountCube cube, int seed, double zeros, int maximum, Func<string[], bool>? impossible = null)
    {
        var random = new Random(seed);
        foreach (var leaf in Leaves(cube.Dimensions))
        {
            var count = random.NextDouble() < zeros ? 0 : 1 + random.Next(maximum);
            if (impossible?.Invoke(leaf) == true)
            {
                cube.Impossible(leaf);
            }
            else
            {
                cube.Add(leaf, count);
            }
        }

        return cube;
    }

    /// <summary>Changes of status: the reason before by the reason after (the same four) by citizenship, with no change from a reason to itself.</summary>
    public static CountCube Changes(int citizenships) =>
        new(CubeDimension.Flat("from", Reasons), CubeDimension.Flat("to", Reasons), Flat("citizen", citizenships));

    public static bool SameReason(string[] leaf) => leaf[0] == leaf[1];

    public static IEnumerable<string[]> Leaves(IReadOnlyList<CubeDimension> dimensions)
    {
        IEnumerable<string[]> rows = [[]];
        foreach (var dimension in dimensions)
        {
            var leaves = dimension.Codes.Where((_, node) => dimension.IsLeaf(node)).ToList();
            rows = rows.SelectMany(row => leaves.Select(leaf => (string[])[.. row, leaf])).ToList();
        }

        return rows;
    }

    /// <summary>
    /// The analytics centre's cube: 12 months within a year, 60 citizenships within 6 continents,
    /// 6 age bands, 3 sexes; about 40,000 persons a year, citizenships skewed as an office sees them
    /// (a few large, a long tail of small ones), so most small cells are in the tail.
    /// </summary>
    public static CountCube Realistic(int seed = 2024)
    {
        var months = new CubeDimension("month", [new("2024"), .. Enumerable.Range(1, 12).Select(m => new CubeCategory(I($"2024-{m:00}"), "2024"))]);
        var continents = new[] { "Europe", "Asia", "Africa", "Americas", "Oceania", "Other" };
        var citizenships = new CubeDimension("citizenship", [
            .. continents.Select(c => new CubeCategory(c)),
            .. Enumerable.Range(0, 60).Select(i => new CubeCategory(I($"C{i:00}"), continents[i % continents.Length])),
        ]);
        var ages = CubeDimension.Flat("age", ["0-17", "18-24", "25-34", "35-44", "45-64", "65+"]);
        var sexes = CubeDimension.Flat("sex", ["F", "M", "X"]);
        var cube = new CountCube(months, citizenships, ages, sexes);
        var random = new Random(seed);
        double[] ageShare = [0.12, 0.2, 0.3, 0.2, 0.15, 0.03];
        double[] sexShare = [0.46, 0.53, 0.01];
        for (var m = 1; m <= 12; m++)
        {
            var season = 1 + (0.2 * Math.Sin(m / 12.0 * 2 * Math.PI));
            for (var c = 0; c < 60; c++)
            {
                var citizenshipTotal = 40_000 / 12.0 * season * 0.35 / Math.Pow(c + 1, 1.1);
                for (var a = 0; a < ageShare.Length; a++)
                {
                    for (var s = 0; s < sexShare.Length; s++)
                    {
                        cube.Add([I($"2024-{m:00}"), I($"C{c:00}"), ages.Codes[a + 1], sexes.Codes[s + 1]], Poisson(random, citizenshipTotal * ageShare[a] * sexShare[s]));
                    }
                }
            }
        }

        return cube;
    }

    private static long Poisson(Random random, double mean)
    {
        if (mean > 50)
        {
            var normal = Math.Sqrt(-2 * Math.Log(1 - random.NextDouble())) * Math.Cos(2 * Math.PI * random.NextDouble());
            return Math.Max(0, (long)Math.Round(mean + (Math.Sqrt(mean) * normal)));
        }

        var limit = Math.Exp(-mean);
        long k = 0;
        for (var p = random.NextDouble(); p > limit; p *= random.NextDouble())
        {
            k++;
        }

        return k;
    }
}
