using Pathway.Forecasting.Staffing;

namespace Pathway.Forecasting.Tests;

public class CallVolumeCsvTests
{
    private static UploadReading<HourlyCalls> Read(string text) => CallVolumeCsv.Read(new StringReader(text));

    [Fact]
    public void Reads_weekday_hour_calls_in_week_order()
    {
        var reading = Read("weekday,hour,calls\nTue,9,40\nMon,08:00,12.5\n7,23,3\n1,9,20\n");
        reading.Succeeded.ShouldBeTrue();
        reading.Rows.Select(r => r.Label).ShouldBe(["Mon 08:00", "Mon 09:00", "Tue 09:00", "Sun 23:00"]);
        reading.Rows[0].Calls.ShouldBe(12.5);
    }

    [Fact]
    public void Reads_semicolon_files_with_decimal_commas()
    {
        var reading = Read("\uFEFFWeekday;Hour;Calls\r\nmonday;8;12,5\r\n");
        reading.Succeeded.ShouldBeTrue();
        reading.Rows.Single().Calls.ShouldBe(12.5);
    }

    [Fact]
    public void Timestamps_are_averaged_per_hour_of_the_week_over_the_span()
    {
        // Two Mondays a week apart at 09:00 (10 and 30 calls): 20 on average. Quarter hours add up.
        // The span runs from Monday 3rd 09:00 to Monday 10th 09:00: Monday 10:00 occurs in it once (6),
        // Tuesday 09:00 once with no row (0).
        var reading = Read("""
            timestamp,calls
            2025-03-03T09:00,10
            2025-03-03 10:00,6
            2025-03-10T09:00,20
            2025-03-10T09:15,10
            """);
        reading.Errors.ShouldBeEmpty();
        var monday9 = reading.Rows.Single(r => r.Weekday == DayOfWeek.Monday && r.Hour == 9);
        monday9.Calls.ShouldBe(20);
        reading.Rows.Single(r => r.Weekday == DayOfWeek.Monday && r.Hour == 10).Calls.ShouldBe(6);
        reading.Rows.Single(r => r.Weekday == DayOfWeek.Tuesday && r.Hour == 9).Calls.ShouldBe(0);
        reading.Rows.Count.ShouldBe(168); // the span covers every hour of the week at least once
    }

    [Fact]
    public void Errors_name_their_line_and_nothing_is_returned()
    {
        var reading = Read("""
            weekday,hour,calls
            Mon,8,10
            Mon,8,11
            Xyz,9,5
            Tue,24,5
            Wed,9,many
            Thu,9,-2
            Fri,9
            """);
        reading.Succeeded.ShouldBeFalse();
        reading.Rows.ShouldBeEmpty();
        reading.Errors.Select(e => (e.Line, e.Kind)).ShouldBe(
        [
            (3, UploadErrorKind.DuplicateHour),
            (4, UploadErrorKind.InvalidWeekday),
            (5, UploadErrorKind.InvalidHour),
            (6, UploadErrorKind.InvalidNumber),
            (7, UploadErrorKind.NegativeNumber),
            (8, UploadErrorKind.MissingValue),
        ]);
        reading.Errors[0].Message.ShouldContain("line 2");
        reading.Errors[0].ToString().ShouldStartWith("line 3:");
        // A problem in a cell names the column as the header does and the text found; one of the whole line names neither.
        reading.Errors.Select(e => (e.Column, e.Value)).ShouldBe(
            [(null, null), ("weekday", "Xyz"), ("hour", "24"), ("calls", "many"), ("calls", "-2"), ("calls", "")]);
    }

    [Fact]
    public void Timestamp_errors_name_their_line()
    {
        var reading = Read("timestamp,calls\n2025-03-03T09:00,1\n03/03/2025 10:00,2\n2025-03-03T09:00,3\n");
        reading.Errors.Select(e => (e.Line, e.Kind)).ShouldBe(
            [(3, UploadErrorKind.InvalidTimestamp), (4, UploadErrorKind.DuplicateTimestamp)]);
    }

    [Theory]
    [InlineData("", UploadErrorKind.EmptyFile, 1)]
    [InlineData("\n\n", UploadErrorKind.EmptyFile, 1)]
    [InlineData("weekday,hour,calls\n", UploadErrorKind.EmptyFile, 1)]
    [InlineData("weekday,calls\nMon,3\n", UploadErrorKind.MissingColumn, 1)]
    [InlineData("day,hour,volume\nMon,3,4\n", UploadErrorKind.MissingColumn, 1)]
    [InlineData("\nweekday,hour\nMon,3\n", UploadErrorKind.MissingColumn, 2)]
    public void Empty_files_and_missing_columns(string text, UploadErrorKind kind, int line)
    {
        var error = Read(text).Errors.ShouldHaveSingleItem();
        error.Kind.ShouldBe(kind);
        error.Line.ShouldBe(line);
    }

    [Fact]
    public void A_file_of_nonsense_stops_after_a_hundred_errors()
    {
        var text = "weekday,hour,calls\n" + string.Concat(Enumerable.Repeat("x,y,z\n", 500));
        var errors = Read(text).Errors;
        errors.Count.ShouldBe(UploadReading<HourlyCalls>.MaxErrors + 1);
        errors[^1].Kind.ShouldBe(UploadErrorKind.TooManyErrors);
    }
}
