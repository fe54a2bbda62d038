namespace Pathway.Analytics.Fairness;

/// <summary>
/// The monitor's answer for a period: each group's adjusted refusal ratio and difference in days to decision
/// against comparable applicants, flagged when the gap survives the Benjamini–Hochberg correction, and the
/// groups too small to compare. <see cref="Decided"/> counts the decisions on the merits (granted or refused) in the
/// period; <see cref="Discontinued"/> the cases closed without one, which are left out of both measures.
/// </summary>
public sealed record FairnessReport(
    string From,
    string To,
    Guid? Office,
    int Decided,
    int Discontinued,
    int Threshold,
    string Correction,
    double FalseDiscoveryRate,
    IReadOnlyList<OutcomeGap> Outcomes,
    IReadOnlyList<DaysGap> ProcessingTimes,
    IReadOnlyList<FairnessGroup> TooFewForOutcomes,
    IReadOnlyList<FairnessGroup> TooFewForProcessingTimes);

/// <summary>
/// A group's refusals against comparable applicants (same application type and office): the crude rate, the
/// Mantel–Haenszel risk ratio ("refused 1.8 times as often") and odds ratio with 95% intervals, the CMH test's
/// p-value, and whether the gap is flagged. <see cref="ZeroCellCorrected"/> when 0.5 was added to every cell.
/// </summary>
public sealed record OutcomeGap(
    FairnessGroup Group,
    int Decided,
    int Refused,
    double RefusalRate,
    double RefusalRatio,
    double RefusalRatioLower,
    double RefusalRatioUpper,
    double OddsRatio,
    double OddsRatioLower,
    double OddsRatioUpper,
    double P,
    bool Flagged,
    bool ZeroCellCorrected);

/// <summary>
/// A group's days to decision against comparable applicants: its crude mean and the adjusted difference of
/// means (positive: the group waits longer) with its 95% interval, p-value and flag.
/// </summary>
public sealed record DaysGap(FairnessGroup Group, int Decided, double MeanDays, double DifferenceDays, double Lower, double Upper, double P, bool Flagged);
