using Microsoft.EntityFrameworkCore;
using Pathway.Cases.Catalogue;
using Pathway.Platform.Persistence;

namespace Pathway.Cases.Persistence;

internal sealed class CasesModel : IModuleModel
{
    public string Module => "cases";

    public int Order => 30;

    public void Configure(ModelBuilder modelBuilder, DatabaseProvider provider)
    {
        modelBuilder.Entity<ApplicationType>(type =>
        {
            type.ToTable("Cases_ApplicationTypes");
            type.Property(t => t.Id).ValueGeneratedNever();
            type.Property(t => t.Code).HasMaxLength(ApplicationType.MaxCodeLength);
            type.Property(t => t.Name).HasMaxLength(ApplicationType.MaxNameLength);
            type.Property(t => t.PolishName).HasMaxLength(ApplicationType.MaxNameLength);
            type.Property(t => t.LegalBasis).HasMaxLength(ApplicationType.MaxLegalTextLength);
            // Names, not numbers: the catalogue is read with other tools too.
            type.Property(t => t.Permit).HasConversion<string>().HasMaxLength(32);
            type.HasIndex(t => new { t.TenantId, t.Code }).IsUnique();
            type.HasMany(t => t.DecisionPeriods).WithOne().HasForeignKey(p => p.ApplicationTypeId).OnDelete(DeleteBehavior.Cascade);
            type.HasMany(t => t.StampDuties).WithOne().HasForeignKey(d => d.ApplicationTypeId).OnDelete(DeleteBehavior.Cascade);
            type.HasMany(t => t.Documents).WithOne().HasForeignKey(d => d.ApplicationTypeId).OnDelete(DeleteBehavior.Cascade);
        });

        modelBuilder.Entity<DecisionPeriod>(period =>
        {
            period.ToTable("Cases_DecisionPeriods");
            Dated(period);
            period.Property(p => p.Unit).HasConversion<string>().HasMaxLength(16);
        });

        modelBuilder.Entity<StampDuty>(duty =>
        {
            duty.ToTable("Cases_StampDuties");
            Dated(duty);
            duty.Property(d => d.AmountPln).HasPrecision(10, 2);
        });

        modelBuilder.Entity<RequiredDocument>(document =>
        {
            document.ToTable("Cases_RequiredDocuments");
            Dated(document);
            document.Property(d => d.Code).HasMaxLength(RequiredDocument.MaxCodeLength);
            document.Property(d => d.Name).HasMaxLength(ApplicationType.MaxNameLength);
            document.Property(d => d.Condition).HasConversion<string>().HasMaxLength(32);
        });

        Suspensions(modelBuilder);
        Workflow.WorkflowModel.Configure(modelBuilder);
        Appointments.AppointmentsModel.Configure(modelBuilder);
        PaperFiles.PaperFilesModel.Configure(modelBuilder);
        WalkIn.WalkInModel.Configure(modelBuilder);
        SecurityChecks.SecurityChecksModel.Configure(modelBuilder);
        Portal.PortalModel.Configure(modelBuilder);
        Confirmations.ConfirmationsModel.Configure(modelBuilder);
        Applications.ApplicationsModel.Configure(modelBuilder);
    }

    private static void Suspensions(ModelBuilder modelBuilder) =>
        modelBuilder.Entity<StatutorySuspension>(suspension =>
        {
            suspension.ToTable("Cases_StatutorySuspensions");
            suspension.Property(s => s.Id).ValueGeneratedNever();
            suspension.Property(s => s.Permit).HasConversion<string>().HasMaxLength(32);
            suspension.Property(s => s.Name).HasMaxLength(StatutorySuspension.MaxNameLength);
            suspension.Property(s => s.LegalSource).HasMaxLength(ApplicationType.MaxLegalTextLength);
            suspension.HasIndex(s => new { s.TenantId, s.Permit });
        });

    private static void Dated<T>(Microsoft.EntityFrameworkCore.Metadata.Builders.EntityTypeBuilder<T> rule)
        where T : DatedRule
    {
        rule.Property(r => r.Id).ValueGeneratedNever();
        rule.Property(r => r.LegalSource).HasMaxLength(ApplicationType.MaxLegalTextLength);
    }
}
