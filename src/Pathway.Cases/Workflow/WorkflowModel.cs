using Microsoft.EntityFrameworkCore;

namespace Pathway.Cases.Workflow;

/// <summary>The tables of cases, their timelines, suspensions and number sequences.</summary>
internal static class WorkflowModel
{
    public static void Configure(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<ResidenceCase>(c =>
        {
            c.ToTable("Cases_Cases");
            c.Property(x => x.Id).ValueGeneratedNever();
            c.Property(x => x.Number).HasMaxLength(ResidenceCase.MaxNumberLength);
            c.Property(x => x.ApplicationType).HasMaxLength(Catalogue.ApplicationType.MaxCodeLength);
            c.Property(x => x.Permit).HasConversion<string>().HasMaxLength(32);
            c.Property(x => x.ApplicantSurname).HasMaxLength(ResidenceCase.MaxNameLength);
            c.Property(x => x.ApplicantGivenNames).HasMaxLength(ResidenceCase.MaxNameLength);
            c.Property(x => x.ApplicantCitizenship).HasMaxLength(3);
            c.Property(x => x.ApplicantSex).HasMaxLength(1);
            c.Property(x => x.Purpose).HasMaxLength(20);
            c.Property(x => x.PassportNumber).HasMaxLength(ResidenceCase.MaxDocumentLength);
            c.Property(x => x.State).HasConversion<string>().HasMaxLength(32);
            c.Property(x => x.StateBeforeSuspension).HasConversion<string>().HasMaxLength(32);
            c.Property(x => x.Outcome).HasConversion<string>().HasMaxLength(32);
            c.Property(x => x.DecisionReasons).HasMaxLength(ResidenceCase.MaxReasonsLength);
            // Optimistic concurrency: an update names the version it read, and a stale one matches no row.
            c.Property(x => x.Version).IsConcurrencyToken();
            c.HasIndex(x => new { x.TenantId, x.Number }).IsUnique();
            c.HasIndex(x => new { x.TenantId, x.State, x.DecisionDueOn });
            c.HasIndex(x => new { x.TenantId, x.AssignedOfficerId, x.State });
            c.HasIndex(x => new { x.TenantId, x.PassportNumber });
            c.HasIndex(x => new { x.TenantId, x.ApplicantUserId });
            c.HasIndex(x => new { x.TenantId, x.AssignedOfficerId, x.DecisionDueOn });
            // A tenant's cases a page at a time in id order (the warehouse's rebuild).
            c.HasIndex(x => new { x.TenantId, x.Id });
            c.HasMany(x => x.NameWords).WithOne().HasForeignKey(w => w.CaseId).OnDelete(DeleteBehavior.Cascade);
            c.HasMany(x => x.Events).WithOne().HasForeignKey(e => e.CaseId).OnDelete(DeleteBehavior.Cascade);
            c.HasMany(x => x.Suspensions).WithOne().HasForeignKey(s => s.CaseId).OnDelete(DeleteBehavior.Cascade);
        });

        modelBuilder.Entity<CaseEvent>(e =>
        {
            e.ToTable("Cases_CaseEvents");
            e.Property(x => x.Id).ValueGeneratedNever();
            e.Property(x => x.Action).HasConversion<string>().HasMaxLength(40);
            e.Property(x => x.FromState).HasConversion<string>().HasMaxLength(32);
            e.Property(x => x.ToState).HasConversion<string>().HasMaxLength(32);
            e.Property(x => x.Note).HasMaxLength(CaseEvent.MaxNoteLength);
            e.Property(x => x.Detail).HasMaxLength(CaseEvent.MaxDetailLength);
        });

        modelBuilder.Entity<ApplicantWord>(w =>
        {
            w.ToTable("Cases_ApplicantWords");
            w.HasKey(x => new { x.CaseId, x.Word });
            w.Property(x => x.Word).HasMaxLength(ApplicantWord.MaxWordLength);
            w.HasIndex(x => new { x.Word, x.CaseId });
        });

        modelBuilder.Entity<OfficerQualification>(q =>
        {
            q.ToTable("Cases_OfficerQualifications");
            q.HasKey(x => new { x.TenantId, x.OfficerId, x.ApplicationType });
            q.Property(x => x.ApplicationType).HasMaxLength(Catalogue.ApplicationType.MaxCodeLength);
            q.HasIndex(x => new { x.TenantId, x.ApplicationType });
        });

        modelBuilder.Entity<CaseNumberSequence>(n =>
        {
            n.ToTable("Cases_CaseNumbers");
            n.HasKey(x => new { x.TenantId, x.Year });
        });

        modelBuilder.Entity<CaseSuspension>(s =>
        {
            s.ToTable("Cases_CaseSuspensions");
            s.Property(x => x.Id).ValueGeneratedNever();
            s.Property(x => x.Reason).HasMaxLength(CaseSuspension.MaxReasonLength);
        });
    }
}
