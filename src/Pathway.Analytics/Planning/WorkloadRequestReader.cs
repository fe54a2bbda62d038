using System.Globalization;
using Microsoft.Extensions.Localization;
using Pathway.Analytics.Forecasts;
using Pathway.Analytics.Http;
using Pathway.Analytics.Localization;
using Pathway.Analytics.Planning;
using Pathway.Analytics.Series;
using Pathway.Forecasting.Workload;
using Pathway.Platform.Localization;

namespace Pathway.Analytics.Planning;

/// <summary>
/// Turns a workload request into the engine's input, or reports every problem on its field
/// (types[1].deadlineDays, inflow[0].mean[3], officerHours) in the caller's language.
/// </summary>
internal static class WorkloadRequestReader
{
    public const int MaxTypes = 100;
    public const int MaxMonths = 60;

    public static WorkloadInput? Read(WorkloadRequest body, FieldErrors errors, IStringLocalizer<AnalyticsText> text)
    {
        var start = StartMonth(body.StartMonth, errors);
        var types = Types(body.Types, errors, text);
        var declared = (body.Types ?? []).Select(t => t?.Name?.Trim()).OfType<string>().ToHashSet(StringComparer.OrdinalIgnoreCase);
        var (inflow, months) = Inflow(body.Inflow, types, declared, errors);
        var hours = OfficerHours(body.OfficerHours, months, errors);
        var hoursPerFte = body.HoursPerFte ?? WorkloadInput.DefaultHoursPerFte;
        if (!(hoursPerFte > 0))
        {
            errors.Add("hoursPerFte", "Enter a number greater than zero.");
        }

        if (errors.Any || start is not { } month)
        {
            return null;
        }

        var input = new WorkloadInput(month, types, inflow, hours, hoursPerFte);
        // The checks above leave the engine nothing to refuse; should it still find a problem, it is
        // reported on its field rather than failing the request.
        foreach (var problem in input.Validate())
        {
            errors.AddTranslated(Field(problem, body), WorkloadProblemText.Describe(problem, text));
        }

        return errors.Any ? null : input;
    }

    /// <summary>The request's field a problem of the engine is on: the types come in the request's order, an inflow is found by its type.</summary>
    private static string Field(WorkloadProblem problem, WorkloadRequest body)
    {
        var type = string.Create(CultureInfo.InvariantCulture, $"types[{problem.Index}]");

        string Inflow(string field)
        {
            var entries = body.Inflow ?? [];
            for (var i = 0; i < entries.Count; i++)
            {
                if (string.Equals(entries[i]?.Type?.Trim(), problem.Type, StringComparison.OrdinalIgnoreCase))
                {
                    return string.Create(CultureInfo.InvariantCulture, $"inflow[{i}].{field}");
                }
            }

            return "inflow";
        }

        return problem.Kind switch
        {
            WorkloadProblemKind.NoTypes => "types",
            WorkloadProblemKind.UnnamedType or WorkloadProblemKind.TypeListedTwice => $"{type}.name",
            WorkloadProblemKind.HandlingHours or WorkloadProblemKind.DeadlineDays or WorkloadProblemKind.NegativeBacklog or WorkloadProblemKind.BacklogAgesAndAverage
                or WorkloadProblemKind.BacklogAgesCount or WorkloadProblemKind.BacklogAges or WorkloadProblemKind.BacklogAverageAge => TypeField(type, problem.Kind),
            WorkloadProblemKind.InflowForUnknownType or WorkloadProblemKind.InflowGivenTwice => Inflow("type"),
            WorkloadProblemKind.InflowLength or WorkloadProblemKind.InflowValues => Inflow("mean"),
            WorkloadProblemKind.UpperLength or WorkloadProblemKind.UpperValues => Inflow("upper80"),
            WorkloadProblemKind.NoInflowForType or WorkloadProblemKind.NoMonths => "inflow",
            WorkloadProblemKind.OfficerHoursTooFew or WorkloadProblemKind.OfficerHoursValues => "officerHours",
            WorkloadProblemKind.HoursPerFte => "hoursPerFte",
            // Problems of putting uploaded files together; a request sends no files.
            WorkloadProblemKind.NoInflowRows or WorkloadProblemKind.InflowNamesUnknownType or WorkloadProblemKind.InflowMonthGivenTwice
                or WorkloadProblemKind.OfficerHoursMonthGivenTwice or WorkloadProblemKind.InflowMonthsMissing or WorkloadProblemKind.OfficerHoursMonthsMissing => "body",
        };
    }

    private static DateOnly? StartMonth(string? text, FieldErrors errors)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            errors.Add("startMonth", "This field is required.");
            return null;
        }

        if (!DateOnly.TryParseExact(text.Trim(), "yyyy-MM", CultureInfo.InvariantCulture, DateTimeStyles.None, out var month))
        {
            errors.Add("startMonth", "Write the month as YYYY-MM.");
            return null;
        }

        return month;
    }

    private static List<ApplicationType> Types(IReadOnlyList<ApplicationTypeRequest?>? types, FieldErrors errors, IStringLocalizer<AnalyticsText> text)
    {
        var result = new List<ApplicationType>();
        if (types is null || types.Count == 0)
        {
            errors.Add("types", "Send at least one application type.");
            return result;
        }

        if (types.Count > MaxTypes)
        {
            errors.Add("types", "Send at most {0} application types.", MaxTypes);
            return result;
        }

        var names = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        for (var i = 0; i < types.Count; i++)
        {
            var type = types[i];
            var prefix = string.Create(CultureInfo.InvariantCulture, $"types[{i}]");
            var name = type?.Name?.Trim();
            var nameField = $"{prefix}.name";
            if (string.IsNullOrEmpty(name))
            {
                errors.Add(nameField, "This field is required.");
            }
            else if (!names.Add(name))
            {
                errors.Add(nameField, "The application type {0} is listed twice.", name);
            }

            var missing = new List<string>();
            if (type?.HandlingHours is null)
            {
                missing.Add($"{prefix}.handlingHours");
            }

            if (type?.DeadlineDays is null)
            {
                missing.Add($"{prefix}.deadlineDays");
            }

            foreach (var field in missing)
            {
                errors.Add(field, "This field is required.");
            }

            // What the figures must be is the engine's rule, each problem on its field; a figure left
            // out is sent as one the engine refuses, and its problem is the one reported above.
            var candidate = new ApplicationType(name ?? "", type?.HandlingHours ?? double.NaN, type?.DeadlineDays ?? 0,
                new OpeningBacklog(type?.Backlog ?? 0, AverageAgeDays: type?.BacklogAverageAgeDays));
            var problems = candidate.Validate(i);
            foreach (var problem in problems.Where(p => !missing.Contains(TypeField(prefix, p.Kind))))
            {
                errors.AddTranslated(TypeField(prefix, problem.Kind), WorkloadProblemText.Describe(problem, text));
            }

            if (!string.IsNullOrEmpty(name) && problems.Count == 0)
            {
                result.Add(candidate);
            }
        }

        return result;
    }

    private static string TypeField(string prefix, WorkloadProblemKind kind) => kind switch
    {
        WorkloadProblemKind.HandlingHours => $"{prefix}.handlingHours",
        WorkloadProblemKind.DeadlineDays => $"{prefix}.deadlineDays",
        WorkloadProblemKind.BacklogAverageAge => $"{prefix}.backlogAverageAgeDays",
        _ => $"{prefix}.backlog",
    };

    /// <summary>The inflow in the order of the types, and the plan's length: the months of the first entry with a usable mean.</summary>
    /// <param name="declared">Every type name the request gives, also those whose figures are wrong (reported on their own fields).</param>
    private static (List<TypeInflow> Inflow, int Months) Inflow(IReadOnlyList<InflowRequest?>? inflow, IReadOnlyList<ApplicationType> types, IReadOnlySet<string> declared, FieldErrors errors)
    {
        var byType = new Dictionary<string, TypeInflow>(StringComparer.OrdinalIgnoreCase);
        if (inflow is null || inflow.Count == 0)
        {
            errors.Add("inflow", "Send the inflow of each application type.");
            return ([], 0);
        }

        var valid = types.Select(t => t.Name).ToHashSet(StringComparer.OrdinalIgnoreCase);
        int? months = null;
        for (var i = 0; i < inflow.Count; i++)
        {
            var entry = inflow[i];
            var prefix = string.Create(CultureInfo.InvariantCulture, $"inflow[{i}]");
            var name = entry?.Type?.Trim();
            var typeField = $"{prefix}.type";
            var usable = true;
            if (string.IsNullOrEmpty(name))
            {
                errors.Add(typeField, "This field is required.");
                usable = false;
            }
            else if (!declared.Contains(name))
            {
                errors.Add(typeField, "{0} is not among the application types.", name);
                usable = false;
            }
            else if (!valid.Contains(name))
            {
                usable = false;
            }
            else if (byType.ContainsKey(name))
            {
                errors.Add(typeField, "The inflow for {0} is given twice.", name);
                usable = false;
            }

            var meanField = $"{prefix}.mean";
            var mean = entry?.Mean;
            if (mean is null || mean.Count == 0 || mean.Count > MaxMonths)
            {
                errors.Add(meanField, "Send from {0} to {1} values, one per month.", 1, MaxMonths);
                usable = false;
            }
            else if (months is { } expected && mean.Count != expected)
            {
                errors.Add(meanField, "Send {0} values, one per month, as many as the first inflow has.", expected);
                usable = false;
            }
            else
            {
                months ??= mean.Count;
                usable &= NonNegative(mean, meanField, errors);
            }

            var upperField = $"{prefix}.upper80";
            var upper = entry?.Upper80;
            if (upper is not null && mean is not null && upper.Count != mean.Count)
            {
                errors.Add(upperField, "Send as many values as the mean has: {0}.", mean.Count);
                usable = false;
            }
            else if (upper is not null)
            {
                usable &= NonNegative(upper, upperField, errors);
            }

            if (usable)
            {
                byType[name!] = new TypeInflow(name!, mean!, upper);
            }
        }

        var named = inflow.Select(e => e?.Type?.Trim()).OfType<string>().ToHashSet(StringComparer.OrdinalIgnoreCase);
        foreach (var type in types.Where(t => !named.Contains(t.Name)))
        {
            errors.Add("inflow", "There is no inflow for {0}: send zeros if no new cases are expected.", type.Name);
        }

        return (types.Where(t => byType.ContainsKey(t.Name)).Select(t => byType[t.Name]).ToList(), months ?? 0);
    }

    private static List<double> OfficerHours(IReadOnlyList<double>? hours, int months, FieldErrors errors)
    {
        if (hours is null || hours.Count == 0)
        {
            errors.Add("officerHours", "This field is required.");
            return [];
        }

        if (months > 0 && hours.Count != months)
        {
            errors.Add("officerHours", "Send {0} values, one per month, as many as the inflow has.", months);
            return [];
        }

        NonNegative(hours, "officerHours", errors);
        return [.. hours];
    }

    private static bool NonNegative(IReadOnlyList<double> values, string field, FieldErrors errors)
    {
        var valid = true;
        for (var j = 0; j < values.Count; j++)
        {
            if (!(values[j] >= 0))
            {
                var valueField = string.Create(CultureInfo.InvariantCulture, $"{field}[{j}]");
                errors.Add(valueField, "Enter a number of zero or more.");
                valid = false;
            }
        }

        return valid;
    }
}
