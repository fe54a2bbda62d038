using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
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
            person.Ignore(p => p.DomainEvents);
            person.HasIndex(p => new { p.TenantId, p.SurnameKey });
            person.HasIndex(p => new { p.TenantId, p.NativeSurnameKey });
            person.HasIndex(p => new { p.TenantId, p.BirthDate });
            person.HasMany(p => p.Documents).WithOne().HasForeignKey(d => d.PersonId).OnDelete(DeleteBehavior.Cascade);
        });

        modelBuilder.Entity<IdentityDocument>(document =>
        {
            document.ToTable("People_Documents");
            document.Property(d => d.Id).ValueGeneratedNever();
            document.Property(d => d.Number).HasMaxLength(32);
            document.Property(d => d.IssuingState).HasMaxLength(3);
            document.HasIndex(d => new { d.TenantId, d.Number });
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
