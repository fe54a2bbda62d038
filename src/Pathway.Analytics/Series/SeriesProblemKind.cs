namespace Pathway.Analytics.Series;

/// <summary>Why a series cannot be kept as sent.</summary>
public enum SeriesProblemKind
{
    /// <summary>The field is empty.</summary>
    Required,

    /// <summary>The field is longer than the store takes (<see cref="SeriesProblem.Limit"/> characters).</summary>
    TooLong,

    /// <summary>The series has no observed value at all: nothing worth keeping.</summary>
    NoObservations,
}
