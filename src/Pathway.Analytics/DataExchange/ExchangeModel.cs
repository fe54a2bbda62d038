using Microsoft.EntityFrameworkCore;

namespace Pathway.Analytics.DataExchange;

/// <summary>The partners' tables: <c>Analytics_Partners</c> and <c>Analytics_PartnerKeys</c> (migration 0005).</summary>
internal static class ExchangeModel
{
    public static void Configure(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<Partner>(partner =>
        {
            partner.ToTable("Analytics_Partners");
            partner.Property(p => p.Id).ValueGeneratedNever();
            partner.Property(p => p.Name).HasMaxLength(Partner.MaxNameLength);
            partner.Property(p => p.ContactEmail).HasMaxLength(Partner.MaxEmailLength);
            partner.Property(p => p.Datasets).HasMaxLength(200);
            partner.Ignore(p => p.DatasetList);
            partner.Ignore(p => p.Suspended);
            // Administrators tell partners apart by name: one per office.
            partner.HasIndex(p => new { p.TenantId, p.Name }).IsUnique();
        });

        modelBuilder.Entity<PartnerKey>(key =>
        {
            key.ToTable("Analytics_PartnerKeys");
            key.HasKey(k => k.ApiKeyId);
            key.HasIndex(k => k.PartnerId);
            key.HasOne<Partner>().WithMany().HasForeignKey(k => k.PartnerId).OnDelete(DeleteBehavior.Cascade);
        });
    }
}
