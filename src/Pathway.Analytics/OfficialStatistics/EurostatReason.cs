namespace Pathway.Analytics.OfficialStatistics;

/// <summary>
/// The reason a residence permit is issued for (Regulation (EC) No 862/2007, Article 6(1)(a), "by
/// the reason for the permit being issued"), in Eurostat's main groups: family reasons, education
/// reasons, remunerated activities reasons, other reasons. The warehouse maps each application
/// type's purpose to one of these.
/// </summary>
/// <remarks>
/// Eurostat's detailed tables split these further (Blue Card holders, researchers, seasonal
/// workers, students, international protection...). The platform's application types tell work,
/// study and other purposes apart and nothing finer, so the data does not allow those splits yet.
/// </remarks>
internal enum EurostatReason
{
    Family,
    Education,
    RemuneratedActivities,
    Other,
}
