namespace Pathway.Documents;

/// <summary>
/// The outcome of reading a machine-readable zone. Fields are filled as far as the layout could
/// be recognised, even when invalid, so that an operator can see what the document says.
/// </summary>
/// <param name="Format">The recognised layout, or null when the text fits none.</param>
/// <param name="Valid">No error of any kind: check digits, codes, dates, characters and layout.</param>
/// <param name="CheckDigitsValid">Every check digit holds (under ICAO rules or a known national variant).</param>
/// <param name="AppliedRules">National variants that had to be applied for a check digit to hold.</param>
public sealed record MrzResult(
    MrzFormat? Format,
    bool Valid,
    bool CheckDigitsValid,
    MrzFields Fields,
    IReadOnlyList<MrzError> Errors,
    IReadOnlyList<string> AppliedRules);
