namespace Pathway.Documents;

/// <summary>The machine-readable zone layouts of ICAO 9303.</summary>
public enum MrzFormat
{
    /// <summary>Identity card size: 3 lines of 30 characters.</summary>
    TD1,

    /// <summary>Larger card or booklet: 2 lines of 36 characters.</summary>
    TD2,

    /// <summary>Passport booklet: 2 lines of 44 characters.</summary>
    TD3,

    /// <summary>Visa filling a passport page: 2 lines of 44 characters starting with V.</summary>
    MrvA,

    /// <summary>Smaller visa leaving room on the page: 2 lines of 36 characters starting with V.</summary>
    MrvB,
}
