using System.Globalization;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Localization;
using Pathway.Analytics.Localization;
using Pathway.Analytics.Series;
using Pathway.Forecasting.Staffing;
using Pathway.Forecasting.Workload;
using Pathway.Platform.Localization;

using Pathway.Platform.Uploads;

namespace Pathway.Analytics.Planning;

/// <summary>
/// The workload page's form (fields named Input.*, the uploads InflowFile, TypesFile and
/// HoursFile), as the page binds it and as its download button posts it to the export endpoint.
/// </summary>
internal sealed class WorkloadForm
{
    public const string ForecastSource = "forecast";
    public const string FileSource = "file";
    public const string TableSource = "table";
    public const string MonthlySource = "monthly";
    public const string InflowFileField = "InflowFile";
    public const string TypesFileField = "TypesFile";
    public const string HoursFileField = "HoursFile";

    /// <summary>More rows than any office has types: a post with more is cut there.</summary>
    private const int MaxTypeRows = 1000;

    public string? InflowSource { get; set; }
    public string? Months { get; set; }
    public string? InflowData { get; set; }
    public string? TypesSource { get; set; }
    public List<TypeRow> Types { get; set; } = [];
    public string? TypesData { get; set; }
    public string? HoursSource { get; set; }
    public string? OfficerHours { get; set; }
    public string? HoursData { get; set; }
    public string? HoursPerFte { get; set; }

    /// <summary>The demo office's types and hours, so a first plan is one click away.</summary>
    public static WorkloadForm Defaults() => new()
    {
        InflowSource = ForecastSource,
        Months = PlatformInflow.DefaultMonths.ToString(CultureInfo.InvariantCulture),
        TypesSource = TableSource,
        Types = DemoCaseWork.Types.Select(t => new TypeRow
        {
            Name = t.Name,
            HandlingHours = PlanningNumber.Format(t.HandlingHours),
            DeadlineDays = t.DeadlineDays.ToString(CultureInfo.InvariantCulture),
            Backlog = t.Backlog.Cases.ToString(CultureInfo.InvariantCulture),
            BacklogAge = t.Backlog.AverageAgeDays is { } age ? PlanningNumber.Format(age) : null,
        }).ToList(),
        HoursSource = MonthlySource,
        OfficerHours = PlanningNumber.Format(DemoCaseWork.OfficerHours),
        HoursPerFte = PlanningNumber.Format(WorkloadInput.DefaultHoursPerFte),
    };

    /// <summary>The form as posted, read as the page's binding reads it: a field left out is null, the table's rows run from Types[0] on.</summary>
    public static WorkloadForm Read(IFormCollection form)
    {
        string? Field(string name) => form.TryGetValue("Input." + name, out var value) ? value.ToString() : null;

        var input = new WorkloadForm
        {
            InflowSource = Field(nameof(InflowSource)),
            Months = Field(nameof(Months)),
            InflowData = Field(nameof(InflowData)),
            TypesSource = Field(nameof(TypesSource)),
            TypesData = Field(nameof(TypesData)),
            HoursSource = Field(nameof(HoursSource)),
            OfficerHours = Field(nameof(OfficerHours)),
            HoursData = Field(nameof(HoursData)),
            HoursPerFte = Field(nameof(HoursPerFte)),
        };
        for (var i = 0; form.ContainsKey(string.Create(CultureInfo.InvariantCulture, $"Input.Types[{i}].Name")) && i < MaxTypeRows; i++)
        {
            input.Types.Add(new TypeRow
            {
                Name = Field(string.Create(CultureInfo.InvariantCulture, $"Types[{i}].Name")),
                HandlingHours = Field(string.Create(CultureInfo.InvariantCulture, $"Types[{i}].HandlingHours")),
                DeadlineDays = Field(string.Create(CultureInfo.InvariantCulture, $"Types[{i}].DeadlineDays")),
                Backlog = Field(string.Create(CultureInfo.InvariantCulture, $"Types[{i}].Backlog")),
                BacklogAge = Field(string.Create(CultureInfo.InvariantCulture, $"Types[{i}].BacklogAge")),
            });
        }

        return input;
    }

    public sealed class TypeRow
    {
        public string? Name { get; set; }
        public string? HandlingHours { get; set; }
        public string? DeadlineDays { get; set; }
        public string? Backlog { get; set; }
        public string? BacklogAge { get; set; }
    }
}

/// <summary>The workload page's uploads (any may be missing: the page keeps an earlier file's text in the form).</summary>
internal sealed record WorkloadFormFiles(IFormFile? Inflow, IFormFile? Types, IFormFile? Hours)
{
    public static WorkloadFormFiles Read(IFormCollection form) => new(
        form.Files.GetFile(WorkloadForm.InflowFileField), form.Files.GetFile(WorkloadForm.TypesFileField), form.Files.GetFile(WorkloadForm.HoursFileField));
}

/// <summary>The plan made from the workload page's form, with the input it was made from and where the inflow came from; or the problems.</summary>
internal sealed record WorkloadFormOutcome(WorkloadInput? Input, WorkloadPlan? Plan, string Source, IReadOnlyList<FormProblem> Problems);

/// <summary>Reads the workload page's form and plans, for the page and for its CSV download alike.</summary>
internal static class WorkloadFormPlanner
{
    public const string InflowHeader = "series_id,period,value";
    public const string TypesHeader = "application_type,handling_hours,deadline_days,backlog";
    public const string HoursHeader = "period,officer_hours";

    /// <summary>Plans from the form; the texts of the files read without errors are kept in <paramref name="input"/> for the next post.</summary>
    public static async Task<WorkloadFormOutcome> PlanAsync(
        WorkloadForm input, WorkloadFormFiles files, ISeriesStore store, LimitedUpload uploads, IStringLocalizer<AnalyticsText> T, CancellationToken cancellationToken = default)
    {
        var reading = new Reading(input, files, uploads, T);
        var hoursPerFte = PlanningNumber.Parse(input.HoursPerFte);
        if (hoursPerFte is not > 0)
        {
            reading.Fail("Input.HoursPerFte", "hours-per-fte", T["{0}: {1}", T["Productive hours of one full-time officer a month"], T["Enter a number greater than zero."]]);
        }

        var inflow = await reading.InflowAsync(store, cancellationToken);
        var types = await reading.TypesAsync(inflow);
        var hours = await reading.HoursAsync(inflow);
        if (reading.Problems.Count > 0 || inflow is null || types is null || hours is null)
        {
            return new WorkloadFormOutcome(null, null, reading.Source, reading.Problems);
        }

        // The engine puts the three together and says what does not fit, each problem with its type and months.
        var combined = WorkloadUploads.Combine(types, inflow, hours, hoursPerFte!.Value);
        reading.Problems.AddRange(combined.Problems.Select(p => new FormProblem("Input", WorkloadProblemText.WithPlace(p, T))));
        return combined.Input is { } planned
            ? new WorkloadFormOutcome(planned, WorkloadPlanner.Plan(planned), reading.Source, reading.Problems)
            : new WorkloadFormOutcome(null, null, reading.Source, reading.Problems);
    }

    private sealed class Reading(WorkloadForm input, WorkloadFormFiles files, LimitedUpload uploads, IStringLocalizer<AnalyticsText> T)
    {
        public List<FormProblem> Problems { get; } = [];

        public string Source { get; private set; } = "";

        public async Task<IReadOnlyList<InflowRow>?> InflowAsync(ISeriesStore store, CancellationToken cancellationToken)
        {
            if (input.InflowSource == WorkloadForm.FileSource)
            {
                var (text, error) = await UploadedText.ReadAsync(uploads, files.Inflow, input.InflowData, T);
                var reading = text is null ? null : WorkloadCsv.ReadInflow(new StringReader(text));
                input.InflowData = Keep(reading, text, WorkloadForm.InflowFileField, "inflow-file", T["Inflow file"], InflowHeader, error);
                Source = T["New cases: the uploaded inflow file."];
                return reading?.Succeeded == true ? reading.Rows : null;
            }

            var months = PlanningNumber.Whole(input.Months);
            if (months is not (>= PlatformInflow.MinMonths and <= PlatformInflow.MaxMonths))
            {
                Fail("Input.Months", "months", T["{0}: {1}", T["Months ahead"], T["Enter a number from {0} to {1}.", PlatformInflow.MinMonths, PlatformInflow.MaxMonths]]);
                return null;
            }

            var forecast = await PlatformInflow.ForecastAsync(store, months.Value, cancellationToken);
            if (forecast.Missing.Count > 0)
            {
                Problems.Add(new("Input.InflowSource", T["The office keeps no series {0}: upload a file instead.", string.Join(", ", forecast.Missing)]));
                return null;
            }

            Source = T["New cases: the platform's forecast of the office's applications by type, with the automatic model ({0}).", string.Join(", ", forecast.Models.Distinct(StringComparer.Ordinal))];
            return forecast.Rows;
        }

        public async Task<IReadOnlyList<ApplicationType>?> TypesAsync(IReadOnlyList<InflowRow>? inflow)
        {
            if (input.TypesSource == WorkloadForm.FileSource)
            {
                var (text, error) = await UploadedText.ReadAsync(uploads, files.Types, input.TypesData, T);
                var reading = text is null ? null : WorkloadCsv.ReadTypes(new StringReader(text));
                input.TypesData = Keep(reading, text, WorkloadForm.TypesFileField, "types-file", T["Application types file"], TypesHeader, error);
                return reading?.Succeeded == true ? reading.Rows : null;
            }

            var types = new List<ApplicationType>();
            for (var i = 0; i < input.Types.Count; i++)
            {
                if (TableRow(input.Types[i], i) is { } type)
                {
                    types.Add(type);
                }
            }

            // The table lists the office's types; a plan holds those the inflow names.
            var named = inflow?.Select(r => r.Type).ToHashSet(StringComparer.OrdinalIgnoreCase);
            return named is null ? types : types.Where(t => named.Contains(t.Name)).ToList();
        }

        /// <summary>
        /// A row of the types table, or null after listing its problems. What the form cannot read goes
        /// to the engine as a figure it refuses (NaN, or a whole number below its range), so that what
        /// the figures must be is the engine's rule alone (<see cref="ApplicationType.Validate"/>).
        /// </summary>
        private ApplicationType? TableRow(WorkloadForm.TypeRow row, int index)
        {
            var type = new ApplicationType(
                row.Name ?? "",
                PlanningNumber.Parse(row.HandlingHours) ?? double.NaN,
                PlanningNumber.Whole(row.DeadlineDays) ?? 0,
                new OpeningBacklog(
                    string.IsNullOrWhiteSpace(row.Backlog) ? 0 : PlanningNumber.Whole(row.Backlog) ?? -1,
                    AverageAgeDays: string.IsNullOrWhiteSpace(row.BacklogAge) ? null : PlanningNumber.Parse(row.BacklogAge) ?? double.NaN));
            var problems = type.Validate(index);
            foreach (var problem in problems)
            {
                var (field, input) = problem.Kind switch
                {
                    WorkloadProblemKind.HandlingHours => ("HandlingHours", "hours"),
                    WorkloadProblemKind.DeadlineDays => ("DeadlineDays", "deadline"),
                    WorkloadProblemKind.BacklogAverageAge => ("BacklogAge", "age"),
                    _ => ("Backlog", "backlog"),
                };
                Fail(string.Create(CultureInfo.InvariantCulture, $"Input.Types[{index}].{field}"), string.Create(CultureInfo.InvariantCulture, $"type-{index}-{input}"), WorkloadProblemText.WithPlace(problem, T));
            }

            return problems.Count == 0 ? type : null;
        }

        public async Task<IReadOnlyList<MonthlyOfficerHours>?> HoursAsync(IReadOnlyList<InflowRow>? inflow)
        {
            if (input.HoursSource == WorkloadForm.FileSource)
            {
                var (text, error) = await UploadedText.ReadAsync(uploads, files.Hours, input.HoursData, T);
                var reading = text is null ? null : WorkloadCsv.ReadStaff(new StringReader(text));
                input.HoursData = Keep(reading, text, WorkloadForm.HoursFileField, "hours-file", T["Officer-hours file"], HoursHeader, error);
                return reading?.Succeeded == true ? reading.Rows : null;
            }

            var hours = PlanningNumber.Parse(input.OfficerHours);
            if (hours is not >= 0)
            {
                Fail("Input.OfficerHours", "officer-hours", T["{0}: {1}", T["Officer-hours a month"], T["Enter a number of zero or more."]]);
                return null;
            }

            return inflow is null ? [] : WorkloadFiles.Months(inflow).Select(m => new MonthlyOfficerHours(m, hours.Value)).ToList();
        }

        public void Fail(string field, string inputId, string message) => Problems.Add(new(field, message, inputId));

        /// <summary>
        /// Lists a file's problems, each on its line, and returns the text to keep for the next post:
        /// only a file read without errors is kept (nothing is planned from a bad one).
        /// </summary>
        private string? Keep<TRow>(UploadReading<TRow>? reading, string? text, string field, string inputId, string label, string header, string? error)
        {
            if (error is not null)
            {
                Fail(field, inputId, T["{0}: {1}", label, error]);
                return null;
            }

            if (reading is null || !reading.Succeeded)
            {
                Problems.AddRange((reading?.Errors ?? []).Select(e => new FormProblem(field, T["{0}, line {1}: {2}", label, e.Line, UploadErrorText.Describe(e, header, T)], inputId)));
                return null;
            }

            return text;
        }
    }
}
