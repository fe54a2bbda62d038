namespace Pathway.Analytics.OfficialStatistics;

/// <summary>
/// A permit's length of validity in the bands of Eurostat's first-permit tables (Regulation (EC)
/// No 862/2007, Article 6(1)(a), "by the length of validity of the permit"): from 3 to 5 months,
/// from 6 to 11 months, 12 months or over.
/// </summary>
internal enum ValidityBand
{
    Months3To5,
    Months6To11,
    Months12OrMore,
}
