namespace Pathway.Analytics.OfficialStatistics;

/// <summary>Why permits cannot be counted; the caller words each in the user's language.</summary>
internal enum PermitProblemKind
{
    /// <summary>The reporting country is not one that sends these statistics (a Member State or an EFTA state, in Eurostat's code).</summary>
    UnknownReportingCountry,

    /// <summary>A permit has no person key, so its history cannot be read.</summary>
    MissingPersonKey,

    /// <summary>A permit's citizenship has no code in Eurostat's list (an organisation's code, a former state, a typing error).</summary>
    UnknownCitizenship,

    /// <summary>A permit is held by a citizen of the Union, who gets no residence permit in these statistics.</summary>
    CitizenOfTheUnion,

    /// <summary>A permit ends before it starts.</summary>
    ValidityEndsBeforeStart,
}
