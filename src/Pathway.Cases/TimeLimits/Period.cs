namespace Pathway.Cases.TimeLimits;

/// <summary>How a time limit is counted: in days, weeks or months (KPA art. 57 §1–3).</summary>
public enum PeriodUnit
{
    Days,
    Weeks,
    Months,
}

/// <summary>A time limit's length, e.g. 7 days for a formal deficiency notice or 1 month for a decision.</summary>
public sealed record Period(int Length, PeriodUnit Unit)
{
    /// <summary>Longer limits are not in the code and would only come from a typing mistake.</summary>
    public const int MaxDays = 3660;

    public static Period Days(int days) => new(days, PeriodUnit.Days);

    public static Period Weeks(int weeks) => new(weeks, PeriodUnit.Weeks);

    public static Period Months(int months) => new(months, PeriodUnit.Months);

    public bool IsValid => Length >= 1 && Unit switch
    {
        PeriodUnit.Days => Length <= MaxDays,
        PeriodUnit.Weeks => Length <= MaxDays / 7,
        PeriodUnit.Months => Length <= MaxDays / 30,
    };
}

/// <summary>
/// Days that do not count towards a limit: a suspension of the proceedings (KPA art. 97), a delay
/// the party caused, or a statutory suspension of time limits (art. 35 §5). Both days included.
/// </summary>
public sealed record ExcludedPeriod(DateOnly From, DateOnly To, string Reason)
{
    public int Days => To.DayNumber - From.DayNumber + 1;
}
