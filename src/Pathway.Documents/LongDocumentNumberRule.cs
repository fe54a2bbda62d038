namespace Pathway.Documents;

/// <summary>
/// How the check digit of a document number longer than nine characters is computed (TD1 and
/// TD2: the first nine characters in the number field, a filler in its check digit position,
/// the rest at the start of the optional data followed by the check digit).
/// ICAO 9303 computes it over the whole number. Some issuers read the layout differently;
/// their documents are genuine, so a reader must accept them, but only by a named rule that
/// the office can see, never by relaxing the check.
/// </summary>
/// <param name="Name">Shown in <see cref="MrzResult.AppliedRules"/>; empty for the ICAO rule.</param>
/// <param name="Formats">The layouts the rule has been seen on.</param>
/// <param name="Subject">The characters the check digit covers, from the nine characters in the number field and the continuation.</param>
internal sealed record LongDocumentNumberRule(
    string Name,
    IReadOnlySet<MrzFormat> Formats,
    Func<string, string, string> Subject)
{
    public static LongDocumentNumberRule Icao { get; } = new(
        "",
        new HashSet<MrzFormat> { MrzFormat.TD1, MrzFormat.TD2 },
        (head, continuation) => head + continuation);

    /// <summary>Tried in order when the ICAO digit does not hold; add a rule here when a new issuer's practice is confirmed.</summary>
    public static IReadOnlyList<LongDocumentNumberRule> NationalVariants { get; } =
    [
        // Some national identity cards compute the digit over the characters as they stand in
        // the zone, the filler in the check digit position included, as if the number ran on
        // through it. Without this rule every such card would be refused at the counter.
        new(
            "long document number check digit computed with the filler included (national TD1 variant)",
            new HashSet<MrzFormat> { MrzFormat.TD1 },
            (head, continuation) => head + "<" + continuation),
    ];
}
