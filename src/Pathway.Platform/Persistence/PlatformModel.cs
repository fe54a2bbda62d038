using Microsoft.EntityFrameworkCore;
using Pathway.Platform.ApiKeys;
using Pathway.Platform.Audit;
using Pathway.Platform.Idempotency;
using Pathway.Platform.Identity;
using Pathway.Platform.Outbox;
using Pathway.Platform.Tenancy;

namespace Pathway.Platform.Persistence;

/// <summary>The platform's own tables.</summary>
internal static class PlatformModel
{
    public static void Configure(ModelBuilder builder)
    {
        builder.Entity<PathwayUser>(user =>
        {
            user.Property(u => u.DisplayName).HasMaxLength(200);
            user.Property(u => u.PreferredCulture).HasMaxLength(16);
            user.HasIndex(u => u.TenantId);
        });

        builder.Entity<Tenant>(tenant =>
        {
            tenant.Property(t => t.Slug).HasMaxLength(64);
            tenant.HasIndex(t => t.Slug).IsUnique();
            tenant.Property(t => t.Name).HasMaxLength(200);
            tenant.Property(t => t.DefaultCulture).HasMaxLength(16);
            tenant.Property(t => t.TimeZone).HasMaxLength(64);
            tenant.Property(t => t.BrandColour).HasMaxLength(16);
            tenant.Property(t => t.DisplayName).HasMaxLength(Tenant.MaxDisplayNameLength);
            tenant.Property(t => t.LogoHash).HasMaxLength(64);
            tenant.Property(t => t.SwitchedOffFeatures).HasMaxLength(1000);
            tenant.Property(t => t.Version).IsConcurrencyToken();
            tenant.Property(t => t.UpdatedBy).HasMaxLength(256);
        });

        builder.Entity<Organisation>(organisation =>
        {
            organisation.Property(o => o.Name).HasMaxLength(200);
            organisation.Property(o => o.Voivodeship).HasMaxLength(2);
            organisation.HasIndex(o => o.TenantId);
        });

        builder.Entity<AuditEntry>(entry =>
        {
            entry.HasKey(e => e.Sequence);
            entry.Property(e => e.Sequence).ValueGeneratedNever();
            entry.Property(e => e.ActorName).HasMaxLength(256);
            entry.Property(e => e.Action).HasMaxLength(64);
            entry.Property(e => e.EntityType).HasMaxLength(128);
            entry.Property(e => e.EntityId).HasMaxLength(256);
            entry.Property(e => e.Reason).HasMaxLength(1000);
            entry.Property(e => e.ClientAddress).HasMaxLength(64);
            entry.Property(e => e.PreviousHash).HasMaxLength(64);
            entry.Property(e => e.Hash).HasMaxLength(64);
            entry.HasIndex(e => new { e.EntityType, e.EntityId });
            entry.HasIndex(e => e.ActorId);
            // The audit page reads an office's entries newest first, filtered by action or by date.
            entry.HasIndex(e => new { e.TenantId, e.Sequence });
            entry.HasIndex(e => new { e.Action, e.Sequence });
            entry.HasIndex(e => e.At);
        });

        builder.Entity<OutboxMessage>(message =>
        {
            message.Property(m => m.Type).HasMaxLength(256);
            message.Property(m => m.LockedBy).HasMaxLength(128);
            message.HasIndex(m => new { m.ProcessedAt, m.OccurredAt });
        });

        builder.Entity<OutboxReceipt>(receipt =>
        {
            receipt.HasKey(r => new { r.MessageId, r.Consumer });
            receipt.Property(r => r.Consumer).HasMaxLength(128);
        });

        builder.Entity<ApiKey>(key =>
        {
            key.Property(k => k.Name).HasMaxLength(200);
            key.Property(k => k.Prefix).HasMaxLength(16);
            key.HasIndex(k => k.Prefix).IsUnique();
            key.Property(k => k.SecretHash).HasMaxLength(64);
            key.Property(k => k.Scopes).HasMaxLength(1000);
            key.Ignore(k => k.ScopeList);
            key.HasIndex(k => k.TenantId);
        });

        builder.Entity<IdempotencyRecord>(record =>
        {
            record.ToTable("IdempotencyRecords");
            record.Property(r => r.Key).HasMaxLength(IdempotencyStore.MaxKeyLength);
            record.Property(r => r.Fingerprint).HasMaxLength(64);
            record.Property(r => r.ContentType).HasMaxLength(256);
            record.Property(r => r.Location).HasMaxLength(2048);
            record.Ignore(r => r.IsCompleted);
            // Decides the one winner among concurrent repeats of a key, on both databases.
            record.HasIndex(r => new { r.CallerId, r.Key }).IsUnique();
            // Expired keys are removed by age on every claim.
            record.HasIndex(r => r.CreatedAt);
        });
    }
}
