using Microsoft.EntityFrameworkCore;

namespace Pathway.Analytics.Warehouse;

/// <summary>
/// The warehouse's star: facts of applications, case steps, support services and their beneficiaries, helpline
/// calls, appointments and portal use around the dimensions of date, office, application type and the fixed codes. Names, not numbers, in every column: analysts read these
/// tables with their own tools.
/// </summary>
internal static class WarehouseModel
{
    public static void Configure(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<ApplicationFact>(fact =>
        {
            fact.ToTable("Analytics_FactApplications");
            fact.HasKey(f => f.CaseId);
            fact.Property(f => f.PersonKey).HasMaxLength(Platform.Protection.Pseudonyms.Length);
            fact.Property(f => f.ApplicationType).HasMaxLength(40);
            fact.Property(f => f.Permit).HasMaxLength(32);
            fact.Property(f => f.Purpose).HasMaxLength(20);
            fact.Property(f => f.Citizenship).HasMaxLength(3);
            fact.Property(f => f.Sex).HasMaxLength(1);
            fact.Property(f => f.AgeBand).HasMaxLength(10);
            fact.Property(f => f.State).HasMaxLength(32);
            fact.Property(f => f.Outcome).HasMaxLength(32);
            // Dashboards read a tenant's applications by the day they came in, and decisions by the day they were made.
            fact.HasIndex(f => new { f.TenantId, f.SubmittedOn });
            fact.HasIndex(f => new { f.TenantId, f.DecidedOn });
            // The first-permit rule reads every permit of the persons who got one in a year.
            fact.HasIndex(f => new { f.TenantId, f.PersonKey });
        });

        modelBuilder.Entity<CaseEventFact>(fact =>
        {
            fact.ToTable("Analytics_FactCaseEvents");
            fact.HasKey(f => f.StepId);
            fact.Property(f => f.ApplicationType).HasMaxLength(40);
            fact.Property(f => f.Action).HasMaxLength(40);
            fact.Property(f => f.FromState).HasMaxLength(32);
            fact.Property(f => f.ToState).HasMaxLength(32);
            // No index by tenant and day: nothing reads the steps by day in the database (the dashboards read
            // the monthly counts, analysts the Parquet export by key), and building one from twenty million
            // rows was a seventh of a rebuild. Their number is kept in the tally.
        });

        modelBuilder.Entity<WarehouseTally>(tally =>
        {
            tally.ToTable("Analytics_WarehouseTallies");
            tally.HasKey(t => t.TenantId);
        });

        // The monthly counts' keys begin with the month, which every dashboard query reads a span of.
        modelBuilder.Entity<MonthlyApplications>(count =>
        {
            count.ToTable("Analytics_MonthlyApplications");
            count.HasKey(c => new { c.TenantId, c.SubmittedMonth, c.SettledMonth, c.OfficeId, c.ApplicationType, c.Citizenship, c.Sex, c.AgeBand });
            count.Property(c => c.ApplicationType).HasMaxLength(40);
            count.Property(c => c.Citizenship).HasMaxLength(3);
            count.Property(c => c.Sex).HasMaxLength(1);
            count.Property(c => c.AgeBand).HasMaxLength(10);
        });

        modelBuilder.Entity<MonthlyDecisions>(count =>
        {
            count.ToTable("Analytics_MonthlyDecisions");
            count.HasKey(c => new { c.TenantId, c.DecidedMonth, c.Outcome, c.ProcessingDays, c.OfficeId, c.ApplicationType, c.Citizenship, c.Sex, c.AgeBand });
            count.Property(c => c.Outcome).HasMaxLength(32);
            count.Property(c => c.ApplicationType).HasMaxLength(40);
            count.Property(c => c.Citizenship).HasMaxLength(3);
            count.Property(c => c.Sex).HasMaxLength(1);
            count.Property(c => c.AgeBand).HasMaxLength(10);
        });

        modelBuilder.Entity<MonthlyOfficeDecisions>(count =>
        {
            count.ToTable("Analytics_MonthlyOfficeDecisions");
            count.HasKey(c => new { c.TenantId, c.DecidedMonth, c.Outcome, c.ProcessingDays, c.OfficeId });
            count.Property(c => c.Outcome).HasMaxLength(32);
        });

        modelBuilder.Entity<ServiceFact>(fact =>
        {
            fact.ToTable("Analytics_FactServices");
            fact.HasKey(f => f.ServiceId);
            fact.Property(f => f.PersonKey).HasMaxLength(Platform.Protection.Pseudonyms.Length);
            fact.Property(f => f.Kind).HasMaxLength(32);
            fact.Property(f => f.Status).HasMaxLength(16);
            fact.Property(f => f.Citizenship).HasMaxLength(3);
            fact.Property(f => f.Sex).HasMaxLength(1);
            fact.Property(f => f.AgeBand).HasMaxLength(10);
            // The dashboard reads a tenant's services by the day they were given.
            fact.HasIndex(f => new { f.TenantId, f.On });
        });

        modelBuilder.Entity<BeneficiaryFact>(fact =>
        {
            fact.ToTable("Analytics_FactBeneficiaries");
            fact.HasKey(f => f.BeneficiaryKey);
            fact.Property(f => f.BeneficiaryKey).HasMaxLength(Platform.Protection.Pseudonyms.Length);
            fact.Property(f => f.PersonKey).HasMaxLength(Platform.Protection.Pseudonyms.Length);
            fact.Property(f => f.ClosureReason).HasMaxLength(32);
            fact.Property(f => f.Citizenship).HasMaxLength(3);
            fact.Property(f => f.Sex).HasMaxLength(1);
            fact.Property(f => f.AgeBand).HasMaxLength(10);
            // Read by the day the case was registered: new cases by month.
            fact.HasIndex(f => new { f.TenantId, f.RegisteredOn });
        });

        modelBuilder.Entity<CallFact>(fact =>
        {
            fact.ToTable("Analytics_FactCalls");
            fact.HasKey(f => f.CallId);
            fact.Property(f => f.Source).HasMaxLength(16);
            fact.Property(f => f.Category).HasMaxLength(32);
            fact.Property(f => f.Queue).HasMaxLength(80);
            fact.Property(f => f.Topic).HasMaxLength(32);
            fact.Property(f => f.Language).HasMaxLength(8);
            fact.HasIndex(f => new { f.TenantId, f.On });
        });

        modelBuilder.Entity<AppointmentFact>(fact =>
        {
            fact.ToTable("Analytics_FactAppointments");
            fact.HasKey(f => f.BookingId);
            fact.Property(f => f.Service).HasMaxLength(32);
            fact.Property(f => f.Channel).HasMaxLength(16);
            fact.Property(f => f.Status).HasMaxLength(16);
            // Read by the day of the slot: the offices' load and no-shows by month.
            fact.HasIndex(f => new { f.TenantId, f.SlotOn });
        });

        modelBuilder.Entity<PortalUseFact>(fact =>
        {
            fact.ToTable("Analytics_FactPortalUse");
            fact.HasKey(f => f.UseId);
            fact.Property(f => f.Kind).HasMaxLength(32);
            fact.Property(f => f.Language).HasMaxLength(16);
            fact.HasIndex(f => new { f.TenantId, f.On });
        });

        modelBuilder.Entity<DateDimension>(dimension =>
        {
            dimension.ToTable("Analytics_DimDates");
            dimension.HasKey(d => d.Date);
        });

        modelBuilder.Entity<OfficeDimension>(dimension =>
        {
            dimension.ToTable("Analytics_DimOffices");
            dimension.HasKey(d => d.OfficeId);
            dimension.Property(d => d.Name).HasMaxLength(200);
            dimension.Property(d => d.Voivodeship).HasMaxLength(2);
            dimension.HasIndex(d => d.TenantId);
        });

        modelBuilder.Entity<ApplicationTypeDimension>(dimension =>
        {
            dimension.ToTable("Analytics_DimApplicationTypes");
            dimension.HasKey(d => new { d.TenantId, d.Code });
            dimension.Property(d => d.Code).HasMaxLength(40);
            dimension.Property(d => d.Permit).HasMaxLength(32);
            dimension.Property(d => d.Purpose).HasMaxLength(20);
        });

        modelBuilder.Entity<CodeDimension>(dimension =>
        {
            dimension.ToTable("Analytics_DimCodes");
            dimension.HasKey(d => new { d.Dimension, d.Code });
            dimension.Property(d => d.Dimension).HasMaxLength(20);
            dimension.Property(d => d.Code).HasMaxLength(20);
        });

        modelBuilder.Entity<WarehouseLoad>(load =>
        {
            load.ToTable("Analytics_WarehouseLoads");
            load.Property(l => l.Id).ValueGeneratedNever();
            load.Property(l => l.By).HasMaxLength(WarehouseLoad.MaxByLength);
            load.HasIndex(l => new { l.TenantId, l.StartedAt });
        });
    }
}
