namespace Pathway.Cases.WalkIn;

/// <summary>Where a walk-in ticket stands. Stored by name.</summary>
public enum TicketStatus
{
    Waiting,
    Called,
    Serving,
    Served,
    NoShow,
    Transferred,
}
