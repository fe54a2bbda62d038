namespace Pathway.Platform.Demo;

/// <summary>A module's part of the demo data. Seeders run in <see cref="Order"/> after the demo tenant exists.</summary>
public interface IDemoSeeder
{
    int Order { get; }

    Task SeedAsync(DemoTenant tenant, DemoSeedOptions options, IProgress<DemoSeedProgress>? progress, CancellationToken cancellationToken);
}

/// <param name="DuplicateShare">Share of records that are another record of an earlier person (typos, other spellings), for duplicate detection.</param>
public sealed record DemoSeedOptions(int Persons, int RandomSeed = 20261123, double DuplicateShare = 0);

public sealed record DemoSeedProgress(string Step, long Done, long Total);

/// <summary>The demo tenant's identifiers, as the platform seeder created them.</summary>
public sealed record DemoTenant(Guid TenantId, IReadOnlyList<Guid> OfficeUnitIds, Guid NgoId);
