using System.Linq.Expressions;
using System.Text.Json;
using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Storage;
using Pathway.Platform.ApiKeys;
using Pathway.Platform.Audit;
using Pathway.Platform.Identity;
using Pathway.Platform.Outbox;
using Pathway.Platform.Protection;
using Pathway.Platform.Tenancy;

namespace Pathway.Platform.Persistence;

/// <summary>
/// The one unit of work of the platform. Modules add their tables through <see cref="IModuleModel"/>;
/// saving writes the audit trail of every change and the outbox of every domain event in the
/// same transaction as the change itself.
/// </summary>
public sealed class PathwayDbContext(
    DbContextOptions<PathwayDbContext> options,
    IEnumerable<IModuleModel> modules,
    ITenantScopeAccessor scopeAccessor,
    IAuditActorAccessor actorAccessor,
    TimeProvider clock,
    FieldCipher cipher)
    : IdentityDbContext<PathwayUser, PathwayRole, Guid>(options), IDataProtectionKeyContext
{
    private readonly List<AuditRecord> pendingAudit = [];

    public DbSet<Tenant> Tenants => Set<Tenant>();
    public DbSet<Organisation> Organisations => Set<Organisation>();
    public DbSet<AuditEntry> AuditEntries => Set<AuditEntry>();
    public DbSet<OutboxMessage> OutboxMessages => Set<OutboxMessage>();
    public DbSet<OutboxReceipt> OutboxReceipts => Set<OutboxReceipt>();
    public DbSet<ApiKey> ApiKeys => Set<ApiKey>();
    public DbSet<Idempotency.IdempotencyRecord> IdempotencyRecords => Set<Idempotency.IdempotencyRecord>();
    public DbSet<DataProtectionKey> DataProtectionKeys => Set<DataProtectionKey>();

    // Read by the query filters: EF evaluates these per context instance. The system scope and "all
    // organisations" are told by null rather than by a flag (see TenantFilter).
    internal TenantScope Scope => scopeAccessor.Current;
    private Guid? ScopeTenantIdUnlessSystem => Scope.IsSystem ? null : Scope.TenantId;
    private bool? ScopeAllOrganisationsOrNull => Scope.IsSystem || Scope.AllOrganisations ? true : null;
    private IReadOnlyCollection<Guid> ScopeOrganisationIds => Scope.OrganisationIds;

    /// <summary>Seals and opens the special-category fields of this context's tenants.</summary>
    internal FieldCipher Cipher => cipher;

    public bool IsPostgres => Database.ProviderName == "Npgsql.EntityFrameworkCore.PostgreSQL";

    /// <summary>Queues an audit record (a read, a search, a sign-in); it is written with the next save.</summary>
    public void Audit(AuditRecord record) => pendingAudit.Add(record);

    /// <summary>Writes an audit record now, on its own.</summary>
    public async Task AuditNowAsync(AuditRecord record, CancellationToken cancellationToken = default)
    {
        Audit(record);
        await SaveChangesAsync(cancellationToken);
    }

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        PlatformModel.Configure(builder);
        foreach (var module in modules.OrderBy(m => m.Order))
        {
            module.Configure(builder, IsPostgres ? DatabaseProvider.Postgres : DatabaseProvider.Sqlite);
        }

        foreach (var entityType in builder.Model.GetEntityTypes().Where(t => typeof(ITenantOwned).IsAssignableFrom(t.ClrType)))
        {
            builder.Entity(entityType.ClrType).HasQueryFilter(TenantFilter(entityType.ClrType));
        }
    }

    /// <summary>
    /// row => EF.Parameter(ScopeTenantIdUnlessSystem) == null
    ///     || (row.TenantId == ScopeTenantIdUnlessSystem
    ///         &amp;&amp; (EF.Parameter(ScopeAllOrganisationsOrNull) != null || ScopeOrganisationIds.Contains(row.OrganisationId)))
    /// </summary>
    /// <remarks>
    /// EF writes a query's SQL for its parameters' nullness (and caches each shape), so a tenant's query
    /// says only <c>TenantId = @tenant</c> and a system query nothing. With flags, the SQL was
    /// <c>(@system OR (TenantId = @tenant AND ...)) AND ...</c>, behind which SQLite's planner can use
    /// none of the (TenantId, ...) indexes: at 2,000,000 cases, finding a case by its number scanned the
    /// table (1.2 s instead of a millisecond). <c>EF.Parameter</c> keeps the null test in the query:
    /// without it EF would evaluate the test itself and send its answer as a flag again.
    /// </remarks>
    private LambdaExpression TenantFilter(Type entity)
    {
        var row = Expression.Parameter(entity, "row");
        var self = Expression.Constant(this);
        Expression Member(string name) => Expression.Property(self, typeof(PathwayDbContext).GetProperty(name, System.Reflection.BindingFlags.NonPublic | System.Reflection.BindingFlags.Instance)!);
        Expression AsParameter(Expression value) => Expression.Call(typeof(EF), nameof(EF.Parameter), [value.Type], value);
        var tenant = Member(nameof(ScopeTenantIdUnlessSystem));
        var allOrganisations = Member(nameof(ScopeAllOrganisationsOrNull));
        var contains = Expression.Call(
            typeof(Enumerable), nameof(Enumerable.Contains), [typeof(Guid)],
            Member(nameof(ScopeOrganisationIds)), Expression.Property(row, nameof(ITenantOwned.OrganisationId)));
        var body = Expression.OrElse(
            Expression.Equal(AsParameter(tenant), Expression.Constant(null, typeof(Guid?))),
            Expression.AndAlso(
                Expression.Equal(Expression.Convert(Expression.Property(row, nameof(ITenantOwned.TenantId)), typeof(Guid?)), tenant),
                Expression.OrElse(Expression.NotEqual(AsParameter(allOrganisations), Expression.Constant(null, typeof(bool?))), contains)));
        return Expression.Lambda(body, row);
    }

    public override int SaveChanges(bool acceptAllChangesOnSuccess) =>
        SaveChangesAsync(acceptAllChangesOnSuccess).GetAwaiter().GetResult();

    public override async Task<int> SaveChangesAsync(bool acceptAllChangesOnSuccess, CancellationToken cancellationToken = default)
    {
        // Special-category fields go to the database sealed, and stay plain in the entities.
        var sealedFields = await SpecialCategoryWriter.SealAsync(this, cipher, cancellationToken);
        try
        {
            return await SaveWithTrailAsync(acceptAllChangesOnSuccess, cancellationToken);
        }
        finally
        {
            SpecialCategoryWriter.Restore(sealedFields);
        }
    }

    private async Task<int> SaveWithTrailAsync(bool acceptAllChangesOnSuccess, CancellationToken cancellationToken)
    {
        var now = AuditChain.Normalise(clock.GetUtcNow().UtcDateTime);
        var records = pendingAudit.Concat(ChangeTracker.Entries().Select(ChangeRecord).OfType<AuditRecord>()).ToList();
        pendingAudit.Clear();
        MoveDomainEventsToOutbox(now);

        if (records.Count == 0)
        {
            return await base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
        }

        var ownTransaction = Database.CurrentTransaction is null ? await Database.BeginTransactionAsync(cancellationToken) : null;
        // A savepoint lets a caller's transaction go on after a failed save; in a transaction of our
        // own a failure rolls all of it back, so the two extra round trips per save buy nothing.
        var savepoints = Database.AutoSavepointsEnabled;
        Database.AutoSavepointsEnabled = savepoints && ownTransaction is null;
        try
        {
            var written = 0;
            if (ownTransaction is not null && IsPostgres && acceptAllChangesOnSuccess)
            {
                // The chain's lock is held to the commit, so the record's own rows (their row locks,
                // index updates, triggers) are written before it is taken: other writers wait only for
                // the chain's few inserts and the commit. Only in a transaction of our own: in a
                // caller's, a later save could wait on a row another writer holds while that writer
                // waits for the chain.
                written = await base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
            }

            await AppendToChainAsync(records, now, cancellationToken);
            written += await base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
            if (ownTransaction is not null)
            {
                await ownTransaction.CommitAsync(cancellationToken);
            }

            return written;
        }
        finally
        {
            Database.AutoSavepointsEnabled = savepoints;
            if (ownTransaction is not null)
            {
                await ownTransaction.DisposeAsync();
            }
        }
    }

    private async Task AppendToChainAsync(List<AuditRecord> records, DateTime now, CancellationToken cancellationToken)
    {
        var (sequence, previous) = IsPostgres ? await LockChainHeadAsync(cancellationToken) : await ChainHeadAsync(cancellationToken);
        var caller = actorAccessor.Current;
        foreach (var record in records)
        {
            var actor = record.Actor ?? caller;
            var entry = new AuditEntry
            {
                Sequence = ++sequence,
                At = now,
                TenantId = actor.TenantId,
                ActorId = actor.Id,
                ActorName = actor.Name,
                Action = record.Action,
                EntityType = record.EntityType,
                EntityId = record.EntityId,
                Reason = record.Reason,
                Details = record.Details,
                ClientAddress = actor.ClientAddress,
                PreviousHash = previous,
                Hash = "",
            };
            entry.Hash = AuditChain.ComputeHash(entry);
            previous = entry.Hash;
            AuditEntries.Add(entry);
        }
    }

    /// <summary>The last entry of the chain (SQLite's write transaction already serialises writers).</summary>
    private async Task<(long Sequence, string Hash)> ChainHeadAsync(CancellationToken cancellationToken)
    {
        var head = await AuditEntries.AsNoTracking()
            .OrderByDescending(e => e.Sequence)
            .Select(e => new { e.Sequence, e.Hash })
            .FirstOrDefaultAsync(cancellationToken);
        return head is null ? (0, AuditChain.GenesisHash) : (head.Sequence, head.Hash);
    }

    /// <summary>
    /// Takes the chain's lock (one writer at a time across all nodes) and reads its last entry, in
    /// one round trip: the two statements run in order, and under READ COMMITTED the second takes its
    /// snapshot after the first has the lock, so it sees the entry the previous holder committed.
    /// </summary>
    private async Task<(long Sequence, string Hash)> LockChainHeadAsync(CancellationToken cancellationToken)
    {
        var connection = Database.GetDbConnection();
        await using var command = connection.CreateCommand();
        command.Transaction = Database.CurrentTransaction?.GetDbTransaction();
        command.CommandText = """
            SELECT pg_advisory_xact_lock(727100001);
            SELECT "Sequence", "Hash" FROM "AuditEntries" ORDER BY "Sequence" DESC LIMIT 1;
            """;
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        await reader.NextResultAsync(cancellationToken);
        return await reader.ReadAsync(cancellationToken) ? (reader.GetInt64(0), reader.GetString(1)) : (0, AuditChain.GenesisHash);
    }

    private static AuditRecord? ChangeRecord(EntityEntry entry)
    {
        if (entry.Entity is not (ITenantOwned or PathwayUser or ApiKey or Tenant or Organisation))
        {
            return null;
        }

        var action = entry.State switch
        {
            EntityState.Added => AuditAction.Create,
            EntityState.Modified => AuditAction.Update,
            EntityState.Deleted => AuditAction.Delete,
            EntityState.Detached or EntityState.Unchanged => null,
            _ => null,
        };
        if (action is null)
        {
            return null;
        }

        var key = string.Join(",", entry.Metadata.FindPrimaryKey()!.Properties.Select(p => entry.Property(p.Name).CurrentValue));
        // Which fields changed, never their values: the trail must not become a second copy of personal data.
        var details = entry.State == EntityState.Modified
            ? string.Join(",", entry.Properties.Where(p => p.IsModified && !IsSecret(p.Metadata.Name)).Select(p => p.Metadata.Name))
            : null;
        if (entry.State == EntityState.Modified && string.IsNullOrEmpty(details))
        {
            return null;
        }

        return new AuditRecord(action, entry.Metadata.ClrType.Name, key, Details: details);
    }

    private static bool IsSecret(string property) => property is "PasswordHash" or "SecurityStamp" or "ConcurrencyStamp" or "SecretHash" or "LastUsedAt";

    private void MoveDomainEventsToOutbox(DateTime now)
    {
        var sources = ChangeTracker.Entries<IHasDomainEvents>().Select(e => e.Entity).Where(e => e.DomainEvents.Count > 0).ToList();
        foreach (var source in sources)
        {
            var tenant = (source as ITenantOwned)?.TenantId;
            foreach (var domainEvent in source.DomainEvents)
            {
                OutboxMessages.Add(new OutboxMessage
                {
                    Id = Guid.CreateVersion7(),
                    TenantId = tenant ?? (domainEvent as ITenantEvent)?.TenantId,
                    Type = OutboxEventNames.Of(domainEvent.GetType()),
                    Payload = JsonSerializer.Serialize(domainEvent, domainEvent.GetType()),
                    OccurredAt = now,
                });
            }

            source.ClearDomainEvents();
        }
    }
}
