using Pathway.Analytics.Disclosure;

namespace Pathway.Analytics.Tests.Disclosure;

/// <summary>
/// A cube of things persons have (services given) is protected by its persons: a cell is small when
/// fewer than threshold persons are behind it, however many things they had, and a person in two
/// cells of a total is one person of that total.
/// </summary>
public sealed class CubeOfPersonsThingsTests
{
    [Fact]
    public void Persons_CountEachPersonOnceInEveryCellAboveTheirs()
    {
        var cube = new CountCube(TestCubes.Flat("r", 2), TestCubes.Flat("c", 2))
            .Add(["r0", "c0"], 3, "anna").Add(["r0", "c1"], 2, "anna").Add(["r1", "c1"], 1, "anna")
            .Add(["r0", "c0"], 1, "boris").Add(["r0", "c0"], 4, "boris");

        var persons = cube.Persons()!;
        long PersonsIn(params string[] codes) => persons[cube.Layout.CellOf([.. codes.Select((code, d) => cube.Dimensions[d].NodeOf(code)!.Value)])];

        PersonsIn("r0", "c0").ShouldBe(2);
        PersonsIn("r0", "c1").ShouldBe(1);
        PersonsIn("r0", "Total").ShouldBe(2, "Anna is in both columns of the row, once");
        PersonsIn("Total", "c1").ShouldBe(1);
        PersonsIn("Total", "Total").ShouldBe(2);
        cube.Aggregate()[0].ShouldBe(11, "the cube still counts the things");
    }

    [Fact]
    public void Protect_ACellOfManyServicesOfFewPersons_IsSmall_AndAManyPersonsCellOfFewServicesIsNot()
    {
        var cube = new CountCube(TestCubes.Flat("c", 3));
        // Two persons with twenty services between them, six persons with one each, ten with one each.
        cube.Add(["c0"], 12, "p1").Add(["c0"], 8, "p2");
        foreach (var p in Enumerable.Range(0, 6))
        {
            cube.Add(["c1"], 1, TestCubes.I($"q{p}"));
        }

        foreach (var p in Enumerable.Range(0, 10))
        {
            cube.Add(["c2"], 1, TestCubes.I($"s{p}"));
        }

        var protectedCube = CellSuppression.Protect(cube);

        var few = protectedCube.Cell(["c0"])!;
        (few.Status, few.Reason, few.Value).ShouldBe((ConfStatus.Primary, PrimaryReason.SmallCount, (long?)null));
        protectedCube.Cell(["c1"])!.Status.ShouldBe(ConfStatus.Secondary, "the smaller of the others gives way");
        protectedCube.Cell(["c2"])!.Value.ShouldBe(10);
        protectedCube.Cell(["Total"])!.Value.ShouldBe(36);
        protectedCube.ShouldProtect();
        protectedCube.ShouldLeaveNoLoneSuppression();
    }

    [Fact]
    public void Protect_ATotalOfFewPersons_IsSmall_ThoughItsServicesAreMany()
    {
        // One person given five kinds of service in a month: the month's total of five names that person.
        var cube = new CountCube(TestCubes.Flat("month", 2), TestCubes.Flat("kind", 5));
        foreach (var kind in Enumerable.Range(0, 5))
        {
            cube.Add(["month0", TestCubes.I($"kind{kind}")], 1, "alone");
            foreach (var p in Enumerable.Range(0, 6))
            {
                cube.Add(["month1", TestCubes.I($"kind{kind}")], 1, TestCubes.I($"p{kind}-{p}"));
            }
        }

        var protectedCube = CellSuppression.Protect(cube);

        protectedCube.Cell(["month0", "Total"])!.Status.ShouldBe(ConfStatus.Primary);
        protectedCube.Cells.Where(c => c.Value is not null).ShouldAllBe(c => c.Value == 0 || c.Value >= 5);
        protectedCube.ShouldProtect();
    }

    [Fact]
    public void ACube_CountsPersonsOrThingsOfPersons_NotBoth()
    {
        Should.Throw<InvalidOperationException>(() => new CountCube(TestCubes.Flat("c", 2)).Add(["c0"], 1).Add(["c1"], 1, "p"));
        Should.Throw<InvalidOperationException>(() => new CountCube(TestCubes.Flat("c", 2)).Add(["c0"], 1, "p").Add(["c1"], 1));
        new CountCube(TestCubes.Flat("c", 2)).Add(["c0"], 3).Persons().ShouldBeNull();
    }
}
