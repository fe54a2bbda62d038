namespace Pathway.Analytics.OfficialStatistics;

/// <summary>
/// A permit with what it counts as: its Eurostat citizenship, its validity band (for a permit in
/// scope) and, for a change of status, the reason the person held before.
/// </summary>
internal sealed record ClassifiedPermit(IssuedPermit Permit, PermitStanding Standing, string Citizen, ValidityBand? Band, EurostatReason? FromReason);
