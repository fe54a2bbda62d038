using Microsoft.EntityFrameworkCore;
using Pathway.Cases.Workflow;

namespace Pathway.Cases.Portal;

/// <summary>The table of the messages between applicants and the office.</summary>
internal static class PortalModel
{
    public static void Configure(ModelBuilder modelBuilder) =>
        modelBuilder.Entity<CaseMessage>(m =>
        {
            m.ToTable("Cases_CaseMessages");
            m.Property(x => x.Id).ValueGeneratedNever();
            m.Property(x => x.Direction).HasConversion<string>().HasMaxLength(16);
            m.Property(x => x.Text).HasMaxLength(CaseMessage.MaxTextLength);
            m.HasOne<ResidenceCase>().WithMany().HasForeignKey(x => x.CaseId).OnDelete(DeleteBehavior.Cascade);
            m.HasIndex(x => new { x.CaseId, x.At });
        });
}
