using System.Globalization;

namespace Pathway.Support.Gbv;

/// <summary>An incident as a form or the API sends it: months written YYYY-MM; <see cref="GbvIncidentRules.Check"/> judges it whole.</summary>
public sealed record GbvIncidentInput(
    string? IncidentMonth,
    string? ReportedMonth,
    string? Place,
    IncidentContext? Context,
    GbvIncidentType? Type,
    SurvivorAgeGroup? AgeGroup,
    SurvivorSex? Sex,
    bool? SeparatedChild,
    PerpetratorRelation? Perpetrator,
    PerpetratorCount? Perpetrators,
    IReadOnlyList<GbvService>? Services,
    bool? StatisticsConsent);

public enum GbvProblem
{
    IncidentMonthMissing,
    IncidentMonthInFuture,
    ReportedMonthMissing,
    ReportedMonthInFuture,
    ReportedBeforeIncident,
    PlaceTooLong,
    ContextMissing,
    TypeMissing,
    AgeGroupMissing,
    SexMissing,
    SeparatedChildNotAChild,
    PerpetratorMissing,
    PerpetratorsMissing,
    ServiceUnknown,
    ConsentMissing,
    NoOrganisation,
    IncidentNotFound,
    ReasonMissing,
    ReasonTooLong,
}

/// <summary>A problem and the field it is on (null for the request as a whole).</summary>
public sealed record GbvRefusal(GbvProblem Problem, string? Field);

/// <summary>What a GBV incident record must hold to be kept, field by field.</summary>
public static class GbvIncidentRules
{
    /// <summary>The first day of the month written YYYY-MM, or null when it cannot be read so.</summary>
    public static DateOnly? Month(string? value) =>
        DateOnly.TryParseExact(value?.Trim(), "yyyy-MM", CultureInfo.InvariantCulture, DateTimeStyles.None, out var month) ? month : null;

    public static string Write(DateOnly month) => month.ToString("yyyy-MM", CultureInfo.InvariantCulture);

    /// <summary>Every problem of the input, judged against the organisation's <paramref name="today"/>.</summary>
    public static List<GbvRefusal> Check(GbvIncidentInput input, DateOnly today)
    {
        var problems = new List<GbvRefusal>();
        var thisMonth = new DateOnly(today.Year, today.Month, 1);
        var incident = Month(input.IncidentMonth);
        var reported = Month(input.ReportedMonth);
        if (incident is null)
        {
            problems.Add(new GbvRefusal(GbvProblem.IncidentMonthMissing, "incidentMonth"));
        }
        else if (incident > thisMonth)
        {
            problems.Add(new GbvRefusal(GbvProblem.IncidentMonthInFuture, "incidentMonth"));
        }

        if (reported is null)
        {
            problems.Add(new GbvRefusal(GbvProblem.ReportedMonthMissing, "reportedMonth"));
        }
        else if (reported > thisMonth)
        {
            problems.Add(new GbvRefusal(GbvProblem.ReportedMonthInFuture, "reportedMonth"));
        }
        else if (incident is not null && incident <= thisMonth && reported < incident)
        {
            problems.Add(new GbvRefusal(GbvProblem.ReportedBeforeIncident, "reportedMonth"));
        }

        if (input.Place?.Trim().Length > GbvIncident.MaxPlaceLength)
        {
            problems.Add(new GbvRefusal(GbvProblem.PlaceTooLong, "place"));
        }

        Required(input.Context, GbvProblem.ContextMissing, "context", problems);
        Required(input.Type, GbvProblem.TypeMissing, "type", problems);
        Required(input.AgeGroup, GbvProblem.AgeGroupMissing, "ageGroup", problems);
        Required(input.Sex, GbvProblem.SexMissing, "sex", problems);
        // A separated or unaccompanied child is under 18 by definition: an adult's band with the flag is a slip.
        if (input.SeparatedChild == true && input.AgeGroup is { } age && Enum.IsDefined(age) && age is not (SurvivorAgeGroup.From0To11 or SurvivorAgeGroup.From12To17))
        {
            problems.Add(new GbvRefusal(GbvProblem.SeparatedChildNotAChild, "separatedChild"));
        }

        Required(input.Perpetrator, GbvProblem.PerpetratorMissing, "perpetrator", problems);
        Required(input.Perpetrators, GbvProblem.PerpetratorsMissing, "perpetrators", problems);
        if (input.Services?.Any(s => !Enum.IsDefined(s)) == true)
        {
            problems.Add(new GbvRefusal(GbvProblem.ServiceUnknown, "services"));
        }

        if (input.StatisticsConsent is null)
        {
            problems.Add(new GbvRefusal(GbvProblem.ConsentMissing, "statisticsConsent"));
        }

        return problems;
    }

    private static void Required<T>(T? value, GbvProblem problem, string field, List<GbvRefusal> problems)
        where T : struct, Enum
    {
        if (value is not { } given || !Enum.IsDefined(given))
        {
            problems.Add(new GbvRefusal(problem, field));
        }
    }
}
