using Pathway.Forecasting.Workload;

namespace Pathway.Forecasting.Tests;

public class WorkloadPlannerTests
{
    private static readonly DateOnly January2025 = new(2025, 1, 1);

    private static WorkloadInput OneType(double inflow, double hours, int months, OpeningBacklog? backlog = null, double[]? upper = null) =>
        new(
            January2025,
            [new ApplicationType("permanent residence", HandlingHours: 2, DeadlineDays: 60, backlog ?? OpeningBacklog.None)],
            [new TypeInflow("permanent residence", Enumerable.Repeat(inflow, months).ToArray(), upper)],
            Enumerable.Repeat(hours, months).ToArray());

    [Fact]
    public void Capacity_equal_to_inflow_keeps_the_backlog_where_it_is()
    {
        // 100 cases × 2 h = 200 h a month, 200 h available: the 30 waiting stay 30, always the latest 30.
        var plan = WorkloadPlanner.Plan(OneType(100, 200, 6, new OpeningBacklog(30)));
        foreach (var month in plan.Expected.Months)
        {
            month.Completed.ShouldBe(100, 1e-9);
            month.Backlog.ShouldBe(30, 1e-9);
            month.GapHours.ShouldBe(0, 1e-9);
            month.Overdue.ShouldBe(0);
        }

        // At the end of January the 30 left are the last 30% of January's arrivals: 0.3 × 31 days old at most.
        plan.Expected.Months[0].OldestPendingAgeDays!.Value.ShouldBe(0.3 * 31, 1e-9);
        plan.Expected.FirstDeadlineMonth.ShouldBeNull();
        plan.Upper80.ShouldBeNull();
    }

    [Fact]
    public void Half_the_capacity_needed_passes_the_deadline_in_April()
    {
        // 100 cases a month at 2 h, 100 h available: 50 decided a month, oldest first.
        //   Jan: 50 of January done; left: January's second half (from 16.5 Jan).
        //   Feb: the rest of January done; left: all of February (oldest 1 Feb, 28 days at 1 Mar).
        //   Mar: the first half of February done; left: 15..28 Feb and March (oldest 45 days at 1 Apr).
        //   Apr: the rest of February done; left: March and April. On 1 May, March 1st's arrivals are
        //        61 days old: the deadline (60 days) has passed for those that arrived before 2 March,
        //        one day of March's 31, so 100/31 cases.
        //   May: the first half of March done; left from 16.5 March, 15.5 + 30 + 31 days old on 1 June.
        var plan = WorkloadPlanner.Plan(OneType(100, 100, 5));
        var months = plan.Expected.Months;
        months.Select(m => m.Completed).ShouldBe([50, 50, 50, 50, 50], tolerance: 1e-9);
        months.Select(m => m.Backlog).ShouldBe([50, 100, 150, 200, 250], tolerance: 1e-9);
        months.Select(m => m.OldestPendingAgeDays!.Value).ShouldBe([15.5, 28, 45, 61, 15.5 + 30 + 31], tolerance: 1e-9);
        months[2].Overdue.ShouldBe(0);
        months[3].Overdue.ShouldBe(100.0 / 31, 1e-9);
        plan.Expected.FirstDeadlineMonth.ShouldBe(new DateOnly(2025, 4, 1));
        months[0].HoursNeeded.ShouldBe(200);
        months[0].GapHours.ShouldBe(100);
        months[0].GapFte.ShouldBe(100.0 / 140, 1e-12);
    }

    [Fact]
    public void Without_capacity_January_passes_the_deadline_at_the_end_of_March()
    {
        // 1 Apr − 60 days = 31 Jan: January's arrivals before that, 30 days of 31, are overdue.
        var months = WorkloadPlanner.Plan(OneType(100, 0, 3)).Expected;
        months.Months[1].Overdue.ShouldBe(0); // 1 Mar: 59 days at most
        months.Months[2].Overdue.ShouldBe(100.0 * 30 / 31, 1e-9);
        months.FirstDeadlineMonth.ShouldBe(new DateOnly(2025, 3, 1));
    }

    [Fact]
    public void Cases_are_decided_oldest_first_whatever_their_type()
    {
        // The work permits are listed first but arrived later: the older EU cases go first.
        var input = new WorkloadInput(
            January2025,
            [
                new ApplicationType("temporary residence - work", 1, 30, new OpeningBacklog(10)),
                new ApplicationType("EU long-term resident", 1, 60, new OpeningBacklog(10, AverageAgeDays: 30)),
            ],
            [new TypeInflow("temporary residence - work", [0]), new TypeInflow("EU long-term resident", [0])],
            [10]);
        var month = WorkloadPlanner.Plan(input).Expected.Months.Single();
        month.Types[0].Completed.ShouldBe(0);
        month.Types[1].Completed.ShouldBe(10);
        month.Types[0].Backlog.ShouldBe(10);
        month.Types[0].Overdue.ShouldBe(10); // 31 days old on 1 Feb, deadline 30
        WorkloadPlanner.Plan(input).Expected.FirstDeadlineMonth.ShouldBe(January2025);
    }

    [Fact]
    public void A_months_arrivals_of_all_types_are_decided_side_by_side()
    {
        // 10 + 10 cases arrive together, 1 h and 3 h: 40 h of work, 20 h available decides half of each.
        var input = new WorkloadInput(
            January2025,
            [new ApplicationType("a", 1, 60, OpeningBacklog.None), new ApplicationType("b", 3, 60, OpeningBacklog.None)],
            [new TypeInflow("a", [10]), new TypeInflow("b", [10])],
            [20]);
        var month = WorkloadPlanner.Plan(input).Expected.Months.Single();
        month.Types.Select(t => t.Completed).ShouldBe([5, 5], tolerance: 1e-9);
        month.HoursNeeded.ShouldBe(40);
        month.BacklogHours.ShouldBe(20, 1e-9);
    }

    [Fact]
    public void Known_ages_are_worked_from_the_oldest()
    {
        // Two waiting cases, 90 and 10 days old; 2 h decides one: the 90-day one, so none is overdue.
        var plan = WorkloadPlanner.Plan(OneType(0, 2, 1, new OpeningBacklog(2, AgesDays: [10, 90])));
        var month = plan.Expected.Months.Single();
        month.Backlog.ShouldBe(1);
        month.Overdue.ShouldBe(0);
        month.OldestPendingAgeDays.ShouldBe(41);

        var idle = WorkloadPlanner.Plan(OneType(0, 0, 1, new OpeningBacklog(2, AgesDays: [10, 90])));
        idle.Expected.Months.Single().Overdue.ShouldBe(1);
    }

    [Fact]
    public void The_upper_scenario_uses_the_upper_80_inflow()
    {
        var plan = WorkloadPlanner.Plan(OneType(100, 200, 3, upper: [130, 140, 150]));
        plan.Upper80.ShouldNotBeNull();
        plan.Upper80.Inflow.ShouldBe(InflowAssumption.Upper80);
        plan.Upper80.Months.Select(m => m.Backlog).ShouldBe([30, 70, 120], tolerance: 1e-9);
        plan.Upper80.Months[0].GapFte.ShouldBe(60.0 / 140, 1e-12);
        plan.Expected.Months[^1].Backlog.ShouldBe(0, 1e-9);
    }

    [Fact]
    public void Invalid_input_is_refused_with_every_reason()
    {
        var input = new WorkloadInput(
            January2025,
            [
                new ApplicationType("a", 0, 60, OpeningBacklog.None),
                new ApplicationType("A", 1, 0, new OpeningBacklog(2, AgesDays: [1])),
                new ApplicationType("c", 1, 60, OpeningBacklog.None),
            ],
            [new TypeInflow("a", [1, 2]), new TypeInflow("x", [1]), new TypeInflow("c", [1, -2], Upper80: [1])],
            [100],
            HoursPerFte: 0);
        var problems = input.Validate().Select(p => p.Message).ToList();
        problems.ShouldContain(p => p.Contains("listed twice"));
        problems.ShouldContain(p => p.Contains("handling hours"));
        problems.ShouldContain(p => p.Contains("deadline"));
        problems.ShouldContain(p => p.Contains("1 ages are given for a backlog of 2"));
        problems.ShouldContain(p => p.Contains("'x', which is not among"));
        problems.ShouldContain(p => p.Contains("covers 1 months"));
        problems.ShouldContain(p => p.Contains("negative"));
        problems.ShouldContain(p => p.Contains("upper 80%"));
        problems.ShouldContain(p => p.Contains("Officer hours are given for 1 months"));
        problems.ShouldContain(p => p.Contains("full-time"));
        Should.Throw<ArgumentException>(() => WorkloadPlanner.Plan(input)).Message.ShouldContain("listed twice");
    }

    [Fact]
    public void A_type_without_inflow_is_refused()
    {
        var input = new WorkloadInput(January2025, [new ApplicationType("a", 1, 60, OpeningBacklog.None)], [], [10]);
        input.Validate().Select(p => p.Message).ShouldContain(p => p.Contains("no inflow for 'a'"));
    }

    public static TheoryData<string, WorkloadProblemKind, string?, int?, string> Problems => new()
    {
        { "no types", WorkloadProblemKind.NoTypes, null, null, "At least one application type is needed." },
        { "unnamed", WorkloadProblemKind.UnnamedType, null, 1, "An application type has no name." },
        { "twice", WorkloadProblemKind.TypeListedTwice, "A", 1, "The application type 'A' is listed twice." },
        { "hours", WorkloadProblemKind.HandlingHours, "a", 0, "'a': handling hours per case must be a positive number; it is 0." },
        { "deadline", WorkloadProblemKind.DeadlineDays, "a", 0, "'a': the statutory deadline must be a positive number of days; it is -5." },
        { "backlog", WorkloadProblemKind.NegativeBacklog, "a", 0, "'a': the opening backlog cannot be negative; it is -3." },
        { "ages and average", WorkloadProblemKind.BacklogAgesAndAverage, "a", 0, "'a': give the backlog's ages or their average, not both." },
        { "ages count", WorkloadProblemKind.BacklogAgesCount, "a", 0, "'a': 1 ages are given for a backlog of 2 cases." },
        { "ages", WorkloadProblemKind.BacklogAges, "a", 0, "'a': backlog ages must be zero or more days." },
        { "average age", WorkloadProblemKind.BacklogAverageAge, "a", 0, "'a': the backlog's average age must be zero or more days; it is -1." },
        { "unknown inflow", WorkloadProblemKind.InflowForUnknownType, "x", 1, "There is inflow for 'x', which is not among the application types." },
        { "inflow twice", WorkloadProblemKind.InflowGivenTwice, "A", 1, "The inflow for 'A' is given twice." },
        { "inflow length", WorkloadProblemKind.InflowLength, "a", 1, "The inflow for 'a' covers 1 months; the others cover 2." },
        { "inflow values", WorkloadProblemKind.InflowValues, "a", 0, "The inflow for 'a' has a value that is negative or not a number." },
        { "upper length", WorkloadProblemKind.UpperLength, "a", 0, "The upper 80% inflow for 'a' covers 1 months; the mean covers 2." },
        { "upper values", WorkloadProblemKind.UpperValues, "a", 0, "The upper 80% inflow for 'a' has a value that is negative or not a number." },
        { "no inflow", WorkloadProblemKind.NoInflowForType, "b", 1, "There is no inflow for 'b' (give zeros if no new cases are expected)." },
        { "no months", WorkloadProblemKind.NoMonths, null, null, "The inflow must cover at least one month." },
        { "hours too few", WorkloadProblemKind.OfficerHoursTooFew, null, null, "Officer hours are given for 1 months; the inflow covers 2." },
        { "hours values", WorkloadProblemKind.OfficerHoursValues, null, null, "Officer hours must be zero or more in every month." },
        { "per fte", WorkloadProblemKind.HoursPerFte, null, null, "Hours per full-time officer must be a positive number; it is 0." },
    };

    [Theory]
    [MemberData(nameof(Problems))]
    public void Each_problem_has_its_kind_its_place_and_its_English_message(string input, WorkloadProblemKind kind, string? type, int? index, string message)
    {
        using var culture = new CultureScope("en-GB");
        var found = Invalid(input).Validate().Where(p => p.Kind == kind).ToList();
        var problem = found.ShouldHaveSingleItem();
        problem.Type.ShouldBe(type);
        problem.Index.ShouldBe(index);
        problem.Message.ShouldBe(message);
        problem.ToString().ShouldBe(message);
    }

    [Fact]
    public void A_problem_carries_its_figures_for_translation()
    {
        var problem = Invalid("ages count").Validate().Single(p => p.Kind == WorkloadProblemKind.BacklogAgesCount);
        problem.Value.ShouldBe(1);
        problem.Expected.ShouldBe(2);
        Invalid("deadline").Validate().Single(p => p.Kind == WorkloadProblemKind.DeadlineDays).Value.ShouldBe(-5);
    }

    /// <summary>An input with one kind of problem (and, for some, the one it follows from), named by the theory above.</summary>
    private static WorkloadInput Invalid(string problem)
    {
        static ApplicationType Type(string name, double hours = 1, int deadline = 60, OpeningBacklog? backlog = null) => new(name, hours, deadline, backlog ?? OpeningBacklog.None);
        static TypeInflow Flow(string type, params double[] mean) => new(type, mean);
        var month = new[] { 10.0, 10.0 };
        return problem switch
        {
            "no types" => new(January2025, [], [Flow("a", 1, 1)], month),
            "unnamed" => new(January2025, [Type("a"), Type(" ")], [Flow("a", 1, 1)], month),
            "twice" => new(January2025, [Type("a"), Type("A")], [Flow("a", 1, 1)], month),
            "hours" => new(January2025, [Type("a", hours: 0)], [Flow("a", 1, 1)], month),
            "deadline" => new(January2025, [Type("a", deadline: -5)], [Flow("a", 1, 1)], month),
            "backlog" => new(January2025, [Type("a", backlog: new OpeningBacklog(-3))], [Flow("a", 1, 1)], month),
            "ages and average" => new(January2025, [Type("a", backlog: new OpeningBacklog(1, AgesDays: [3], AverageAgeDays: 3))], [Flow("a", 1, 1)], month),
            "ages count" => new(January2025, [Type("a", backlog: new OpeningBacklog(2, AgesDays: [3]))], [Flow("a", 1, 1)], month),
            "ages" => new(January2025, [Type("a", backlog: new OpeningBacklog(1, AgesDays: [-3]))], [Flow("a", 1, 1)], month),
            "average age" => new(January2025, [Type("a", backlog: new OpeningBacklog(1, AverageAgeDays: -1))], [Flow("a", 1, 1)], month),
            "unknown inflow" => new(January2025, [Type("a")], [Flow("a", 1, 1), Flow("x", 1, 1)], month),
            "inflow twice" => new(January2025, [Type("a")], [Flow("a", 1, 1), Flow("A", 1, 1)], month),
            "inflow length" => new(January2025, [Type("a"), Type("b")], [Flow("b", 1, 1), Flow("a", 1)], month),
            "inflow values" => new(January2025, [Type("a")], [Flow("a", 1, double.NaN)], month),
            "upper length" => new(January2025, [Type("a")], [new TypeInflow("a", [1, 1], Upper80: [1])], month),
            "upper values" => new(January2025, [Type("a")], [new TypeInflow("a", [1, 1], Upper80: [1, -1])], month),
            "no inflow" => new(January2025, [Type("a"), Type("b")], [Flow("a", 1, 1)], month),
            "no months" => new(January2025, [Type("a")], [Flow("a")], month),
            "hours too few" => new(January2025, [Type("a")], [Flow("a", 1, 1)], [10]),
            "hours values" => new(January2025, [Type("a")], [Flow("a", 1, 1)], [10, double.PositiveInfinity]),
            "per fte" => new(January2025, [Type("a")], [Flow("a", 1, 1)], month, HoursPerFte: 0),
            _ => throw new ArgumentOutOfRangeException(nameof(problem), problem, null),
        };
    }

    [Fact]
    public void The_plain_tables_have_a_line_per_month_and_per_type()
    {
        var plan = WorkloadPlanner.Plan(OneType(100, 100, 5));
        var lines = WorkloadTable.Format(plan.Expected).Split('\n', StringSplitOptions.RemoveEmptyEntries);
        lines.Length.ShouldBe(6);
        lines[4].ShouldStartWith("2025-04");
        lines[4].Split(' ', StringSplitOptions.RemoveEmptyEntries)[^2..].ShouldBe(["3", "61"]);
        WorkloadTable.FormatByType(plan.Expected).Split('\n', StringSplitOptions.RemoveEmptyEntries)[1]
            .ShouldStartWith("2025-01  permanent residence");
    }
}
