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

    /// <summary>What is wrong with the input, each problem on its type or inflow; empty when it can be planned.</summary>
    public IReadOnlyList<WorkloadProblem> Validate()
    {
        var problems = new List<WorkloadProblem>();
        if (Types.Count == 0)
        {
            problems.Add(new(WorkloadProblemKind.NoTypes));
        }

        var names = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        for (var i = 0; i < Types.Count; i++)
        {
            var type = Types[i];
            if (string.IsNullOrWhiteSpace(type.Name))
            {
                problems.Add(new(WorkloadProblemKind.UnnamedType) { Index = i });
                continue;
            }

            if (!names.Add(type.Name))
            {
                problems.Add(new(WorkloadProblemKind.TypeListedTwice) { Type = type.Name, Index = i });
            }

            problems.AddRange(type.Validate(i));
        }

        var months = Months;
        var withInflow = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        for (var i = 0; i < Inflow.Count; i++)
        {
            var inflow = Inflow[i];
            if (!names.Contains(inflow.Type))
            {
                problems.Add(new(WorkloadProblemKind.InflowForUnknownType) { Type = inflow.Type, Index = i });
            }
            else if (!withInflow.Add(inflow.Type))
            {
                problems.Add(new(WorkloadProblemKind.InflowGivenTwice) { Type = inflow.Type, Index = i });
            }

            if (inflow.Mean.Count != months)
            {
                problems.Add(new(WorkloadProblemKind.InflowLength) { Type = inflow.Type, Index = i, Value = inflow.Mean.Count, Expected = months });
            }

            if (inflow.Mean.Any(v => !(v >= 0) || double.IsInfinity(v)))
            {
                problems.Add(new(WorkloadProblemKind.InflowValues) { Type = inflow.Type, Index = i });
            }

            if (inflow.Upper80 is { } upper)
            {
                if (upper.Count != inflow.Mean.Count)
                {
                    problems.Add(new(WorkloadProblemKind.UpperLength) { Type = inflow.Type, Index = i, Value = upper.Count, Expected = inflow.Mean.Count });
                }

                if (upper.Any(v => !(v >= 0) || double.IsInfinity(v)))
                {
                    problems.Add(new(WorkloadProblemKind.UpperValues) { Type = inflow.Type, Index = i });
                }
            }
        }

        for (var i = 0; i < Types.Count; i++)
        {
            if (!string.IsNullOrWhiteSpace(Types[i].Name) && !withInflow.Contains(Types[i].Name))
            {
                problems.Add(new(WorkloadProblemKind.NoInflowForType) { Type = Types[i].Name, Index = i });
            }
        }

        if (months == 0)
        {
            problems.Add(new(WorkloadProblemKind.NoMonths));
        }

        if (OfficerHours.Count < months)
        {
            problems.Add(new(WorkloadProblemKind.OfficerHoursTooFew) { Value = OfficerHours.Count, Expected = months });
        }

        if (OfficerHours.Any(h => !(h >= 0) || double.IsInfinity(h)))
        {
            problems.Add(new(WorkloadProblemKind.OfficerHoursValues));
        }

        if (!(HoursPerFte > 0) || double.IsInfinity(HoursPerFte))
        {
            problems.Add(new(WorkloadProblemKind.HoursPerFte) { Value = HoursPerFte });
        }

        return problems;
    }
}
