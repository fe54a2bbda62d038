namespace Pathway.Documents;

/// <summary>
/// The data of a machine-readable zone as the holder and the office read it: fillers removed,
/// names with spaces, dates as written (YYMMDD). Empty string when a field is absent.
/// </summary>
public sealed record MrzFields
{
    public static MrzFields Empty { get; } = new();

    public string DocumentCode { get; init; } = "";

    public string IssuingState { get; init; } = "";

    public string DocumentNumber { get; init; } = "";

    public string Nationality { get; init; } = "";

    /// <summary>YYMMDD as written; see <see cref="MrzDates.BirthDate"/> for the century.</summary>
    public string BirthDate { get; init; } = "";

    /// <summary>M, F or X (the MRZ filler means unspecified and reads as X).</summary>
    public string Sex { get; init; } = "";

    /// <summary>YYMMDD as written; see <see cref="MrzDates.ExpiryDate"/> for the century.</summary>
    public string ExpiryDate { get; init; } = "";

    public string Surname { get; init; } = "";

    public string GivenNames { get; init; } = "";

    /// <summary>TD3 only: the personal number or optional data protected by its own check digit.</summary>
    public string PersonalNumber { get; init; } = "";

    /// <summary>TD1 line 1 optional data; the only optional data of TD2, MRV-A and MRV-B.</summary>
    public string OptionalData1 { get; init; } = "";

    /// <summary>TD1 line 2 optional data.</summary>
    public string OptionalData2 { get; init; } = "";
}
