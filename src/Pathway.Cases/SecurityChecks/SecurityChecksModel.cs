using Microsoft.EntityFrameworkCore;
using Pathway.Cases.Workflow;

namespace Pathway.Cases.SecurityChecks;

/// <summary>The tables of security checks and of the per-tenant decision rules.</summary>
internal static class SecurityChecksModel
{
    public static void Configure(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<ResidenceCase>().HasMany(c => c.SecurityChecks).WithOne().HasForeignKey(s => s.CaseId).OnDelete(DeleteBehavior.Cascade);
        modelBuilder.Entity<SecurityCheck>(s =>
        {
            s.ToTable("Cases_SecurityChecks");
            s.Property(x => x.Id).ValueGeneratedNever();
            s.Property(x => x.Authority).HasConversion<string>().HasMaxLength(32);
            s.Property(x => x.Answer).HasConversion<string>().HasMaxLength(32);
            s.Property(x => x.ExtensionReason).HasMaxLength(SecurityCheck.MaxNoteLength);
            s.Property(x => x.Note).HasMaxLength(SecurityCheck.MaxNoteLength);
            s.Property(x => x.OverrideReason).HasMaxLength(SecurityCheck.MaxNoteLength);
            // One request per authority and case: two officers asking at once keep one.
            s.HasIndex(x => new { x.CaseId, x.Authority }).IsUnique();
            s.HasIndex(x => new { x.TenantId, x.DueOn });
        });
        DecisionSupport.DecisionRulesModel.Configure(modelBuilder);
    }
}
