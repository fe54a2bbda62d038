using System.Globalization;
namespace Pathway.Forecasting.Workload;

/// <summary>
/// Everything a workload plan needs: the application types, their monthly inflow from
/// <see cref="StartMonth"/> (the same number of months for every type), and the officer-hours the
/// office has for case work in each of those months. <see cref="HoursPerFte"/> turns a gap in hours
/// into full-time officers: productive hours a month, after leave, training and meetings.
/// </summary>
public sealed record WorkloadInput(
    DateOnly StartMonth,
    IReadOnlyList<ApplicationType> Types,
    IReadOnlyList<TypeInflow> Inflow,
    IReadOnlyList<double> OfficerHours,
    double HoursPerFte = WorkloadInput.DefaultHoursPerFte)
{
    public const double DefaultHoursPerFte = 140;

    /// <summary>The plan's length: the length of the inflow forecasts.</summary>
    public int Months => Inflow.Count == 0 ? 0 : Inflow[0].Mean.Count;

    /// <summary>What is wrong with the input, in plain sentences; empty when it can be planned.</summary>
    public IReadOnlyList<string> Validate()
    {
        var problems = new List<string>();
        if (Types.Count == 0)
        {
            problems.Add("At least one application type is needed.");
        }

        var names = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var type in Types)
        {
            if (string.IsNullOrWhiteSpace(type.Name))
            {
                problems.Add("An application type has no name.");
                continue;
            }

            if (!names.Add(type.Name))
            {
                problems.Add($"The application type '{type.Name}' is listed twice.");
            }

            problems.AddRange(TypeProblems(type));
        }

        var months = Months;
        var withInflow = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var inflow in Inflow)
        {
            if (!names.Contains(inflow.Type))
            {
                problems.Add($"There is inflow for '{inflow.Type}', which is not among the application types.");
            }
            else if (!withInflow.Add(inflow.Type))
            {
                problems.Add($"The inflow for '{inflow.Type}' is given twice.");
            }

            if (inflow.Mean.Count != months)
            {
                problems.Add(string.Create(CultureInfo.CurrentCulture, $"The inflow for '{inflow.Type}' covers {inflow.Mean.Count} months; the others cover {months}."));
            }

            if (inflow.Mean.Any(v => !(v >= 0) || double.IsInfinity(v)))
            {
                problems.Add($"The inflow for '{inflow.Type}' has a value that is negative or not a number.");
            }

            if (inflow.Upper80 is { } upper)
            {
                if (upper.Count != inflow.Mean.Count)
                {
                    problems.Add($"The upper 80% inflow for '{inflow.Type}' covers {upper.Count} months; the mean covers {inflow.Mean.Count}.");
                }

                if (upper.Any(v => !(v >= 0) || double.IsInfinity(v)))
                {
                    problems.Add($"The upper 80% inflow for '{inflow.Type}' has a value that is negative or not a number.");
                }
            }
        }

        foreach (var type in Types.Where(t => !string.IsNullOrWhiteSpace(t.Name) && !withInflow.Contains(t.Name)))
        {
            problems.Add($"There is no inflow for '{type.Name}' (give zeros if no new cases are expected).");
        }

        if (months == 0)
        {
            problems.Add("The inflow must cover at least one month.");
        }

        if (OfficerHours.Count < months)
        {
            problems.Add(string.Create(CultureInfo.CurrentCulture, $"Officer hours are given for {OfficerHours.Count} months; the inflow covers {months}."));
        }

        if (OfficerHours.Any(h => !(h >= 0) || double.IsInfinity(h)))
        {
            problems.Add("Officer hours must be zero or more in every month.");
        }

        if (!(HoursPerFte > 0) || double.IsInfinity(HoursPerFte))
        {
            problems.Add(string.Create(CultureInfo.CurrentCulture, $"Hours per full-time officer must be a positive number; it is {HoursPerFte}."));
        }

        return problems;
    }

    private static IEnumerable<string> TypeProblems(ApplicationType type)
    {
        if (!(type.HandlingHours > 0) || double.IsInfinity(type.HandlingHours))
        {
            yield return string.Create(CultureInfo.CurrentCulture, $"'{type.Name}': handling hours per case must be a positive number; it is {type.HandlingHours}.");
        }

        if (type.DeadlineDays <= 0)
        {
            yield return string.Create(CultureInfo.CurrentCulture, $"'{type.Name}': the statutory deadline must be a positive number of days; it is {type.DeadlineDays}.");
        }

        var backlog = type.Backlog;
        if (backlog.Cases < 0)
        {
            yield return string.Create(CultureInfo.CurrentCulture, $"'{type.Name}': the opening backlog cannot be negative; it is {backlog.Cases}.");
        }

        if (backlog.AgesDays is { } ages)
        {
            if (backlog.AverageAgeDays is not null)
            {
                yield return $"'{type.Name}': give the backlog's ages or their average, not both.";
            }

            if (ages.Count != backlog.Cases)
            {
                yield return string.Create(CultureInfo.CurrentCulture, $"'{type.Name}': {ages.Count} ages are given for a backlog of {backlog.Cases} cases.");
            }

            if (ages.Any(a => !(a >= 0) || double.IsInfinity(a)))
            {
                yield return $"'{type.Name}': backlog ages must be zero or more days.";
            }
        }

        if (backlog.AverageAgeDays is { } average && (!(average >= 0) || double.IsInfinity(average)))
        {
            yield return string.Create(CultureInfo.CurrentCulture, $"'{type.Name}': the backlog's average age must be zero or more days; it is {average}.");
        }
    }
}
