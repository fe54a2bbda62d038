using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Pathway.People.Duplicates;
using Pathway.People.LostStolen;
using Pathway.People.Registry;
using Pathway.Platform.Persistence;

namespace Pathway.People.Persistence;

internal sealed class PeopleModel : IModuleModel
{
    public string Module => "people";

    public int Order => 10;

    public void Configure(ModelBuilder modelBuilder, DatabaseProvider provider)
    {
        modelBuilder.Entity<Person>(person =>
        {
            person.ToTable("People_Persons");
            person.Property(p => p.Id).ValueGeneratedNever();
            person.Property(p => p.Surname).HasMaxLength(200);
            person.Property(p => p.GivenNames).HasMaxLength(200);
            person.Property(p => p.NativeSurname).HasMaxLength(200);
            person.Property(p => p.NativeGivenNames).HasMaxLength(200);
            person.Property(p => p.NativeScript).HasMaxLength(8);
            person.Property(p => p.BirthPlace).HasMaxLength(200);
            person.Property(p => p.Citizenship).HasMaxLength(3);
            SearchKey(person.Property(p => p.SurnameKey), provider);
            SearchKey(person.Property(p => p.FullNameKey), provider);
            SearchKey(person.Property(p => p.NativeSurnameKey), provider);
            SearchKey(person.Property(p => p.NativeFullNameKey), provider);
            SearchKey(person.Property(p => p.SurnameSkeleton), provider);
            SearchKey(person.Property(p => p.GivenNamesSkeleton), provider);
            // Skeleton then birth date: the duplicate check asks for one name within a few birth years.
            person.HasIndex(p => new { p.SurnameSkeleton, p.BirthDate });
            // Search by given name alone, in any romanisation.
            person.HasIndex(p => p.GivenNamesSkeleton);
            person.Ignore(p => p.DomainEvents);
            // Indexes lead with the searched column, not the tenant: the tenant filter is an OR with
            // the system scope, which SQLite cannot use to enter an index led by TenantId.
            person.HasIndex(p => p.SurnameKey);
            person.HasIndex(p => p.NativeSurnameKey);
            person.HasIndex(p => p.BirthDate);
            // Only merged records are indexed: "not merged" is nearly every row, and a full index
            // would tempt SQLite's planner away from the selective ones.
            person.HasIndex(p => p.MergedIntoId).HasFilter("\"MergedIntoId\" IS NOT NULL");
            person.HasMany(p => p.Documents).WithOne().HasForeignKey(d => d.PersonId).OnDelete(DeleteBehavior.Cascade);
        });

        modelBuilder.Entity<IdentityDocument>(document =>
        {
            document.ToTable("People_Documents");
            document.Property(d => d.Id).ValueGeneratedNever();
            document.Property(d => d.Number).HasMaxLength(32);
            document.Property(d => d.IssuingState).HasMaxLength(3);
            document.Property(d => d.SharedNumberReason).HasMaxLength(500);
            document.HasIndex(d => d.Number);
            // A document belongs to one person: the index holds even when two officers save the same
            // number at the same moment. A supervisor's recorded exception is left out of it.
            document.HasIndex(d => new { d.TenantId, d.Kind, d.IssuingState, d.Number }).IsUnique()
                .HasFilter("\"SharedNumberReason\" IS NULL");
        });

        modelBuilder.Entity<DuplicateSuspicion>(suspicion =>
        {
            suspicion.ToTable("People_DuplicateSuspicions");
            suspicion.Property(s => s.Id).ValueGeneratedNever();
            suspicion.Property(s => s.DecisionNote).HasMaxLength(1000);
            // One suspicion per pair and kind, however often scans find it.
            suspicion.HasIndex(s => new { s.TenantId, s.PersonId, s.OtherPersonId, s.Kind }).IsUnique();
            suspicion.HasIndex(s => new { s.TenantId, s.Status });
            // Undoing a merge looks up what it settled or moved; few entries ever have one.
            suspicion.HasIndex(s => s.MergeId).HasFilter("\"MergeId\" IS NOT NULL");
        });

        modelBuilder.Entity<PersonMerge>(merge =>
        {
            merge.ToTable("People_Merges");
            merge.Property(m => m.Id).ValueGeneratedNever();
            merge.HasIndex(m => new { m.TenantId, m.MergedId });
            merge.HasIndex(m => new { m.TenantId, m.SurvivorId });
        });

        modelBuilder.Entity<LostStolenDocument>(document =>
        {
            document.ToTable("People_LostStolenDocuments");
            document.Property(d => d.Id).ValueGeneratedNever();
            document.Property(d => d.Number).HasMaxLength(32);
            document.Property(d => d.IssuingState).HasMaxLength(3);
            document.Property(d => d.Source).HasMaxLength(200);
            document.HasIndex(d => new { d.TenantId, d.Number });
        });

        modelBuilder.Entity<ScanRun>(run =>
        {
            run.ToTable("People_ScanRuns");
            run.Property(r => r.Id).ValueGeneratedNever();
            run.Property(r => r.Trigger).HasMaxLength(64);
            run.Property(r => r.Node).HasMaxLength(200);
            run.Property(r => r.Error).HasMaxLength(2000);
            run.HasIndex(r => new { r.TenantId, r.RunDate, r.Trigger }).IsUnique();
        });
    }

    private static void SearchKey(PropertyBuilder<string> key, DatabaseProvider provider)
    {
        key.HasMaxLength(400);
        // Prefix search uses index range scans; byte order makes the ranges exact whatever the database locale.
        if (provider == DatabaseProvider.Postgres)
        {
            key.UseCollation("C");
        }
    }
}
