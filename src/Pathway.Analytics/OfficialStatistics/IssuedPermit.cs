namespace Pathway.Analytics.OfficialStatistics;

/// <summary>
/// One residence permit the office issued, as the warehouse hands it over. Give every permit of
/// a person the office knows of, earlier years included: whether a permit is first depends on
/// the ones before it.
/// </summary>
/// <param name="PersonKey">The person's pseudonym, the same for all their permits.</param>
/// <param name="Citizenship">As the case holds it: ISO 3166-1 alpha-3 or an ICAO 9303 code (D, XXA, XXX...).</param>
/// <param name="Reason">The application type's purpose in Eurostat's reasons.</param>
/// <param name="IssuedOn">The day of the decision; its year is the permit's reference year.</param>
/// <param name="ValidFrom">The first day the permit is valid.</param>
/// <param name="ValidUntil">The last day it is valid; null for a permit without a limit (permanent residence, EU long-term resident).</param>
/// <param name="TemporaryProtection">Granted under temporary protection (Directive 2001/55/EC).</param>
/// <param name="Previous">The permit the person held before this one, when the case knows of one the office did not issue (another authority, before the platform).</param>
internal sealed record IssuedPermit(
    string PersonKey,
    string Citizenship,
    EurostatReason Reason,
    DateOnly IssuedOn,
    DateOnly ValidFrom,
    DateOnly? ValidUntil,
    bool TemporaryProtection,
    EarlierPermit? Previous = null);
