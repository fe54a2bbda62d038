using Microsoft.EntityFrameworkCore;
using Pathway.Analytics.Series;
using Pathway.Platform.Persistence;

namespace Pathway.Analytics.Persistence;

internal sealed class AnalyticsModel : IModuleModel
{
    public string Module => "analytics";

    public int Order => 20;

    public void Configure(ModelBuilder modelBuilder, DatabaseProvider provider)
    {
        modelBuilder.Entity<StoredSeries>(series =>
        {
            series.ToTable("Analytics_Series");
            series.Property(s => s.Id).ValueGeneratedNever();
            series.Property(s => s.Key).HasMaxLength(StoredSeries.MaxKeyLength);
            series.Property(s => s.Title).HasMaxLength(StoredSeries.MaxTitleLength);
            series.Property(s => s.Unit).HasMaxLength(StoredSeries.MaxUnitLength);
            // Names, not numbers: analysts read these tables with their own tools too.
            series.Property(s => s.Frequency).HasConversion<string>().HasMaxLength(16);
            series.Property(s => s.Source).HasConversion<string>().HasMaxLength(16);
            // The key is how files and clients name a series: one per tenant.
            series.HasIndex(s => new { s.TenantId, s.Key }).IsUnique();
            series.HasMany(s => s.Observations).WithOne().HasForeignKey(o => o.SeriesId).OnDelete(DeleteBehavior.Cascade);
        });

        modelBuilder.Entity<SeriesObservation>(observation =>
        {
            observation.ToTable("Analytics_Observations");
            observation.HasKey(o => new { o.SeriesId, o.Period });
        });

        Warehouse.WarehouseModel.Configure(modelBuilder);
    }
}
