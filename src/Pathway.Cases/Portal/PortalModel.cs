using Microsoft.EntityFrameworkCore;
using Pathway.Cases.Workflow;

namespace Pathway.Cases.Portal;

/// <summary>The table of the messages between applicants and the office.</summary>
internal static class PortalModel
{
    public static void Configure(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<CaseMessage>(m =>
        {
            m.ToTable("Cases_CaseMessages");
            m.Property(x => x.Id).ValueGeneratedNever();
            m.Property(x => x.Direction).HasConversion<string>().HasMaxLength(16);
            m.Property(x => x.Text).HasMaxLength(CaseMessage.MaxTextLength);
            m.HasOne<ResidenceCase>().WithMany().HasForeignKey(x => x.CaseId).OnDelete(DeleteBehavior.Cascade);
            m.HasIndex(x => new { x.CaseId, x.At });
            m.HasMany(x => x.Attachments).WithOne().HasForeignKey(a => a.MessageId).OnDelete(DeleteBehavior.Cascade);
        });
        modelBuilder.Entity<MessageAttachment>(a =>
        {
            a.ToTable("Cases_MessageAttachments");
            a.Property(x => x.Id).ValueGeneratedNever();
            a.Property(x => x.FileName).HasMaxLength(Applications.ApplicationFile.MaxFileNameLength);
            a.Property(x => x.ContentType).HasMaxLength(40);
            a.Property(x => x.Sha256).HasMaxLength(64);
            a.Property(x => x.StorageKey).HasMaxLength(Applications.ApplicationFile.MaxStorageKeyLength);
            a.HasIndex(x => x.MessageId);
        });
    }
}
