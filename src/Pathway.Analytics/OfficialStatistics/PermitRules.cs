namespace Pathway.Analytics.OfficialStatistics;

/// <summary>
/// Eurostat's rules for residence permits (Regulation (EC) No 862/2007, Article 6, and Eurostat's
/// definitions for it), each written once. Months are counted by <see cref="CalendarMonths"/>.
/// </summary>
internal static class PermitRules
{
    /// <summary>
    /// "A residence permit is any authorisation valid for at least 3 months issued by the
    /// authorities of an EU Member State allowing a third country national to stay legally on its
    /// territory" (Eurostat glossary "Residence permit", on Regulation 862/2007, Article 2(1)(j)).
    /// </summary>
    public const int MinimumValidityMonths = 3;

    /// <summary>
    /// "A residence permit is considered as a new permit also if the time gap between the expiry
    /// of the old permit and the start of validity of the new permit is at least 6 months,
    /// irrespective of the year of issuance of the permit" (Eurostat glossary "Residence permit";
    /// the technical guidelines add "issued for the same reason").
    /// </summary>
    public const int FirstPermitGapMonths = 6;

    /// <summary>
    /// The permit's length of validity in whole months, from its first valid day to the day after
    /// its last: 1 January to 31 March is 3 months. Null for a permit valid without a limit.
    /// </summary>
    public static int? ValidityMonths(DateOnly validFrom, DateOnly? validUntil) =>
        validUntil is { } until ? CalendarMonths.Between(validFrom, until.AddDays(1)) : null;

    /// <summary>True when the permit is a residence permit at all: valid for at least 3 months (or without a limit).</summary>
    public static bool IsLongEnough(int? validityMonths) => validityMonths is not { } months || months >= MinimumValidityMonths;

    /// <summary>
    /// Article 6(1)(a) asks for first permits "by the length of validity of the permit"; Eurostat's
    /// tables band it "from 3 to 5 months", "from 6 to 11 months", "12 months or over". 5 months and
    /// 30 days is still 3 to 5 months; a permit without a limit is 12 months or over.
    /// </summary>
    public static ValidityBand Band(int? validityMonths) => validityMonths switch
    {
        null or >= 12 => ValidityBand.Months12OrMore,
        >= 6 => ValidityBand.Months6To11,
        _ => ValidityBand.Months3To5,
    };

    /// <summary>
    /// True when the time without a permit, from the day after the old permit's last valid day to
    /// the day before the new one's first, is at least 6 whole months: an old permit valid until
    /// 31 December leaves that gap for a new one valid from 1 July, not for one from 30 June. An
    /// old permit without a limit, or one still valid, leaves no gap.
    /// </summary>
    public static bool GapIsLong(DateOnly? oldValidUntil, DateOnly newValidFrom) =>
        oldValidUntil is { } until && CalendarMonths.Between(until.AddDays(1), newValidFrom) >= FirstPermitGapMonths;

    /// <summary>
    /// Permits granted under temporary protection (Directive 2001/55/EC) are left out of these
    /// tables: Eurostat collects temporary protection in tables of its own.
    /// </summary>
    public static bool IsInScope(bool temporaryProtection, int? validityMonths) =>
        !temporaryProtection && IsLongEnough(validityMonths);
}
