namespace Pathway.Analytics.Disclosure;

/// <summary>A cell as it may leave the warehouse: its codes (one per dimension of the cube), its status and the value shown (null when suppressed).</summary>
public sealed record ProtectedCell(IReadOnlyList<string> Codes, ConfStatus Status, long? Value, PrimaryReason Reason = PrimaryReason.None)
{
    public bool Suppressed => Status != ConfStatus.Free;
}

/// <summary>What the protection cost one table: its cells, those suppressed, and the persons in its suppressed inner cells as a share of its total.</summary>
public sealed record TableSummary(string Name, int Cells, int Primary, int Secondary, long SuppressedPersons, long Total)
{
    public double SuppressedShare => Total == 0 ? 0 : (double)SuppressedPersons / Total;
}
