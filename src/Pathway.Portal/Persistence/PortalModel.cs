using Microsoft.EntityFrameworkCore;
using Pathway.Platform.Persistence;
using Pathway.Portal.Content;

namespace Pathway.Portal.Persistence;

internal sealed class PortalModel : IModuleModel
{
    public string Module => "portal";

    public int Order => 40;

    public void Configure(ModelBuilder modelBuilder, DatabaseProvider provider)
    {
        modelBuilder.Entity<ContentItem>(item =>
        {
            item.ToTable("Portal_ContentItems");
            item.Property(i => i.Id).ValueGeneratedNever();
            // Names, not numbers: the content is read with other tools too.
            item.Property(i => i.Kind).HasConversion<string>().HasMaxLength(16);
            item.Property(i => i.Slug).HasMaxLength(ContentItem.MaxSlugLength);
            item.Property(i => i.SourceLanguage).HasMaxLength(16);
            item.Property(i => i.OwnerName).HasMaxLength(ContentItem.MaxNameLength);
            item.Property(i => i.LastCheckedBy).HasMaxLength(ContentItem.MaxNameLength);
            item.Property(i => i.Version).IsConcurrencyToken();
            item.HasIndex(i => new { i.TenantId, i.Slug }).IsUnique();
            item.HasMany(i => i.Texts).WithOne().HasForeignKey(t => t.ItemId).OnDelete(DeleteBehavior.Cascade);
            item.Ignore(i => i.Source);
        });

        modelBuilder.Entity<ContentText>(text =>
        {
            text.ToTable("Portal_ContentTexts");
            text.HasKey(t => new { t.ItemId, t.Language });
            text.Property(t => t.Language).HasMaxLength(16);
            text.Property(t => t.Title).HasMaxLength(ContentText.MaxTitleLength);
            text.Property(t => t.Body).HasMaxLength(ContentText.MaxBodyLength);
            text.Property(t => t.State).HasConversion<string>().HasMaxLength(16);
            text.Property(t => t.SourceHash).HasMaxLength(64);
            text.Property(t => t.UpdatedBy).HasMaxLength(ContentItem.MaxNameLength);
        });

        modelBuilder.Entity<Feedback.PageFeedback>(feedback =>
        {
            feedback.ToTable("Portal_PageFeedback");
            feedback.Property(f => f.Id).ValueGeneratedNever();
            feedback.Property(f => f.Language).HasMaxLength(16);
            feedback.Property(f => f.Comment).HasMaxLength(Feedback.PageFeedback.MaxCommentLength);
            feedback.HasIndex(f => new { f.ItemId, f.At });
            feedback.HasOne<ContentItem>().WithMany().HasForeignKey(f => f.ItemId).OnDelete(DeleteBehavior.Cascade);
        });
    }
}
