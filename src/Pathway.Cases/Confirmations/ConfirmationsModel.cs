using Microsoft.EntityFrameworkCore;
using Pathway.Cases.Workflow;

namespace Pathway.Cases.Confirmations;

internal static class ConfirmationsModel
{
    public static void Configure(ModelBuilder modelBuilder) =>
        modelBuilder.Entity<StayConfirmation>(s =>
        {
            s.ToTable("Cases_StayConfirmations");
            s.Property(x => x.Id).ValueGeneratedNever();
            s.Property(x => x.Number).HasMaxLength(StayConfirmation.MaxNumberLength);
            s.Property(x => x.Code).HasMaxLength(VerificationCode.Length);
            s.HasOne<ResidenceCase>().WithMany().HasForeignKey(x => x.CaseId).OnDelete(DeleteBehavior.Cascade);
            // One confirmation per case: two officers issuing at once keep one.
            s.HasIndex(x => x.CaseId).IsUnique();
            s.HasIndex(x => x.Code).IsUnique();
            s.HasIndex(x => new { x.TenantId, x.Number }).IsUnique();
        });
}
