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

        // What an hour's calls may be is the engine's rule (it needs the target's handle time).
        problems.AddRange(StaffingPlanner.LoadProblems(calls, target).Select(p => new FormProblem("Input", StaffingProblemText.WithHour(p, T))));
        return problems.Count > 0
            ? new StaffingFormOutcome(null, null, week, problems, fileOverSwitch)
            : new StaffingFormOutcome(StaffingPlanner.Plan(calls, target), target, week, problems, fileOverSwitch);
    }

    /// <summary>
    /// The target, or null after listing its problems. The form asks for percentages and seconds;
    /// what the figures must be is the engine's rule (<see cref="StaffingTarget.Validate"/>), worded
    /// here in the form's units. A figure the form cannot read goes to the engine as NaN, which it refuses.
    /// </summary>
    private static StaffingTarget? Target(StaffingForm input, List<FormProblem> problems, IStringLocalizer<AnalyticsText> T)
    {
        var target = new StaffingTarget(
            Figure(input.ServiceLevel) / 100,
            Figure(input.AnswerWithin),
            Figure(input.HandleTime),
            Optional(input.Patience),
            Optional(input.MaxOccupancy) / 100,
            string.IsNullOrWhiteSpace(input.Shrinkage) ? 0 : Figure(input.Shrinkage) / 100);
        var refused = target.Validate();
        foreach (var problem in refused)
        {
            var (field, id, label, message) = problem.Kind switch
            {
                StaffingProblemKind.ServiceLevel => ("ServiceLevel", "service-level", T["Calls answered in time (%)"], T["Enter a number greater than zero and below {0}.", 100]),
                StaffingProblemKind.AnswerTime => ("AnswerWithin", "answer-within", T["Answered within (seconds)"], T["Enter a number greater than zero."]),
                StaffingProblemKind.HandleTime => ("HandleTime", "handle-time", T["Average handle time (seconds)"], T["Enter a number greater than zero."]),
                StaffingProblemKind.Patience => ("Patience", "patience", T["Callers' mean patience in seconds (optional)"],
                    T["Enter a number greater than zero and at most {0}.", StaffingLabels.Whole(StaffingTarget.MaxPatienceSeconds)]),
                StaffingProblemKind.Occupancy => ("MaxOccupancy", "max-occupancy", T["Highest occupancy (%, optional)"], T["Enter a number greater than zero and at most {0}.", 100]),
                StaffingProblemKind.Shrinkage => ("Shrinkage", "shrinkage", T["Shrinkage (%)"], T["Enter a number from {0} to {1}.", 0, StaffingTarget.MaxShrinkage * 100]),
                StaffingProblemKind.NotAnHour or StaffingProblemKind.InvalidCalls or StaffingProblemKind.TooManyCalls =>
                    throw new InvalidOperationException("The target's problems are on no hour."),
            };
            problems.Add(new($"Input.{field}", T["{0}: {1}", label, message], id));
        }

        return refused.Count > 0 ? null : target;
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

    private static double Figure(string? text) => PlanningNumber.Parse(text) ?? double.NaN;

    private static double? Optional(string? text) => string.IsNullOrWhiteSpace(text) ? null : Figure(text);
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
