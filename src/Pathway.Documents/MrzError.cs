namespace Pathway.Documents;

/// <summary>
/// What is wrong with a machine-readable zone, or with the data given to generate one.
/// <paramref name="Field"/> is the camelCase name of the field (as in the JSON of the batch
/// runners), "compositeCheckDigit", or "format" for the layout of the text itself.
/// </summary>
public sealed record MrzError(string Field, string Message);
