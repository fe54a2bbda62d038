using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Pathway.Platform.Tenancy;

namespace Pathway.Platform.Protection;

/// <summary>
/// Seals the special-category fields a save writes, just for the save: the statements carry the
/// sealed text, and afterwards the entities hold their plain text again with nothing left marked
/// changed. Each tenant's fields are sealed under the key version its row names now.
/// </summary>
internal static class SpecialCategoryWriter
{
    public static async Task<IReadOnlyList<Unsealed>> SealAsync(DbContext db, FieldCipher cipher, CancellationToken cancellationToken)
    {
        List<Unsealed>? written = null;
        Dictionary<Guid, int>? versions = null;
        foreach (var entry in db.ChangeTracker.Entries())
        {
            if (entry.State is not (EntityState.Added or EntityState.Modified))
            {
                continue;
            }

            var fields = SpecialCategory.Of(entry.Metadata);
            foreach (var field in fields)
            {
                var property = entry.Property(field.Name);
                if ((entry.State == EntityState.Modified && !property.IsModified) || property.CurrentValue is not string plain)
                {
                    continue;
                }

                var tenant = (Guid)entry.Property(field.Tenant.Name).CurrentValue!;
                versions ??= [];
                if (!versions.TryGetValue(tenant, out var version))
                {
                    version = versions[tenant] = await db.Set<Tenant>().AsNoTracking().Where(t => t.Id == tenant).Select(t => (int?)t.DataKeyVersion).FirstOrDefaultAsync(cancellationToken) ?? 1;
                }

                property.CurrentValue = cipher.Seal(tenant, version, field.Purpose, plain);
                (written ??= []).Add(new Unsealed(property, plain));
            }
        }

        return written ?? (IReadOnlyList<Unsealed>)[];
    }

    /// <summary>Gives the entities their plain text back; after a save that was accepted, as unchanged values.</summary>
    public static void Restore(IReadOnlyList<Unsealed> written)
    {
        foreach (var (property, plain) in written)
        {
            var accepted = property.EntityEntry.State == EntityState.Unchanged;
            property.CurrentValue = plain;
            if (accepted)
            {
                property.OriginalValue = plain;
                property.IsModified = false;
            }
        }
    }
}

/// <summary>A field sealed for a save, and its plain text.</summary>
internal sealed record Unsealed(PropertyEntry Property, string Plain);
