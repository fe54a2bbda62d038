using Microsoft.EntityFrameworkCore;

namespace Pathway.Cases.Appointments;

/// <summary>The appointment tables: offices, their counters and slots, and the cases' bookings.</summary>
internal static class AppointmentsModel
{
    // Filters of the partial unique indexes, the same SQL on SQLite and PostgreSQL.
    internal const string ActiveFilter = "\"Status\" = 'Active'";
    internal const string HoldsSlotFilter = "\"Status\" <> 'Cancelled'";
    internal const string PendingFilter = "\"Status\" = 'Pending'";

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
            booking.Ignore(x => x.DomainEvents);
            booking.HasOne<Slot>().WithMany().HasForeignKey(x => x.SlotId).OnDelete(DeleteBehavior.Restrict);
            booking.HasIndex(x => x.Uid).IsUnique();
            // One active booking per case, and one booking holding a slot, even when two officers click at once.
            booking.HasIndex(x => new { x.TenantId, x.CaseNumber }).IsUnique().HasFilter(ActiveFilter).HasDatabaseName("IX_Cases_Bookings_ActivePerCase");
            booking.HasIndex(x => x.SlotId).IsUnique().HasFilter(HoldsSlotFilter).HasDatabaseName("IX_Cases_Bookings_HeldSlot");
            // The warehouse's rebuild reads a tenant's bookings a page after a key at a time.
            booking.HasIndex(x => new { x.TenantId, x.Id });
        });

        b.Entity<ReleaseWindow>(window =>
        {
            window.ToTable("Cases_BookingWindows");
            window.Property(w => w.Id).ValueGeneratedNever();
            window.Property(w => w.Service).HasConversion<string>().HasMaxLength(32);
            window.Property(w => w.Status).HasConversion<string>().HasMaxLength(16);
            window.Property(w => w.Seed).HasMaxLength(ReleaseWindow.MaxSeedLength);
            window.Property(w => w.Version).IsConcurrencyToken();
            window.HasOne<Office>().WithMany().HasForeignKey(w => w.OfficeId).OnDelete(DeleteBehavior.Cascade);
            // The day's scheduled window is opened once, however many nodes try at the same moment.
            window.HasIndex(w => new { w.OfficeId, w.Service, w.OpensAt }).IsUnique();
            window.HasIndex(w => new { w.TenantId, w.Status, w.ClosesAt });
        });

        b.Entity<WindowRequest>(request =>
        {
            request.ToTable("Cases_WindowRequests");
            request.Property(r => r.Id).ValueGeneratedNever();
            request.Property(r => r.CaseNumber).HasMaxLength(Booking.MaxCaseNumberLength);
            request.Property(r => r.Language).HasMaxLength(Booking.MaxLanguageLength);
            request.Property(r => r.Preferences).HasMaxLength(WindowRequest.MaxPreferencesLength);
            request.Property(r => r.Days).HasMaxLength(WindowRequest.MaxDaysLength);
            request.Property(r => r.Status).HasConversion<string>().HasMaxLength(16);
            request.Property(r => r.Reason).HasMaxLength(WindowRequest.MaxReasonLength);
            request.Ignore(r => r.SlotIds);
            request.Ignore(r => r.AnyOfDays);
            request.HasOne<ReleaseWindow>().WithMany().HasForeignKey(r => r.WindowId).OnDelete(DeleteBehavior.Cascade);
            // One request per case in a window, and one waiting per case at all: more requests buy no more chances.
            request.HasIndex(r => new { r.WindowId, r.CaseNumber }).IsUnique();
            request.HasIndex(r => new { r.TenantId, r.CaseNumber }).IsUnique().HasFilter(PendingFilter).HasDatabaseName("IX_Cases_WindowRequests_PendingPerCase");
        });
    }
}
