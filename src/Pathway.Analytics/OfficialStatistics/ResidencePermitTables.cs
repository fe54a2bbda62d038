using System.Globalization;

namespace Pathway.Analytics.OfficialStatistics;

/// <summary>
/// Eurostat's annual residence-permit tables (Regulation (EC) No 862/2007, Article 6(1)(a) and
/// (b)) from the permits an office issued: first permits by reason, citizenship and length of
/// validity (MIGR_RESFIRST), and changes of status by the reason before and after and citizenship
/// (MIGR_RESCHANGE), each with its TOTAL rows. A permit belongs to the year it was issued in.
/// </summary>
internal static class ResidencePermitTables
{
    /// <summary>
    /// The tables of <paramref name="year"/> for <paramref name="reportingCountry"/> (Eurostat's
    /// code, e.g. PL), from every permit of the office with the earlier years' permits the history
    /// needs; or every problem with the input.
    /// </summary>
    public static PermitTablesOutcome Build(IReadOnlyList<IssuedPermit> permits, int year, string reportingCountry)
    {
        var problems = Problems(permits, year, reportingCountry);
        if (problems.Count > 0)
        {
            return new PermitTablesOutcome.Refused(problems);
        }

        var ofYear = PermitClassifier.Classify(permits).Where(p => p.Permit.IssuedOn.Year == year).ToList();
        var period = year.ToString(CultureInfo.InvariantCulture);
        return new PermitTablesOutcome.Built(new PermitTables(
            year,
            reportingCountry,
            FirstPermits(ofYear.Where(p => p.Standing == PermitStanding.First).ToList(), period, reportingCountry),
            ChangesOfStatus(ofYear.Where(p => p.Standing == PermitStanding.ChangeOfStatus).ToList(), period, reportingCountry),
            ofYear));
    }

    private static List<PermitProblem> Problems(IReadOnlyList<IssuedPermit> permits, int year, string reportingCountry)
    {
        var problems = new List<PermitProblem>();
        if (!EurostatCitizenship.ReportingCountries.Contains(reportingCountry, StringComparer.Ordinal))
        {
            problems.Add(new(null, PermitProblemKind.UnknownReportingCountry, reportingCountry));
        }

        // Each case code's Eurostat code (null: none), looked up once.
        var citizens = new Dictionary<string, string?>(StringComparer.Ordinal);
        for (var i = 0; i < permits.Count; i++)
        {
            var permit = permits[i];
            if (string.IsNullOrWhiteSpace(permit.PersonKey))
            {
                problems.Add(new(i, PermitProblemKind.MissingPersonKey, permit.PersonKey ?? ""));
            }

            if (permit.ValidUntil is { } until && until < permit.ValidFrom)
            {
                problems.Add(new(i, PermitProblemKind.ValidityEndsBeforeStart, until.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)));
            }

            // Only the year's permits are counted by citizenship; an old record's code does not stop this year's tables.
            if (permit.IssuedOn.Year == year)
            {
                var code = permit.Citizenship ?? "";
                if (!citizens.TryGetValue(code, out var citizen))
                {
                    citizen = EurostatCitizenship.Of(code);
                    citizens.Add(code, citizen);
                }

                if (citizen is null)
                {
                    problems.Add(new(i, PermitProblemKind.UnknownCitizenship, code));
                }
                else if (EurostatCitizenship.IsUnionCitizenship(citizen))
                {
                    problems.Add(new(i, PermitProblemKind.CitizenOfTheUnion, code));
                }
            }
        }

        return problems;
    }

    private static StatisticsTable FirstPermits(List<ClassifiedPermit> first, string period, string geo)
    {
        // Each permit counted once in its own cell; the cells with a TOTAL are sums of those few hundred.
        var leaves = Count(first, p => (EurostatCodes.Reason(p.Permit.Reason), p.Citizen, EurostatCodes.Duration(p.Band!.Value)));
        var counts = new Dictionary<(string Reason, string Citizen, string Duration), long>();
        foreach (var ((reason, citizen, duration), count) in leaves)
        {
            foreach (var r in (string[])[EurostatCodes.Total, reason])
            {
                foreach (var c in (string[])[EurostatCodes.Total, citizen])
                {
                    foreach (var d in (string[])[EurostatCodes.Total, duration])
                    {
                        counts[(r, c, d)] = counts.GetValueOrDefault((r, c, d)) + count;
                    }
                }
            }
        }

        var cells = new List<StatisticsCell>();
        var citizens = Citizens(leaves.Keys.Select(k => k.Item2));
        foreach (var reason in EurostatCodes.Reasons)
        {
            foreach (var citizen in citizens)
            {
                foreach (var duration in EurostatCodes.Durations)
                {
                    cells.Add(new([EurostatCodes.Annual, reason, citizen, duration, EurostatCodes.Persons, geo], period, counts.GetValueOrDefault((reason, citizen, duration))));
                }
            }
        }

        return new(Dataflow.FirstPermits, cells);
    }

    private static StatisticsTable ChangesOfStatus(List<ClassifiedPermit> changes, string period, string geo)
    {
        var leaves = Count(changes, p => (EurostatCodes.Reason(p.FromReason!.Value), EurostatCodes.Reason(p.Permit.Reason), p.Citizen));
        var counts = new Dictionary<(string From, string To, string Citizen), long>();
        foreach (var ((from, to, citizen), count) in leaves)
        {
            foreach (var f in (string[])[EurostatCodes.Total, from])
            {
                foreach (var t in (string[])[EurostatCodes.Total, to])
                {
                    foreach (var c in (string[])[EurostatCodes.Total, citizen])
                    {
                        counts[(f, t, c)] = counts.GetValueOrDefault((f, t, c)) + count;
                    }
                }
            }
        }

        var cells = new List<StatisticsCell>();
        var citizens = Citizens(leaves.Keys.Select(k => k.Item3));
        foreach (var from in EurostatCodes.Reasons)
        {
            // A change keeps no reason: from a reason to itself there is nothing to count.
            foreach (var to in EurostatCodes.Reasons.Where(to => to == EurostatCodes.Total || to != from))
            {
                foreach (var citizen in citizens)
                {
                    cells.Add(new([EurostatCodes.Annual, from, to, citizen, EurostatCodes.Persons, geo], period, counts.GetValueOrDefault((from, to, citizen))));
                }
            }
        }

        return new(Dataflow.ChangesOfStatus, cells);
    }

    private static Dictionary<(string, string, string), long> Count(List<ClassifiedPermit> permits, Func<ClassifiedPermit, (string, string, string)> cell)
    {
        var counts = new Dictionary<(string, string, string), long>();
        foreach (var p in permits)
        {
            var key = cell(p);
            counts[key] = counts.GetValueOrDefault(key) + 1;
        }

        return counts;
    }

    /// <summary>TOTAL, then the citizenships the permits hold, in the code list's order; citizenships without a permit are left out (their rows would all be zero).</summary>
    private static List<string> Citizens(IEnumerable<string> citizens) =>
        [EurostatCodes.Total, .. citizens.Distinct(StringComparer.Ordinal).OrderBy(EurostatCitizenship.Order).ThenBy(c => c, StringComparer.Ordinal)];
}
