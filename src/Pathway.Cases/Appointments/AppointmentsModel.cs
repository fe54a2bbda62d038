using Microsoft.EntityFrameworkCore;

namespace Pathway.Cases.Appointments;

/// <summary>The appointment tables: offices, their counters and slots, and the cases' bookings.</summary>
internal static class AppointmentsModel
{
    // Filters of the partial unique indexes, the same SQL on SQLite and PostgreSQL.
    internal const string ActiveFilter = "\"Status\" = 'Active'";
    internal const string HoldsSlotFilter = "\"Status\" <> 'Cancelled'";

    internal static void Configure(ModelBuilder b)
    {
        b.Entity<Office>(office =>
        {
            office.ToTable("Cases_Offices");
            office.Property(o => o.Id).ValueGeneratedNever();
            office.Property(o => o.Code).HasMaxLength(Office.MaxCodeLength);
            office.Property(o => o.Name).HasMaxLength(Office.MaxNameLength);
            office.Property(o => o.Address).HasMaxLength(Office.MaxAddressLength);
            office.Property(o => o.TimeZone).HasMaxLength(Office.MaxTimeZoneLength);
            office.Ignore(o => o.Zone);
            office.HasIndex(o => new { o.TenantId, o.Code }).IsUnique();
        });

        b.Entity<Counter>(counter =>
        {
            counter.ToTable("Cases_Counters");
            counter.Property(c => c.Id).ValueGeneratedNever();
            counter.Property(c => c.Name).HasMaxLength(Counter.MaxNameLength);
            counter.HasOne<Office>().WithMany().HasForeignKey(c => c.OfficeId).OnDelete(DeleteBehavior.Cascade);
        });

        b.Entity<Slot>(slot =>
        {
            slot.ToTable("Cases_Slots");
            slot.Property(s => s.Id).ValueGeneratedNever();
            // Names, not numbers: the slots are read with other tools too.
            slot.Property(s => s.Service).HasConversion<string>().HasMaxLength(32);
            slot.Ignore(s => s.EndsAt);
            slot.HasOne<Office>().WithMany().HasForeignKey(s => s.OfficeId).OnDelete(DeleteBehavior.Cascade);
            slot.HasOne<Counter>().WithMany().HasForeignKey(s => s.CounterId).OnDelete(DeleteBehavior.Restrict);
            slot.HasIndex(s => new { s.CounterId, s.StartsAt }).IsUnique();
            slot.HasIndex(s => new { s.TenantId, s.OfficeId, s.Service, s.StartsAt });
        });

        b.Entity<Booking>(booking =>
        {
            booking.ToTable("Cases_Bookings");
            booking.Property(x => x.Id).ValueGeneratedNever();
            booking.Property(x => x.CaseNumber).HasMaxLength(Booking.MaxCaseNumberLength);
            booking.Property(x => x.Uid).HasMaxLength(Booking.MaxUidLength);
            booking.Property(x => x.Language).HasMaxLength(Booking.MaxLanguageLength);
            booking.Property(x => x.Status).HasConversion<string>().HasMaxLength(16);
            booking.Property(x => x.Channel).HasConversion<string>().HasMaxLength(16);
            booking.Property(x => x.Sequence).IsConcurrencyToken();
            booking.Ignore(x => x.IsActive);
            booking.HasOne<Slot>().WithMany().HasForeignKey(x => x.SlotId).OnDelete(DeleteBehavior.Restrict);
            booking.HasIndex(x => x.Uid).IsUnique();
            // One active booking per case, and one booking holding a slot, even when two officers click at once.
            booking.HasIndex(x => new { x.TenantId, x.CaseNumber }).IsUnique().HasFilter(ActiveFilter).HasDatabaseName("IX_Cases_Bookings_ActivePerCase");
            booking.HasIndex(x => x.SlotId).IsUnique().HasFilter(HoldsSlotFilter).HasDatabaseName("IX_Cases_Bookings_HeldSlot");
        });
    }
}
