namespace Pathway.Analytics.Sources;

/// <summary>A field of a load besides the file, as the API and the page name it.</summary>
public enum SourceField
{
    Name,
    Title,
    Source,
}

/// <summary>Why a field of a load is refused: required and empty, or longer than <see cref="Limit"/> characters.</summary>
public sealed record SourceFieldProblem(SourceField Field, bool TooLong, int Limit = 0);
