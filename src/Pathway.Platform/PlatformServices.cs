using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Pathway.Platform.Audit;
using Pathway.Platform.Persistence;
using Pathway.Platform.Protection;
using Pathway.Platform.Tenancy;

namespace Pathway.Platform;

public static class PlatformServices
{
    /// <summary>The data layer: the context on the configured provider, and the migrator.</summary>
    public static IServiceCollection AddPathwayPersistence(this IServiceCollection services, DatabaseOptions options)
    {
        services.AddSingleton(options);
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddScoped<TenantScopeOverride>();
        services.TryAddScoped<ITenantScopeAccessor>(provider => new FixedTenantScopeAccessor(provider.GetRequiredService<TenantScopeOverride>().Scope ?? TenantScope.System));
        services.TryAddScoped<IAuditActorAccessor>(_ => new FixedAuditActorAccessor(AuditActor.System));
        services.AddSingleton(_ => MasterKey.Load(options));
        services.AddSingleton<FieldCipher>();
        services.AddSingleton<Pseudonyms>();
        services.AddDbContext<PathwayDbContext>(builder =>
        {
            UseProvider(builder, options);
            builder.AddInterceptors(SpecialCategoryReader.Instance);
        });
        services.AddScoped<SpecialCategoryResealer>();
        services.AddScoped<DatabaseMigrator>();
        services.AddScoped<AuditTrail>();
        services.AddSingleton<Idempotency.IdempotencyStore>();
        services.AddSingleton<Caching.PublicPageCache>();
        return services;
    }

    public static void UseProvider(DbContextOptionsBuilder builder, DatabaseOptions options)
    {
        // Candidate lookups cap their results with Take and need no order: sorting them would
        // cost more than the lookup, and SQLite could pick a worse index to avoid the sort.
        builder.ConfigureWarnings(warnings => warnings.Ignore(Microsoft.EntityFrameworkCore.Diagnostics.CoreEventId.RowLimitingOperationWithoutOrderByWarning)
            // EF logs any failed commit or rollback as an error, a commit cancelled because the node is
            // stopping among them (the other cancellations it logs at debug level). The exception reaches
            // the caller either way, which logs it as the failure it is: EF's own line is a warning.
            .Log((Microsoft.EntityFrameworkCore.Diagnostics.RelationalEventId.TransactionError, Microsoft.Extensions.Logging.LogLevel.Warning)));
        switch (options.Provider)
        {
            case DatabaseProvider.Sqlite:
                SqliteFolder.Ensure(options.ConnectionString);
                builder.UseSqlite(options.ConnectionString, sqlite => sqlite.CommandTimeout(120));
                break;
            case DatabaseProvider.Postgres:
                builder.UseNpgsql(options.ConnectionString, npgsql => npgsql.CommandTimeout(120));
                break;
        }
    }
}
