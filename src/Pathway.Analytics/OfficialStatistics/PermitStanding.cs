namespace Pathway.Analytics.OfficialStatistics;

/// <summary>What a permit counts as in Eurostat's tables.</summary>
internal enum PermitStanding
{
    /// <summary>A first permit: counted in MIGR_RESFIRST.</summary>
    First,

    /// <summary>A change of immigration status or reason to stay: counted in MIGR_RESCHANGE.</summary>
    ChangeOfStatus,

    /// <summary>A renewal for the same reason within 6 months: in neither table.</summary>
    Renewal,

    /// <summary>Valid for less than 3 months: not a residence permit for Eurostat.</summary>
    TooShort,

    /// <summary>Granted under temporary protection: left out.</summary>
    TemporaryProtection,
}
