namespace Pathway.Analytics.Disclosure;

/// <summary>An additive relation of published cells: <see cref="Total"/> is the sum of <see cref="Parts"/>, its children along <see cref="Dimension"/>.</summary>
internal sealed record CellRelation(int Total, int Dimension, int[] Parts);
