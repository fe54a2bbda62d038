using Microsoft.EntityFrameworkCore;
using Pathway.Cases.Appointments;

namespace Pathway.Cases.WalkIn;

/// <summary>The walk-in tickets table.</summary>
internal static class WalkInModel
{
    internal static void Configure(ModelBuilder b) =>
        b.Entity<Ticket>(ticket =>
        {
            ticket.ToTable("Cases_Tickets");
            ticket.Property(t => t.Id).ValueGeneratedNever();
            ticket.Property(t => t.Service).HasConversion<string>().HasMaxLength(32);
            // A change made from a stale read (two clicks on one ticket) fails instead of overwriting.
            ticket.Property(t => t.Status).HasConversion<string>().HasMaxLength(16).IsConcurrencyToken();
            ticket.Ignore(t => t.Code);
            ticket.Ignore(t => t.IsOpen);
            ticket.Ignore(t => t.WaitingTime);
            ticket.Ignore(t => t.ServiceTime);
            ticket.HasOne<Office>().WithMany().HasForeignKey(t => t.OfficeId).OnDelete(DeleteBehavior.Cascade);
            ticket.HasOne<Counter>().WithMany().HasForeignKey(t => t.CounterId).OnDelete(DeleteBehavior.Restrict);
            // Two kiosks issuing at once cannot hand out the same number: the loser retries with the next.
            ticket.HasIndex(t => new { t.OfficeId, t.Service, t.Day, t.Number }).IsUnique();
            ticket.HasIndex(t => new { t.OfficeId, t.Day, t.Status });
            ticket.HasIndex(t => t.CounterId);
        });
}
