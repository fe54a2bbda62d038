using System.Globalization;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Localization;
using Pathway.Analytics.Localization;
using Pathway.Analytics.Series;
using Pathway.Forecasting.Staffing;
using Pathway.Platform.Localization;

using Pathway.Platform.Uploads;

namespace Pathway.Analytics.Planning;

/// <summary>
/// The staffing page's form (fields named Input.*, the upload CallsFile), as the page binds it and
/// as its download button posts it to the export endpoint.
/// </summary>
internal sealed class StaffingForm
{
    public const string ForecastSource = "forecast";
    public const string FileSource = "file";
    public const string CallsFileField = "CallsFile";

    public string? CallsSource { get; set; } = ForecastSource;
    public string? CallsData { get; set; }
    public string? ServiceLevel { get; set; } = "80";
    public string? AnswerWithin { get; set; } = "20";
    public string? HandleTime { get; set; } = "180";
    public string? Patience { get; set; }
    public string? MaxOccupancy { get; set; }
    public string? Shrinkage { get; set; } = "30";

    /// <summary>The form as posted; a field left out keeps its default, as the page's binding does.</summary>
    public static StaffingForm Read(IFormCollection form)
    {
        var input = new StaffingForm();
        input.CallsSource = Field(form, nameof(CallsSource), input.CallsSource);
        input.CallsData = Field(form, nameof(CallsData), input.CallsData);
        input.ServiceLevel = Field(form, nameof(ServiceLevel), input.ServiceLevel);
        input.AnswerWithin = Field(form, nameof(AnswerWithin), input.AnswerWithin);
        input.HandleTime = Field(form, nameof(HandleTime), input.HandleTime);
        input.Patience = Field(form, nameof(Patience), input.Patience);
        input.MaxOccupancy = Field(form, nameof(MaxOccupancy), input.MaxOccupancy);
        input.Shrinkage = Field(form, nameof(Shrinkage), input.Shrinkage);
        return input;
    }

    private static string? Field(IFormCollection form, string name, string? fallback) =>
        form.TryGetValue("Input." + name, out var value) ? value.ToString() : fallback;
}

/// <summary>
/// The staffing plan made from the page's form: the rows and the target, or the problems; <see cref="Week"/> is null for uploaded calls.
/// <see cref="FileOverSwitch"/> says a chosen file was used although the switch was left on the forecast.
/// </summary>
internal sealed record StaffingFormOutcome(IReadOnlyList<StaffingRow>? Rows, StaffingTarget? Target, HelplineWeek? Week, IReadOnlyList<FormProblem> Problems, bool FileOverSwitch = false);

/// <summary>Reads the staffing page's form and plans the operators, for the page and for its CSV download alike.</summary>
internal static class StaffingFormPlanner
{
    public static async Task<StaffingFormOutcome> PlanAsync(
        StaffingForm input, IFormFile? callsFile, ISeriesStore store, LimitedUpload uploads, IStringLocalizer<AnalyticsText> T, CancellationToken cancellationToken = default)
    {
        var problems = new List<FormProblem>();
        // Choosing a file is the clearer act than leaving a switch as it was: the file wins.
        var fileOverSwitch = callsFile is { Length: > 0 } && input.CallsSource != StaffingForm.FileSource;
        if (fileOverSwitch)
        {
            input.CallsSource = StaffingForm.FileSource;
        }

        var target = Target(input, problems, T);
        var (calls, week) = await CallsAsync(input, callsFile, store, uploads, problems, T, cancellationToken);
        if (target is null || calls is null)
        {
            return new StaffingFormOutcome(null, null, week, problems, fileOverSwitch);
        }

        foreach (var hour in calls.Where(h => ErlangC.OfferedLoad(h.Calls, target.AverageHandleSeconds) > StaffingPlanner.MaxOfferedLoad))
        {
            problems.Add(new("Input", T["{0}: {1}", StaffingLabels.Hour(hour.Weekday, hour.Hour),
                T["{0} calls an hour is more than {1} operators could take: are these calls per hour?", StaffingLabels.Whole(hour.Calls), StaffingLabels.Whole(StaffingPlanner.MaxOfferedLoad)]]));
        }

        if (problems.Count == 0)
        {
            // What the engine still refuses is shown as it words it rather than failing the page.
            problems.AddRange(target.Validate().Concat(StaffingPlanner.LoadProblems(calls, target)).Select(p => new FormProblem("Input", p)));
        }

        return problems.Count > 0
            ? new StaffingFormOutcome(null, null, week, problems, fileOverSwitch)
            : new StaffingFormOutcome(StaffingPlanner.Plan(calls, target), target, week, problems, fileOverSwitch);
    }

    private static StaffingTarget? Target(StaffingForm input, List<FormProblem> problems, IStringLocalizer<AnalyticsText> T)
    {
        var count = problems.Count;
        var level = PlanningNumber.Parse(input.ServiceLevel);
        if (level is not (> 0 and < 100))
        {
            problems.Add(new("Input.ServiceLevel", T["{0}: {1}", T["Calls answered in time (%)"], T["Enter a number greater than zero and below {0}.", 100]], "service-level"));
        }

        var within = PlanningNumber.Parse(input.AnswerWithin);
        if (within is not > 0)
        {
            problems.Add(new("Input.AnswerWithin", T["{0}: {1}", T["Answered within (seconds)"], T["Enter a number greater than zero."]], "answer-within"));
        }

        var handle = PlanningNumber.Parse(input.HandleTime);
        if (handle is not > 0)
        {
            problems.Add(new("Input.HandleTime", T["{0}: {1}", T["Average handle time (seconds)"], T["Enter a number greater than zero."]], "handle-time"));
        }

        var patience = Optional(input.Patience);
        if (patience is { } p && p is not (> 0 and <= StaffingTarget.MaxPatienceSeconds) || patience is null && !string.IsNullOrWhiteSpace(input.Patience))
        {
            problems.Add(new("Input.Patience", T["{0}: {1}", T["Callers' mean patience in seconds (optional)"],
                T["Enter a number greater than zero and at most {0}.", StaffingLabels.Whole(StaffingTarget.MaxPatienceSeconds)]], "patience"));
        }

        var occupancy = Optional(input.MaxOccupancy);
        if (occupancy is { } o && o is not (> 0 and <= 100) || occupancy is null && !string.IsNullOrWhiteSpace(input.MaxOccupancy))
        {
            problems.Add(new("Input.MaxOccupancy", T["{0}: {1}", T["Highest occupancy (%, optional)"], T["Enter a number greater than zero and at most {0}.", 100]], "max-occupancy"));
        }

        var shrinkage = string.IsNullOrWhiteSpace(input.Shrinkage) ? 0 : PlanningNumber.Parse(input.Shrinkage);
        if (shrinkage is not (>= 0 and <= StaffingTarget.MaxShrinkage * 100))
        {
            problems.Add(new("Input.Shrinkage", T["{0}: {1}", T["Shrinkage (%)"], T["Enter a number from {0} to {1}.", 0, StaffingTarget.MaxShrinkage * 100]], "shrinkage"));
        }

        return problems.Count > count
            ? null
            : new StaffingTarget(level!.Value / 100, within!.Value, handle!.Value, patience, occupancy / 100, shrinkage!.Value / 100);
    }

    private static async Task<(IReadOnlyList<HourlyCalls>? Calls, HelplineWeek? Week)> CallsAsync(
        StaffingForm input, IFormFile? callsFile, ISeriesStore store, LimitedUpload uploads, List<FormProblem> problems, IStringLocalizer<AnalyticsText> T, CancellationToken cancellationToken)
    {
        if (input.CallsSource == StaffingForm.FileSource)
        {
            var (text, error) = await UploadedText.ReadAsync(uploads, callsFile, input.CallsData, T);
            if (error is not null)
            {
                problems.Add(new(StaffingForm.CallsFileField, error, "calls-file"));
                return (null, null);
            }

            var reading = CallVolumeCsv.Read(new StringReader(text!));
            if (!reading.Succeeded)
            {
                // A file with errors is neither planned nor kept: every error is listed with its line.
                input.CallsData = null;
                var header = T["{0} or {1}", "weekday,hour,calls", "timestamp,calls"].Value;
                problems.AddRange(reading.Errors.Select(e => new FormProblem(StaffingForm.CallsFileField, T["Line {0}: {1}", e.Line, UploadErrorText.Describe(e, header, T)], "calls-file")));
                return (null, null);
            }

            // Kept as the hours of the week it comes to, which is all a later post needs.
            input.CallsData = WeekCsv(reading.Rows);
            return (reading.Rows, null);
        }

        var week = await HelplineForecast.ForecastAsync(store, cancellationToken);
        if (week is null)
        {
            problems.Add(new("Input.CallsSource", T["The office keeps no series {0}: upload a file instead.", HelplineForecast.SeriesKey]));
            return (null, null);
        }

        return (week.Calls, week);
    }

    private static string WeekCsv(IEnumerable<HourlyCalls> calls) =>
        "weekday,hour,calls\n" + string.Concat(calls.Select(c => string.Create(CultureInfo.InvariantCulture, $"{HourOfWeek.ShortName(c.Weekday)},{c.Hour},{c.Calls:R}\n")));

    private static double? Optional(string? text) => string.IsNullOrWhiteSpace(text) ? null : PlanningNumber.Parse(text);
}

/// <summary>Hours and counts as the staffing page writes them.</summary>
internal static class StaffingLabels
{
    /// <summary>The weekday abbreviated in the reader's language and the hour, e.g. Mon 10:00.</summary>
    public static string Hour(DayOfWeek weekday, int hour) =>
        $"{CultureInfo.CurrentCulture.DateTimeFormat.GetAbbreviatedDayName(weekday)} {Clock(hour)}";

    public static string Clock(int hour) => string.Create(CultureInfo.InvariantCulture, $"{hour:00}:00");

    public static string Whole(double value) => value.ToString("N0", CultureInfo.CurrentCulture);
}
