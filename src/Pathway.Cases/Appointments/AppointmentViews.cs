namespace Pathway.Cases.Appointments;

/// <summary>A free slot as the API and the page list it; times in UTC and in the office's zone.</summary>
public sealed record FreeSlot(Guid Id, string Office, string Service, Guid CounterId, string Counter, DateTime StartsAt, DateTime EndsAt, DateTimeOffset LocalStart);

/// <summary>A booking with its slot and office, as read for one booking.</summary>
public sealed record BookingDetails(Booking Booking, Slot Slot, Office Office, Counter Counter);

/// <summary>One office's day: each counter with its slots of the day and the booking holding each.</summary>
public sealed record OfficeDay(Office Office, DateOnly Day, IReadOnlyList<CounterDay> Counters);

public sealed record CounterDay(Counter Counter, IReadOnlyList<SlotOfDay> Slots);

public sealed record SlotOfDay(Slot Slot, DateTimeOffset LocalStart, Booking? Booking);
