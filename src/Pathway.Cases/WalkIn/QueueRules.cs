using Pathway.Cases.Appointments;

namespace Pathway.Cases.WalkIn;

/// <summary>Which waiting ticket a counter calls next; no database, so the choice is tested on its own.</summary>
internal static class QueueRules
{
    /// <summary>
    /// Among the tickets waiting for the services the counter serves, the one that has waited longest.
    /// Comparing waiting times across services, rather than taking services in turn, keeps a busy
    /// service from starving a quiet one and a quiet one from jumping a long queue.
    /// </summary>
    public static Ticket? Next(IEnumerable<Ticket> waiting, Counter counter, AppointmentService? only = null) =>
        waiting
            .Where(t => t.Status == TicketStatus.Waiting && t.OfficeId == counter.OfficeId && counter.Serves(t.Service) && (only is null || t.Service == only))
            .OrderBy(t => t.IssuedAt)
            .ThenBy(t => WalkInServices.Prefix(t.Service))
            .ThenBy(t => t.Number)
            .FirstOrDefault();

    /// <summary>The next free number of a service on a day, given the highest one issued so far.</summary>
    public static int NextNumber(int? highest) => (highest ?? 0) + 1;
}
