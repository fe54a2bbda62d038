using Pathway.Platform.Tenancy;

namespace Pathway.Support.Retention;

public enum RetentionProblem
{
    AmountNotPositive,
    AmountOutOfRange,
    UnitMissing,
    NotThisOrganisations,
    ReasonMissing,
    ReasonTooLong,
    UntilPast,
    UntilNotADay,
    CaseNotFound,
    HoldNotFound,
    LiftedAlready,
    RanToday,
}

public sealed record RetentionRefusal(RetentionProblem Problem, string Field);

/// <summary>
/// The rules of retention that need no database: how long each kind of record is kept unless the
/// organisation chose otherwise, within which bounds it may choose, and from when a record is due.
/// </summary>
public static class RetentionRules
{
    /// <summary>
    /// How long each kind of record is kept where the organisation set nothing. The people these records
    /// are about are in vulnerable situations, so each period is the shortest its purpose allows.
    /// </summary>
    public static readonly IReadOnlyDictionary<RetentionRecordType, RetentionPeriod> Defaults = new Dictionary<RetentionRecordType, RetentionPeriod>
    {
        // A person often comes back after a closure, and the funds' audits of a project reach five years
        // back (Regulation (EU) 2021/1060, art. 82): five years, then only what the fund reports count stays.
        [RetentionRecordType.ClosedCases] = new(5, RetentionUnit.Years),
        // A survivor who goes to court late needs the organisation to confirm what was recorded when;
        // the record names no one already, and ten years covers the proceedings that start years later.
        [RetentionRecordType.GbvIncidents] = new(10, RetentionUnit.Years),
        // The helpline's figures are reported per year and compared with the year before: two years of calls.
        [RetentionRecordType.HelplineCalls] = new(24, RetentionUnit.Months),
        // A family reunited may separate again or question the match; after two years the request has done its work.
        [RetentionRecordType.TracingRequests] = new(2, RetentionUnit.Years),
        // The person may ask who opened their case (GDPR art. 15(1)(c)), and a review may be questioned: three years.
        [RetentionRecordType.BreakGlassOpenings] = new(3, RetentionUnit.Years),
        // The interpreter's invoices are checked against the bookings; the session stays on the case as a service.
        [RetentionRecordType.InterpreterRequests] = new(3, RetentionUnit.Years),
    };

    /// <summary>The kinds of record in the order the pages show them.</summary>
    public static IReadOnlyList<RetentionRecordType> All { get; } = Enum.GetValues<RetentionRecordType>();

    public static RetentionAction ActionOf(RetentionRecordType type) => type switch
    {
        RetentionRecordType.ClosedCases => RetentionAction.Anonymise,
        RetentionRecordType.GbvIncidents or RetentionRecordType.HelplineCalls or RetentionRecordType.TracingRequests
            or RetentionRecordType.BreakGlassOpenings or RetentionRecordType.InterpreterRequests => RetentionAction.Delete,
    };

    /// <summary>
    /// The shortest and longest period an organisation may choose, in months: never so short that a
    /// record goes before its purpose is served (a review, a report, a returning person), never longer
    /// than any purpose of it could need.
    /// </summary>
    public static (int Least, int Most) MonthsAllowed(RetentionRecordType type) => type switch
    {
        RetentionRecordType.ClosedCases => (12, 240),
        RetentionRecordType.GbvIncidents => (12, 300),
        RetentionRecordType.HelplineCalls => (3, 120),
        RetentionRecordType.TracingRequests => (6, 120),
        RetentionRecordType.BreakGlassOpenings => (12, 120),
        RetentionRecordType.InterpreterRequests => (3, 120),
    };

    /// <summary>
    /// The helpline is the office's, not an NGO's: its calls carry no organisation, so only the office's
    /// units choose how long they are kept.
    /// </summary>
    public static bool AppliesTo(RetentionRecordType type, OrganisationKind kind) =>
        type != RetentionRecordType.HelplineCalls || kind == OrganisationKind.OfficeUnit;

    /// <summary>What is wrong with a period chosen for <paramref name="type"/>, or null.</summary>
    public static RetentionProblem? Check(RetentionRecordType type, int? amount, RetentionUnit? unit)
    {
        if (amount is not > 0)
        {
            return RetentionProblem.AmountNotPositive;
        }

        if (unit is not { } known || !Enum.IsDefined(known))
        {
            return RetentionProblem.UnitMissing;
        }

        var (least, most) = MonthsAllowed(type);
        var months = new RetentionPeriod(amount.Value, known).Months;
        return months < least || months > most ? RetentionProblem.AmountOutOfRange : null;
    }

    /// <summary>The period in force: the organisation's choice, else the default.</summary>
    public static RetentionPeriod InForce(RetentionRecordType type, RetentionPeriod? chosen) => chosen ?? Defaults[type];

    /// <summary>
    /// The helpline's period: the shortest any office unit chose (one unit that keeps calls for less
    /// protects every caller, as the calls are not the unit's own), else the default.
    /// </summary>
    public static RetentionPeriod HelplinePeriod(IEnumerable<RetentionPeriod> officeUnitChoices) =>
        officeUnitChoices.OrderBy(p => p.Months).FirstOrDefault() ?? Defaults[RetentionRecordType.HelplineCalls];

    /// <summary>The day a record counted from <paramref name="from"/> is due: when its period has run.</summary>
    public static DateTime DueAt(DateTime from, RetentionPeriod period) => from.AddMonths(period.Months);

    /// <summary>A record counted from this instant or earlier is due at <paramref name="now"/>.</summary>
    public static DateTime Cutoff(DateTime now, RetentionPeriod period) => now.AddMonths(-period.Months);

    /// <summary>
    /// The last reported month (its first day) whose incidents are due on <paramref name="today"/>: a
    /// month is counted from its end, so March's incidents are kept through the whole period after March.
    /// </summary>
    public static DateOnly LastDueMonth(DateOnly today, RetentionPeriod period) =>
        new DateOnly(today.Year, today.Month, 1).AddMonths(-period.Months - 1);
}
