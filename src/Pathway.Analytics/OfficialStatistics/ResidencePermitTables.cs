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
                var citizen = EurostatCitizenship.Of(permit.Citizenship);
                if (citizen is null)
                {
                    problems.Add(new(i, PermitProblemKind.UnknownCitizenship, permit.Citizenship ?? ""));
                }
                else if (EurostatCitizenship.IsUnionCitizenship(citizen))
                {
                    problems.Add(new(i, PermitProblemKind.CitizenOfTheUnion, permit.Citizenship));
                }
            }
        }

        return problems;
    }

    private static StatisticsTable FirstPermits(List<ClassifiedPermit> first, string period, string geo)
    {
        var counts = new Dictionary<(string Reason, string Citizen, string Duration), long>();
        foreach (var p in first)
        {
            foreach (var reason in (string[])[EurostatCodes.Total, EurostatCodes.Reason(p.Permit.Reason)])
            {
                foreach (var citizen in (string[])[EurostatCodes.Total, p.Citizen])
                {
                    foreach (var duration in (string[])[EurostatCodes.Total, EurostatCodes.Duration(p.Band!.Value)])
                    {
                        counts[(reason, citizen, duration)] = counts.GetValueOrDefault((reason, citizen, duration)) + 1;
                    }
                }
            }
        }

        var cells = new List<StatisticsCell>();
        foreach (var reason in EurostatCodes.Reasons)
        {
            foreach (var citizen in Citizens(first))
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
        var counts = new Dictionary<(string From, string To, string Citizen), long>();
        foreach (var p in changes)
        {
            foreach (var from in (string[])[EurostatCodes.Total, EurostatCodes.Reason(p.FromReason!.Value)])
            {
                foreach (var to in (string[])[EurostatCodes.Total, EurostatCodes.Reason(p.Permit.Reason)])
                {
                    foreach (var citizen in (string[])[EurostatCodes.Total, p.Citizen])
                    {
                        counts[(from, to, citizen)] = counts.GetValueOrDefault((from, to, citizen)) + 1;
                    }
                }
            }
        }

        var cells = new List<StatisticsCell>();
        foreach (var from in EurostatCodes.Reasons)
        {
            // A change keeps no reason: from a reason to itself there is nothing to count.
            foreach (var to in EurostatCodes.Reasons.Where(to => to == EurostatCodes.Total || to != from))
            {
                foreach (var citizen in Citizens(changes))
                {
                    cells.Add(new([EurostatCodes.Annual, from, to, citizen, EurostatCodes.Persons, geo], period, counts.GetValueOrDefault((from, to, citizen))));
                }
            }
        }

        return new(Dataflow.ChangesOfStatus, cells);
    }

    /// <summary>TOTAL, then the citizenships the permits hold, in the code list's order; citizenships without a permit are left out (their rows would all be zero).</summary>
    private static List<string> Citizens(List<ClassifiedPermit> permits) =>
        [EurostatCodes.Total, .. permits.Select(p => p.Citizen).Distinct(StringComparer.Ordinal).OrderBy(EurostatCitizenship.Order).ThenBy(c => c, StringComparer.Ordinal)];
}
