namespace Pathway.Matching;

/// <summary>
/// Why a job could not run, naming the file and the 1-based line (0 when no line applies);
/// <see cref="OtherLine"/> is the first occurrence for a duplicate id.
/// </summary>
public sealed record InputError(InputErrorKind Kind, string File, int Line, string Message, int OtherLine = 0)
{
    public override string ToString() => Line > 0 ? $"{File}:{Line}: {Message}" : $"{File}: {Message}";
}
