using Pathway.Forecasting.Hierarchies;

namespace Pathway.Forecasting.Tests;

public class HierarchyTests
{
    private static readonly (string, string)[] Links =
        [("praga", "mazowieckie"), ("wola", "mazowieckie"), ("krakow", "malopolskie"), ("mazowieckie", "poland"), ("malopolskie", "poland")];

    [Fact]
    public void The_summing_matrix_adds_each_bottom_series_into_all_its_ancestors()
    {
        var h = Hierarchy.FromLinks(Links);
        h.Nodes[0].ShouldBe("poland");
        h.Bottom.ShouldBe(["krakow", "praga", "wola"]);
        var s = h.Summing;
        var poland = h.IndexOf("poland");
        Enumerable.Range(0, 3).Select(j => s[poland, j]).ShouldBe([1.0, 1.0, 1.0]);
        Enumerable.Range(0, 3).Select(j => s[h.IndexOf("mazowieckie"), j]).ShouldBe([0.0, 1.0, 1.0]);
    }

    [Fact]
    public void Cycles_and_second_parents_are_refused_by_name()
    {
        Should.Throw<HierarchyException>(() => Hierarchy.FromLinks([("a", "b"), ("b", "a")])).Message.ShouldContain("cycle");
        Should.Throw<HierarchyException>(() => Hierarchy.FromLinks([("a", "b"), ("a", "c")])).Message.ShouldContain("two parents");
    }

    [Theory]
    [InlineData(ReconciliationMethod.BottomUp)]
    [InlineData(ReconciliationMethod.Ols)]
    [InlineData(ReconciliationMethod.WlsStructural)]
    [InlineData(ReconciliationMethod.MinTShrink)]
    public void Reconciling_keeps_forecasts_that_already_add_up(ReconciliationMethod method)
    {
        // P·S = I: a coherent set of forecasts is its own reconciliation, whatever the weights.
        var h = Hierarchy.FromLinks(Links);
        var random = new Random(1);
        var residuals = h.Nodes.Select(_ => Enumerable.Range(0, 40).Select(_ => SeriesGenerator.Gaussian(random)).ToArray()).ToArray();
        var p = Reconciliation.Projection(h, method, residuals);
        var ps = Matrix.Multiply(p, h.Summing);
        for (var i = 0; i < 3; i++)
            for (var j = 0; j < 3; j++) ps[i, j].ShouldBe(i == j ? 1 : 0, 1e-8);
    }

    [Theory]
    [InlineData(ReconciliationMethod.BottomUp)]
    [InlineData(ReconciliationMethod.WlsStructural)]
    [InlineData(ReconciliationMethod.MinTShrink)]
    public void Reconciled_forecasts_add_up_in_every_period(ReconciliationMethod method)
    {
        var h = Hierarchy.FromLinks(Links);
        var input = new[] { ("praga", 200.0), ("wola", 300.0), ("krakow", 500.0) }
            .Select((x, i) => SeriesGenerator.Monthly(x.Item1, SeriesGenerator.Seasonal(60, x.Item2, 1, 0.3, 15, i))).ToList();
        var forecasts = HierarchicalForecaster.Forecast(h, input, 12, ModelChoice.Auto, method);
        var byId = forecasts.ToDictionary(f => f.Series.Id, f => f.Forecast!.Mean);
        for (var t = 0; t < 12; t++)
        {
            byId["mazowieckie"][t].ShouldBe(byId["praga"][t] + byId["wola"][t], 1e-6);
            byId["poland"][t].ShouldBe(byId["mazowieckie"][t] + byId["krakow"][t], 1e-6);
        }
        forecasts.First(f => f.Series.Id == "poland").Series.Values[0].ShouldBe(input.Sum(s => s.Values[0]), 1e-9);
        forecasts[0].Forecast!.Model.ShouldContain("reconciled");
    }

    [Fact]
    public void Bottom_series_must_all_be_given_and_end_together()
    {
        var h = Hierarchy.FromLinks(Links);
        var praga = SeriesGenerator.Monthly("praga", new double[24]);
        var wola = SeriesGenerator.Monthly("wola", new double[24]);
        Should.Throw<HierarchyException>(() => HierarchicalForecaster.BuildNodes(h, [praga, wola])).Message.ShouldContain("krakow");
        var shortKrakow = SeriesGenerator.Monthly("krakow", new double[20]);
        Should.Throw<HierarchyException>(() => HierarchicalForecaster.BuildNodes(h, [praga, wola, shortKrakow])).Message.ShouldContain("ends");
        var stranger = SeriesGenerator.Monthly("gdansk", new double[24]);
        Should.Throw<HierarchyException>(() => HierarchicalForecaster.BuildNodes(h, [praga, wola, stranger])).Message.ShouldContain("gdansk");
    }

    [Fact]
    public void A_hierarchy_file_with_a_bad_line_names_it()
    {
        var bad = Should.Throw<HierarchyException>(() => HierarchyCsv.Read(new StringReader("child,parent\na,b\nc\n")));
        bad.Problem.ShouldBe(HierarchyProblem.BadLine);
        bad.Line.ShouldBe(3);
        bad.Message.ShouldBe("line 3: expected a child and a parent, found 'c'.");
        HierarchyCsv.Read(new StringReader("parent,child\nb,a\n")).Bottom.ShouldBe(["a"]);
    }

    [Fact]
    public void A_hierarchy_file_without_the_columns_says_so_on_its_first_line()
    {
        var missing = Should.Throw<HierarchyException>(() => HierarchyCsv.Read(new StringReader("from,to\na,b\n")));
        missing.Problem.ShouldBe(HierarchyProblem.MissingColumns);
        missing.Line.ShouldBe(1);
        missing.Message.ShouldBe("line 1: the header must name the columns child and parent; it has: from,to.");
    }
}
