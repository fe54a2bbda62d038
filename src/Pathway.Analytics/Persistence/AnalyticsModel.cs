using Microsoft.EntityFrameworkCore;
using Pathway.Analytics.Reports;
using Pathway.Analytics.Series;
using Pathway.Analytics.Sources;
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
        ConfigureSources(modelBuilder);
        ConfigureReports(modelBuilder);
        DataExchange.ExchangeModel.Configure(modelBuilder);
    }

    private static void ConfigureReports(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<LibraryReport>(report =>
        {
            report.ToTable("Analytics_Reports");
            report.Property(r => r.Id).ValueGeneratedNever();
            report.Property(r => r.Definition).HasMaxLength(64);
            report.Property(r => r.Title).HasMaxLength(200);
            report.Property(r => r.Arguments).HasMaxLength(1000);
            report.Property(r => r.Format).HasMaxLength(16);
            report.Property(r => r.Culture).HasMaxLength(16);
            report.Property(r => r.DataVersion).HasMaxLength(64);
            report.Property(r => r.FileName).HasMaxLength(300);
            report.Property(r => r.ContentType).HasMaxLength(100);
            report.Property(r => r.CreatedByName).HasMaxLength(256);
            // The library lists an office's reports newest first, by definition.
            report.HasIndex(r => new { r.TenantId, r.Definition, r.CreatedAt });
        });

        modelBuilder.Entity<ReportSchedule>(schedule =>
        {
            schedule.ToTable("Analytics_ReportSchedules");
            schedule.Property(s => s.Id).ValueGeneratedNever();
            schedule.Property(s => s.Definition).HasMaxLength(64);
            schedule.Property(s => s.Parameters).HasMaxLength(1000);
            schedule.Property(s => s.Format).HasMaxLength(16);
            schedule.Property(s => s.Culture).HasMaxLength(16);
            schedule.Property(s => s.Cron).HasMaxLength(120);
            schedule.Property(s => s.TimeZone).HasMaxLength(64);
            schedule.Property(s => s.CreatedByName).HasMaxLength(256);
            schedule.Property(s => s.LastOutcome).HasMaxLength(1000);
            schedule.HasIndex(s => s.TenantId);
        });
    }

    private static void ConfigureSources(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<SourceTable>(table =>
        {
            table.ToTable("Analytics_SourceTables");
            table.Property(t => t.Id).ValueGeneratedNever();
            table.Property(t => t.Name).HasMaxLength(SourceTable.MaxNameLength);
            table.Property(t => t.Title).HasMaxLength(SourceTable.MaxTitleLength);
            table.Property(t => t.Source).HasMaxLength(SourceTable.MaxSourceLength);
            table.Property(t => t.Format).HasConversion<string>().HasMaxLength(16);
            table.Property(t => t.Separator).HasMaxLength(1);
            table.Property(t => t.LoadedByName).HasMaxLength(256);
            // The name is how files and clients name a table: one per tenant.
            table.HasIndex(t => new { t.TenantId, t.Name }).IsUnique();
            table.HasMany(t => t.Dimensions).WithOne().HasForeignKey(d => d.TableId).OnDelete(DeleteBehavior.Cascade);
        });

        modelBuilder.Entity<SourceDimension>(dimension =>
        {
            dimension.ToTable("Analytics_SourceDimensions");
            dimension.HasKey(d => new { d.TableId, d.Position });
        });

        modelBuilder.Entity<SourceCode>(code =>
        {
            code.ToTable("Analytics_SourceCodes");
            code.HasKey(c => new { c.TableId, c.Position, c.Code });
            code.HasOne<SourceTable>().WithMany().HasForeignKey(c => c.TableId).OnDelete(DeleteBehavior.Cascade);
        });

        modelBuilder.Entity<SourceSeries>(series =>
        {
            series.ToTable("Analytics_SourceSeries");
            series.HasKey(s => new { s.TableId, s.Number });
            series.HasOne<SourceTable>().WithMany().HasForeignKey(s => s.TableId).OnDelete(DeleteBehavior.Cascade);
        });

        modelBuilder.Entity<SourceSeriesCode>(code =>
        {
            code.ToTable("Analytics_SourceSeriesCodes");
            code.HasKey(c => new { c.TableId, c.Series, c.Position });
            // Filtering observations by a dimension's code starts here.
            code.HasIndex(c => new { c.TableId, c.Position, c.Code });
            code.HasOne<SourceTable>().WithMany().HasForeignKey(c => c.TableId).OnDelete(DeleteBehavior.Cascade);
        });

        modelBuilder.Entity<SourceObservation>(observation =>
        {
            observation.ToTable("Analytics_SourceObservations");
            observation.HasKey(o => new { o.TableId, o.Series, o.Period });
            observation.Property(o => o.Frequency).HasMaxLength(3);
            observation.Property(o => o.Value).HasPrecision(38, 10);
            observation.HasOne<SourceTable>().WithMany().HasForeignKey(o => o.TableId).OnDelete(DeleteBehavior.Cascade);
        });
    }
}
