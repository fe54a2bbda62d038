namespace Pathway.Forecasting.Workload;

/// <summary>
/// Puts the three uploads (<see cref="WorkloadCsv"/>) together. The plan runs from the first to the
/// last month of the inflow; every application type needs inflow for each of those months and
/// officer hours must be given for each (months outside are ignored). The upper scenario uses a
/// type's hi80 when its file had that column.
/// </summary>
public static class WorkloadUploads
{
    public static WorkloadUploadResult Combine(
        IReadOnlyList<ApplicationType> types,
        IReadOnlyList<InflowRow> inflow,
        IReadOnlyList<MonthlyOfficerHours> staff,
        double hoursPerFte = WorkloadInput.DefaultHoursPerFte)
    {
        ArgumentNullException.ThrowIfNull(types);
        ArgumentNullException.ThrowIfNull(inflow);
        ArgumentNullException.ThrowIfNull(staff);
        if (inflow.Count == 0)
        {
            return new WorkloadUploadResult(null, [new(WorkloadProblemKind.NoInflowRows)]);
        }

        var problems = new List<WorkloadProblem>();
        var start = inflow.Min(r => r.Month);
        var months = Frequency.Monthly.StepsBetween(start, inflow.Max(r => r.Month)) + 1;
        var known = types.Select(t => t.Name).ToHashSet(StringComparer.OrdinalIgnoreCase);
        foreach (var unknown in inflow.Select(r => r.Type).Distinct(StringComparer.OrdinalIgnoreCase).Where(t => !known.Contains(t)))
        {
            problems.Add(new(WorkloadProblemKind.InflowNamesUnknownType) { Type = unknown });
        }

        // The readers refuse repeats; rows built by hand could still hold them, and nothing below can pick one.
        var repeats = inflow.GroupBy(r => (r.Type.ToUpperInvariant(), r.Month)).Where(g => g.Count() > 1)
            .Select(g => new WorkloadProblem(WorkloadProblemKind.InflowMonthGivenTwice) { Type = g.First().Type, Months = [g.Key.Month] })
            .Concat(staff.GroupBy(s => s.Month).Where(g => g.Count() > 1)
                .Select(g => new WorkloadProblem(WorkloadProblemKind.OfficerHoursMonthGivenTwice) { Months = [g.Key] }))
            .ToList();
        if (repeats.Count > 0)
        {
            return new WorkloadUploadResult(null, [.. problems, .. repeats]);
        }

        var series = new List<TypeInflow>();
        foreach (var type in types)
        {
            var rows = inflow.Where(r => string.Equals(r.Type, type.Name, StringComparison.OrdinalIgnoreCase))
                .ToDictionary(r => Frequency.Monthly.StepsBetween(start, r.Month));
            var missing = Enumerable.Range(0, months).Where(m => !rows.ContainsKey(m)).ToList();
            if (missing.Count > 0)
            {
                problems.Add(new(WorkloadProblemKind.InflowMonthsMissing) { Type = type.Name, Months = [.. missing.Select(m => start.AddMonths(m))] });
                continue;
            }

            var ordered = Enumerable.Range(0, months).Select(m => rows[m]).ToList();
            var upper = ordered.All(r => r.Upper80 is not null) ? ordered.Select(r => r.Upper80!.Value).ToList() : null;
            series.Add(new TypeInflow(type.Name, ordered.Select(r => r.Mean).ToList(), upper));
        }

        var hours = staff.ToDictionary(s => Frequency.Monthly.StepsBetween(start, s.Month), s => s.Hours);
        var withoutHours = Enumerable.Range(0, months).Where(m => !hours.ContainsKey(m)).ToList();
        if (withoutHours.Count > 0)
        {
            problems.Add(new(WorkloadProblemKind.OfficerHoursMonthsMissing) { Months = [.. withoutHours.Select(m => start.AddMonths(m))] });
        }

        if (problems.Count > 0)
        {
            return new WorkloadUploadResult(null, problems);
        }

        var input = new WorkloadInput(start, types, series, Enumerable.Range(0, months).Select(m => hours[m]).ToList(), hoursPerFte);
        var invalid = input.Validate();
        return invalid.Count > 0 ? new WorkloadUploadResult(null, invalid) : new WorkloadUploadResult(input, []);
    }
}
