namespace Pathway.Analytics.OfficialStatistics;

/// <summary>
/// The permit a person held before, known from the case rather than issued by the office: its
/// reason and its last valid day (null: without a limit). It counts as held before the permit
/// that names it.
/// </summary>
internal sealed record EarlierPermit(EurostatReason Reason, DateOnly? ValidUntil);
