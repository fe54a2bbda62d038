namespace Pathway.Documents;

/// <summary>
/// The outcome of generating a machine-readable zone: the lines joined with "\n", or the reasons
/// the data cannot be written. <paramref name="Notes"/> says where the data had to be shortened.
/// </summary>
public sealed record MrzGeneration(string Text, IReadOnlyList<MrzError> Errors, IReadOnlyList<string> Notes)
{
    public bool Succeeded => Errors.Count == 0;
}
