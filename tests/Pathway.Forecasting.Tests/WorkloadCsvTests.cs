using Pathway.Forecasting.Staffing;
using Pathway.Forecasting.Workload;

namespace Pathway.Forecasting.Tests;

public class WorkloadCsvTests
{
    private const string Types = """
        application_type,handling_hours,deadline_days,backlog,backlog_average_age_days
        temporary residence - work,6.5,60,1200,35
        permanent residence,9,90,800,
        """;

    private const string Forecast = """
        series_id,period,mean,lo80,hi80,lo95,hi95
        temporary residence - work,2025-01,410,350,470,320,500
        temporary residence - work,2025-02,420,355,485,325,515
        permanent residence,2025-01,150,120,180,105,195
        permanent residence,2025-02,155,124,186,108,202
        """;

    private const string Staff = "period,officer_hours\n2024-12,9000\n2025-01,4200\n2025-02,4300\n";

    [Fact]
    public void Reads_the_three_uploads_and_puts_them_together()
    {
        var types = WorkloadCsv.ReadTypes(new StringReader(Types));
        var inflow = WorkloadCsv.ReadInflow(new StringReader(Forecast));
        var staff = WorkloadCsv.ReadStaff(new StringReader(Staff));
        types.Errors.ShouldBeEmpty();
        inflow.Errors.ShouldBeEmpty();
        staff.Errors.ShouldBeEmpty();
        types.Rows[0].Backlog.AverageAgeDays.ShouldBe(35);
        types.Rows[1].Backlog.AverageAgeDays.ShouldBeNull();
        inflow.Rows[0].Upper80.ShouldBe(470);

        var combined = WorkloadUploads.Combine(types.Rows, inflow.Rows, staff.Rows);
        combined.Problems.ShouldBeEmpty();
        var input = combined.Input!;
        input.StartMonth.ShouldBe(new DateOnly(2025, 1, 1));
        input.Months.ShouldBe(2);
        input.OfficerHours.ShouldBe([4200, 4300]);
        input.Inflow[1].Upper80.ShouldBe([180, 186]);
        WorkloadPlanner.Plan(input).Upper80.ShouldNotBeNull();
    }

    [Fact]
    public void Reads_the_long_format_without_an_upper_scenario()
    {
        var inflow = WorkloadCsv.ReadInflow(new StringReader("series_id,period,value\npermanent residence,2025-01,150\npermanent residence,2025-02-01,155\n"));
        inflow.Errors.ShouldBeEmpty();
        inflow.Rows.Select(r => r.Month).ShouldBe([new DateOnly(2025, 1, 1), new DateOnly(2025, 2, 1)]);
        inflow.Rows.ShouldAllBe(r => r.Upper80 == null);
    }

    [Fact]
    public void Inflow_errors_name_their_line_and_nothing_is_returned()
    {
        var reading = WorkloadCsv.ReadInflow(new StringReader("""
            series_id,period,value
            permanent residence,2025-01,150
            permanent residence,2025-01,151
            permanent residence,January,3
            permanent residence,2025-03,-4
            ,2025-04,5
            permanent residence,2025-05,lots
            """));
        reading.Rows.ShouldBeEmpty();
        reading.Errors.Select(e => (e.Line, e.Kind)).ShouldBe(
        [
            (3, UploadErrorKind.DuplicatePeriod),
            (4, UploadErrorKind.InvalidPeriod),
            (5, UploadErrorKind.NegativeNumber),
            (6, UploadErrorKind.MissingValue),
            (7, UploadErrorKind.InvalidNumber),
        ]);
    }

    [Fact]
    public void Types_errors_name_their_line()
    {
        var reading = WorkloadCsv.ReadTypes(new StringReader("""
            application_type,handling_hours,deadline_days,backlog
            a,6,60,10
            A,6,60,10
            b,0,60,10
            c,6,60.5,10
            d,6,60,-1
            e,6,60
            """));
        reading.Errors.Select(e => (e.Line, e.Kind)).ShouldBe(
        [
            (3, UploadErrorKind.DuplicateType),
            (4, UploadErrorKind.InvalidNumber),
            (5, UploadErrorKind.InvalidNumber),
            (6, UploadErrorKind.NegativeNumber),
            (7, UploadErrorKind.MissingValue),
        ]);
        reading.Errors.Skip(1).Select(e => (e.Column, e.Value)).ShouldBe(
            [("handling_hours", "0"), ("deadline_days", "60.5"), ("backlog", "-1"), ("backlog", "")]);
        reading.Errors[1].Message.ShouldBe("The handling hours per case must be more than zero.");
    }

    [Fact]
    public void Staff_errors_name_their_line()
    {
        var reading = WorkloadCsv.ReadStaff(new StringReader("period,officer_hours\n2025-01,100\n2025-01,90\n2025-13,5\n"));
        reading.Errors.Select(e => (e.Line, e.Kind)).ShouldBe([(3, UploadErrorKind.DuplicatePeriod), (4, UploadErrorKind.InvalidPeriod)]);
    }

    [Theory]
    [InlineData("")]
    [InlineData("series_id,period,value\n")]
    [InlineData("series_id,value\na,1\n")]
    [InlineData("series,period,value\na,2025-01,1\n")]
    public void Empty_inflow_files_and_missing_columns_are_reported_on_the_header(string text)
    {
        var error = WorkloadCsv.ReadInflow(new StringReader(text)).Errors.ShouldHaveSingleItem();
        error.Line.ShouldBe(1);
        error.Kind.ShouldBeOneOf(UploadErrorKind.EmptyFile, UploadErrorKind.MissingColumn);
    }

    [Fact]
    public void Uploads_that_do_not_fit_together_say_why()
    {
        var types = WorkloadCsv.ReadTypes(new StringReader(Types)).Rows;
        var inflow = WorkloadCsv.ReadInflow(new StringReader("""
            series_id,period,value
            temporary residence - work,2025-01,1
            temporary residence - work,2025-03,1
            permanent residence,2025-01,1
            permanent residence,2025-02,1
            permanent residence,2025-03,1
            family reunification,2025-01,1
            """)).Rows;
        var staff = WorkloadCsv.ReadStaff(new StringReader("period,officer_hours\n2025-01,10\n")).Rows;
        var combined = WorkloadUploads.Combine(types, inflow, staff);
        combined.Succeeded.ShouldBeFalse();
        combined.Problems.Select(p => p.Message).ShouldBe(
        [
            "The inflow names 'family reunification', which is not in the application types table.",
            "'temporary residence - work' has no inflow for 2025-02.",
            "Officer hours are missing for 2025-02, 2025-03.",
        ]);
        combined.Problems.Select(p => p.Kind).ShouldBe(
            [WorkloadProblemKind.InflowNamesUnknownType, WorkloadProblemKind.InflowMonthsMissing, WorkloadProblemKind.OfficerHoursMonthsMissing]);
        combined.Problems[1].Type.ShouldBe("temporary residence - work");
        combined.Problems[1].Months.ShouldBe([new DateOnly(2025, 2, 1)]);
        combined.Problems[2].Months.ShouldBe([new DateOnly(2025, 2, 1), new DateOnly(2025, 3, 1)]);
    }

    [Fact]
    public void Rows_built_by_hand_that_repeat_a_month_are_refused_with_the_month()
    {
        var types = WorkloadCsv.ReadTypes(new StringReader(Types)).Rows;
        var january = new DateOnly(2025, 1, 1);
        var inflow = new[]
        {
            new InflowRow("permanent residence", january, 1, null),
            new InflowRow("Permanent Residence", january, 2, null),
            new InflowRow("temporary residence - work", january, 1, null),
        };
        var combined = WorkloadUploads.Combine(types, inflow, [new MonthlyOfficerHours(january, 10), new MonthlyOfficerHours(january, 20)]);
        combined.Problems.Select(p => p.Kind).ShouldBe([WorkloadProblemKind.InflowMonthGivenTwice, WorkloadProblemKind.OfficerHoursMonthGivenTwice]);
        combined.Problems[0].Type.ShouldBe("permanent residence");
        combined.Problems.ShouldAllBe(p => p.Months.Single() == january);
        combined.Problems.Select(p => p.Message).ShouldBe(
            ["The inflow for 'permanent residence' in 2025-01 is given twice.", "Officer hours for 2025-01 are given twice."]);
    }

    [Fact]
    public void No_inflow_at_all_is_refused()
    {
        var combined = WorkloadUploads.Combine([], [], []);
        combined.Problems.ShouldHaveSingleItem().Kind.ShouldBe(WorkloadProblemKind.NoInflowRows);
        combined.Problems[0].Message.ShouldBe("The inflow has no rows.");
    }

    [Fact]
    public void Many_missing_months_are_named_up_to_six_and_counted_after()
    {
        using var culture = new CultureScope("en-GB");
        var types = WorkloadCsv.ReadTypes(new StringReader(Types)).Rows;
        var inflow = types.SelectMany(t => new[] { new InflowRow(t.Name, new DateOnly(2025, 1, 1), 1, null), new InflowRow(t.Name, new DateOnly(2025, 12, 1), 1, null) }).ToList();
        var problem = WorkloadUploads.Combine(types, inflow, []).Problems.Single(p => p.Kind == WorkloadProblemKind.OfficerHoursMonthsMissing);
        problem.Months.Count.ShouldBe(12);
        problem.Message.ShouldBe("Officer hours are missing for 2025-01, 2025-02, 2025-03, 2025-04, 2025-05, 2025-06 and 6 more months.");
    }
}
