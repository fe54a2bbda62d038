namespace Pathway.Documents;

/// <summary>The lines of a machine-readable zone found in scanned text, before any field is read.</summary>
internal sealed record MrzScan(MrzFormat? Format, IReadOnlyList<string> Lines, IReadOnlyList<MrzError> Errors);
