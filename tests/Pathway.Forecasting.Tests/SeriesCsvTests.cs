using Pathway.Forecasting.Input;

namespace Pathway.Forecasting.Tests;

public class SeriesCsvTests
{
    private static SeriesFile Read(string text) => SeriesCsv.Read(new StringReader(text));

    [Fact]
    public void Reads_monthly_series_in_any_row_order()
    {
        var file = Read("series_id,period,value\nb,2024-02,5\na,2024-01,1\na,2024-03,3\na,2024-02,2\nb,2024-01,4\n");
        file.IsValid.ShouldBeTrue();
        file.Series.Select(s => s.Id).ShouldBe(["b", "a"]);
        var a = file.Series[1];
        a.Frequency.ShouldBe(Frequency.Monthly);
        a.Start.ShouldBe(new DateOnly(2024, 1, 1));
        a.Values.ShouldBe([1.0, 2.0, 3.0]);
    }

    [Fact]
    public void Dates_seven_days_apart_are_weekly_and_others_daily()
    {
        var weekly = Read("series_id,period,value\nw,2024-01-01,1\nw,2024-01-08,2\nw,2024-01-22,3\n");
        weekly.Series[0].Frequency.ShouldBe(Frequency.Weekly);
        weekly.Series[0].Values.Length.ShouldBe(4);
        double.IsNaN(weekly.Series[0].Values[2]).ShouldBeTrue();
        Read("series_id,period,value\nd,2024-01-01,1\nd,2024-01-02,2\nd,2024-01-03,3\n").Series[0].Frequency.ShouldBe(Frequency.Daily);
    }

    [Fact]
    public void Empty_values_and_NA_are_missing_observations_not_errors()
    {
        var file = Read("series_id,period,value\na,2024-01,1\na,2024-02,\na,2024-03,NA\na,2024-04,4\n");
        file.IsValid.ShouldBeTrue();
        file.Series[0].MissingCount.ShouldBe(2);
    }

    [Fact]
    public void Every_bad_line_is_reported_with_its_number_and_nothing_is_returned()
    {
        var file = Read("series_id,period,value\na,2024-01,1\na,2024-02,twelve\na,2024-13,3\na,2024-01,9\n,2024-05,1\na,2024-06\n");
        file.IsValid.ShouldBeFalse();
        file.Series.ShouldBeEmpty();
        var errors = file.Errors.ToDictionary(e => e.Line, e => e.Kind);
        errors[3].ShouldBe(SeriesIssueKind.NonNumericValue);
        errors[4].ShouldBe(SeriesIssueKind.UnparsableDate);
        errors[5].ShouldBe(SeriesIssueKind.DuplicatePeriod);
        errors[6].ShouldBe(SeriesIssueKind.MissingSeriesId);
        errors[7].ShouldBe(SeriesIssueKind.WrongFieldCount);
        file.Errors.Single(e => e.Line == 5).Message.ShouldContain("line 2");
    }

    [Fact]
    public void A_gap_is_a_warning_on_the_line_after_it()
    {
        var file = Read("series_id,period,value\na,2024-01,1\na,2024-02,2\na,2024-05,5\n");
        file.IsValid.ShouldBeTrue();
        var gap = file.Warnings.ShouldHaveSingleItem();
        gap.Kind.ShouldBe(SeriesIssueKind.Gap);
        gap.Line.ShouldBe(4);
        gap.Message.ShouldContain("2 period(s) missing");
        file.Series[0].Values.Length.ShouldBe(5);
    }

    [Fact]
    public void Mixing_months_and_days_in_one_series_is_an_error()
    {
        var file = Read("series_id,period,value\na,2024-01,1\na,2024-02-01,2\n");
        file.Errors.ShouldHaveSingleItem().Kind.ShouldBe(SeriesIssueKind.MixedFrequency);
    }

    [Theory]
    [InlineData("")]
    [InlineData("id,date,count\na,2024-01,1\n")]
    public void A_file_without_the_three_columns_is_refused(string text)
    {
        var file = Read(text);
        file.IsValid.ShouldBeFalse();
        file.Errors.Single().Kind.ShouldBeOneOf(SeriesIssueKind.EmptyFile, SeriesIssueKind.MissingColumns);
    }

    [Fact]
    public void Writing_and_reading_back_keeps_the_series()
    {
        var series = new TimeSeries("x, \"quoted\"", Frequency.Monthly, new DateOnly(2020, 11, 1), [1.5, double.NaN, 3]);
        var writer = new StringWriter();
        SeriesCsv.Write(writer, [series]);
        var back = Read(writer.ToString()).Series.ShouldHaveSingleItem();
        back.Id.ShouldBe(series.Id);
        back.Start.ShouldBe(series.Start);
        back.Values[0].ShouldBe(1.5);
        double.IsNaN(back.Values[1]).ShouldBeTrue();
    }

    [Fact]
    public void Semicolon_files_from_spreadsheets_may_use_a_decimal_comma()
    {
        var file = Read("series_id;period;value\nwork;2024-01;12,5\nwork;2024-02;13\n");
        file.IsValid.ShouldBeTrue();
        file.Series[0].Values.ShouldBe([12.5, 13.0]);
    }
}
