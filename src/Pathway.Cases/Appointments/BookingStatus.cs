namespace Pathway.Cases.Appointments;

public enum BookingStatus
{
    Active,
    Cancelled,
    NoShow,
    Attended,
}

/// <summary>Who made a booking: the migrant online, or an officer (the only way after too many no-shows).</summary>
public enum BookingChannel
{
    Online,
    Officer,
}
