using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;
using Pathway.Platform.Audit;
using Pathway.Platform.Persistence;
using Pathway.Platform.Tenancy;

namespace Pathway.Platform.Protection;

/// <summary>How far a re-sealing pass is: the field it is at and the values it has sealed so far.</summary>
public sealed record ResealProgress(string Field, int Sealed);

/// <summary>What a re-sealing pass of one tenant did: values sealed, and values that would not open (left as they are).</summary>
public sealed record ResealSummary(int KeyVersion, int Sealed, int Unopenable);

/// <summary>
/// Seals again, under the tenant's current key version, every special-category value that is
/// behind it: values written before sealing began (plain text) and values sealed under an older
/// version. It reads and writes the columns directly, a batch per transaction, so a stopped pass
/// leaves every value either as it was or sealed anew, and the next pass goes on. A value edited
/// meanwhile is left to that edit, which sealed it already. An empty value (what anonymisation
/// leaves) says nothing and is left empty. One audit entry per tenant and pass.
/// </summary>
public sealed class SpecialCategoryResealer(PathwayDbContext db, FieldCipher cipher)
{
    public const int BatchSize = 500;

    /// <summary>
    /// Raises the tenant's key version and re-seals its fields under the new one. Refused (nothing
    /// changed, the values that did not open counted) when the tenant's values do not open with
    /// this master key: a rotation under the wrong key would seal new values no other node opens.
    /// </summary>
    public async Task<ResealSummary> RotateAsync(Guid tenantId, string by, IProgress<ResealProgress>? progress = null, CancellationToken cancellationToken = default)
    {
        var tenant = await db.Tenants.SingleAsync(t => t.Id == tenantId, cancellationToken);
        var unopenable = await SampleUnopenableAsync(tenantId, cancellationToken);
        if (unopenable > 0)
        {
            return new ResealSummary(tenant.DataKeyVersion, 0, unopenable);
        }

        tenant.DataKeyVersion++;
        db.Audit(new AuditRecord(AuditAction.Update, nameof(Tenant), tenantId.ToString(), Reason: "data key rotated", Details: string.Create(CultureInfo.InvariantCulture, $"DataKeyVersion={tenant.DataKeyVersion}; by {by}")));
        await db.SaveChangesAsync(cancellationToken);
        return await ResealAsync(tenantId, progress, cancellationToken);
    }

    public async Task<ResealSummary> ResealAsync(Guid tenantId, IProgress<ResealProgress>? progress = null, CancellationToken cancellationToken = default)
    {
        var version = await db.Tenants.Where(t => t.Id == tenantId).Select(t => t.DataKeyVersion).SingleAsync(cancellationToken);
        var current = FieldCipher.PrefixOf(version) + "%";
        var total = 0;
        var unopenable = 0;
        foreach (var (field, table, keyColumn, column, tenantColumn) in Fields())
        {
            var name = $"{table}.{column}";
            // Names from the model, values as parameters.
            var update = $"UPDATE \"{table}\" SET \"{column}\" = {{0}} WHERE \"{keyColumn}\" = {{1}} AND \"{column}\" = {{2}}";
            Guid? after = null;
            while (true)
            {
                var rows = await BehindAsync(table, keyColumn, column, tenantColumn, tenantId, current, after, cancellationToken);
                if (rows.Count == 0)
                {
                    break;
                }

                await using (var transaction = await db.Database.BeginTransactionAsync(cancellationToken))
                {
                    foreach (var row in rows)
                    {
                        string plain;
                        try
                        {
                            plain = cipher.Open(tenantId, field.Purpose, row.Value);
                        }
                        catch (FieldCipherException)
                        {
                            unopenable++;
                            continue;
                        }

                        var resealed = cipher.Seal(tenantId, version, field.Purpose, plain);
                        total += await db.Database.ExecuteSqlRawAsync(update, [resealed, row.Key, row.Value], cancellationToken);
                    }

                    await transaction.CommitAsync(cancellationToken);
                }

                after = rows[^1].Key;
                progress?.Report(new ResealProgress(name, total));
            }
        }

        if (total > 0 || unopenable > 0)
        {
            db.Audit(new AuditRecord(AuditAction.Update, nameof(Tenant), tenantId.ToString(), Reason: "special-category fields sealed again",
                Details: string.Create(CultureInfo.InvariantCulture, $"KeyVersion={version}; Sealed={total}; Unopenable={unopenable}")));
            await db.SaveChangesAsync(cancellationToken);
        }

        return new ResealSummary(version, total, unopenable);
    }

    /// <summary>How many of the first sealed values of each field do not open with this master key.</summary>
    private async Task<int> SampleUnopenableAsync(Guid tenantId, CancellationToken cancellationToken)
    {
        var unopenable = 0;
        foreach (var (field, table, keyColumn, column, tenantColumn) in Fields())
        {
            var sql = $"SELECT \"{keyColumn}\" AS \"Key\", \"{column}\" AS \"Value\" FROM \"{table}\" WHERE \"{tenantColumn}\" = {{0}} AND \"{column}\" LIKE {{1}} ORDER BY \"{keyColumn}\" LIMIT 20";
            foreach (var row in await db.Database.SqlQueryRaw<StoredValue>(sql, tenantId, FieldCipher.Prefix + "%").ToListAsync(cancellationToken))
            {
                try
                {
                    cipher.Open(tenantId, field.Purpose, row.Value);
                }
                catch (FieldCipherException)
                {
                    unopenable++;
                }
            }
        }

        return unopenable;
    }

    private IEnumerable<(SealedProperty Field, string Table, string KeyColumn, string Column, string TenantColumn)> Fields()
    {
        foreach (var entity in db.Model.GetEntityTypes())
        {
            foreach (var field in SpecialCategory.Of(entity))
            {
                var table = StoreObjectIdentifier.Table(entity.GetTableName()!, entity.GetSchema());
                yield return (field, table.Name, entity.FindPrimaryKey()!.Properties.Single().GetColumnName(table)!, field.Property.GetColumnName(table)!, field.Tenant.GetColumnName(table)!);
            }
        }
    }

    private Task<List<StoredValue>> BehindAsync(string table, string keyColumn, string column, string tenantColumn, Guid tenant, string current, Guid? after, CancellationToken cancellationToken)
    {
        var sql = $"SELECT \"{keyColumn}\" AS \"Key\", \"{column}\" AS \"Value\" FROM \"{table}\" WHERE \"{tenantColumn}\" = {{0}} AND \"{column}\" IS NOT NULL AND \"{column}\" <> '' AND \"{column}\" NOT LIKE {{1}}"
            + (after is null ? "" : $" AND \"{keyColumn}\" > {{2}}")
            + $" ORDER BY \"{keyColumn}\" LIMIT {BatchSize}";
        object[] parameters = after is null ? [tenant, current] : [tenant, current, after.Value];
        return db.Database.SqlQueryRaw<StoredValue>(sql, parameters).ToListAsync(cancellationToken);
    }

    private sealed class StoredValue
    {
        public Guid Key { get; set; }
        public string Value { get; set; } = "";
    }
}
