using Pathway.Platform.Casework;

namespace Pathway.Analytics.OfficialStatistics;

/// <summary>
/// The one place the warehouse's purposes of stay (<see cref="StayPurposes"/>, from the application
/// type) become Eurostat's reasons for a permit.
/// </summary>
internal static class ReasonOfPurpose
{
    public static EurostatReason Of(string purpose) => purpose switch
    {
        StayPurposes.Family => EurostatReason.Family,
        StayPurposes.Education => EurostatReason.Education,
        StayPurposes.RemuneratedActivities => EurostatReason.RemuneratedActivities,
        // "other", and a purpose the cases module might add later: Eurostat's "other reasons" is where an unnamed reason belongs.
        _ => EurostatReason.Other,
    };
}
