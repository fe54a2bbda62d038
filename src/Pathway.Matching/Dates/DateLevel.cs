namespace Pathway.Matching.Dates;

/// <summary>How two dates of birth agree, strongest first.</summary>
public enum DateLevel
{
    Missing,
    Exact,
    /// <summary>The same date, but a weak one (year only, 1 January, 1900 default).</summary>
    ExactWeak,
    DayMonthSwapped,
    /// <summary>Two of year, month and day agree, or the written dates differ by one keystroke.</summary>
    OneComponentDifferent,
    WithinYear,
    Different,
}
