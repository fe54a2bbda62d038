using Microsoft.EntityFrameworkCore;
using static Pathway.Analytics.Warehouse.ExportColumn;

namespace Pathway.Analytics.Warehouse;

/// <summary>
/// The warehouse's tables an analyst may take away, with their columns as the database names them. A tenant's
/// tables are filtered to the tenant and lose their TenantId column (it means nothing outside); the calendar
/// and the codes are shared by every tenant and exported whole.
/// </summary>
internal static class WarehouseTables
{
    public static readonly ExportTable<ApplicationFact> FactApplications = new(
        "fact-applications", "Analytics_FactApplications",
        (db, tenant) => db.Set<ApplicationFact>().AsNoTracking().Where(f => f.TenantId == tenant),
        rows => rows.OrderBy(f => f.CaseId),
        (rows, last) => rows.Where(f => f.CaseId.CompareTo(last.CaseId) > 0),
        [
            Id<ApplicationFact>("CaseId", f => f.CaseId),
            Number<ApplicationFact>("Version", f => f.Version),
            Text<ApplicationFact>("PersonKey", f => f.PersonKey),
            Id<ApplicationFact>("OfficeId", f => f.OfficeId),
            Text<ApplicationFact>("ApplicationType", f => f.ApplicationType),
            Text<ApplicationFact>("Permit", f => f.Permit),
            Text<ApplicationFact>("Purpose", f => f.Purpose),
            Text<ApplicationFact>("Citizenship", f => f.Citizenship),
            Text<ApplicationFact>("Sex", f => f.Sex),
            Text<ApplicationFact>("AgeBand", f => f.AgeBand),
            Day<ApplicationFact>("SubmittedOn", f => f.SubmittedOn),
            Text<ApplicationFact>("State", f => f.State),
            OptionalText<ApplicationFact>("Outcome", f => f.Outcome),
            OptionalDay<ApplicationFact>("DecidedOn", f => f.DecidedOn),
            OptionalDay<ApplicationFact>("DecisionDueOn", f => f.DecisionDueOn),
            OptionalDay<ApplicationFact>("FinalOn", f => f.FinalOn),
            OptionalDay<ApplicationFact>("AppealLodgedOn", f => f.AppealLodgedOn),
            OptionalDay<ApplicationFact>("SettledOn", f => f.SettledOn),
            OptionalNumber<ApplicationFact>("ProcessingDays", f => f.ProcessingDays),
            OptionalFlag<ApplicationFact>("DecidedInTime", f => f.DecidedInTime),
            OptionalDay<ApplicationFact>("PermitValidFrom", f => f.PermitValidFrom),
            OptionalDay<ApplicationFact>("PermitValidUntil", f => f.PermitValidUntil),
            OptionalFlag<ApplicationFact>("TemporaryProtection", f => f.TemporaryProtection),
        ],
        // Each application is counted in one cell of its monthly counts.
        (db, tenant, cancellationToken) => db.Set<MonthlyApplications>().Where(c => c.TenantId == tenant).SumAsync(c => (long)c.Applications, cancellationToken));

    public static readonly ExportTable<CaseEventFact> FactCaseEvents = new(
        "fact-case-events", "Analytics_FactCaseEvents",
        (db, tenant) => db.Set<CaseEventFact>().AsNoTracking().Where(f => f.TenantId == tenant),
        rows => rows.OrderBy(f => f.StepId),
        (rows, last) => rows.Where(f => f.StepId.CompareTo(last.StepId) > 0),
        [
            Id<CaseEventFact>("StepId", f => f.StepId),
            Id<CaseEventFact>("CaseId", f => f.CaseId),
            Id<CaseEventFact>("OfficeId", f => f.OfficeId),
            Text<CaseEventFact>("ApplicationType", f => f.ApplicationType),
            Text<CaseEventFact>("Action", f => f.Action),
            Text<CaseEventFact>("FromState", f => f.FromState),
            Text<CaseEventFact>("ToState", f => f.ToState),
            Day<CaseEventFact>("On", f => f.On),
            Instant<CaseEventFact>("At", f => f.At),
        ],
        (db, tenant, cancellationToken) => db.Set<WarehouseTally>().Where(t => t.TenantId == tenant).Select(t => t.Steps).FirstOrDefaultAsync(cancellationToken));

    public static readonly ExportTable<ServiceFact> FactServices = new(
        "fact-services", "Analytics_FactServices",
        (db, tenant) => db.Set<ServiceFact>().AsNoTracking().Where(f => f.TenantId == tenant),
        rows => rows.OrderBy(f => f.ServiceId),
        (rows, last) => rows.Where(f => f.ServiceId.CompareTo(last.ServiceId) > 0),
        [
            Id<ServiceFact>("ServiceId", f => f.ServiceId),
            Number<ServiceFact>("Version", f => f.Version),
            Flag<ServiceFact>("Removed", f => f.Removed),
            Text<ServiceFact>("PersonKey", f => f.PersonKey),
            Id<ServiceFact>("OrganisationId", f => f.OrganisationId),
            Text<ServiceFact>("Kind", f => f.Kind),
            Text<ServiceFact>("Status", f => f.Status),
            Day<ServiceFact>("On", f => f.On),
            OptionalNumber<ServiceFact>("Minutes", f => f.Minutes),
            Text<ServiceFact>("Citizenship", f => f.Citizenship),
            Text<ServiceFact>("Sex", f => f.Sex),
            Text<ServiceFact>("AgeBand", f => f.AgeBand),
        ]);

    public static readonly ExportTable<BeneficiaryFact> FactBeneficiaries = new(
        "fact-beneficiaries", "Analytics_FactBeneficiaries",
        (db, tenant) => db.Set<BeneficiaryFact>().AsNoTracking().Where(f => f.TenantId == tenant),
        rows => rows.OrderBy(f => f.BeneficiaryKey),
        (rows, last) => rows.Where(f => f.BeneficiaryKey.CompareTo(last.BeneficiaryKey) > 0),
        [
            Text<BeneficiaryFact>("BeneficiaryKey", f => f.BeneficiaryKey),
            Number<BeneficiaryFact>("Version", f => f.Version),
            Flag<BeneficiaryFact>("Removed", f => f.Removed),
            Text<BeneficiaryFact>("PersonKey", f => f.PersonKey),
            Id<BeneficiaryFact>("OrganisationId", f => f.OrganisationId),
            Day<BeneficiaryFact>("RegisteredOn", f => f.RegisteredOn),
            OptionalDay<BeneficiaryFact>("ClosedOn", f => f.ClosedOn),
            OptionalText<BeneficiaryFact>("ClosureReason", f => f.ClosureReason),
            Text<BeneficiaryFact>("Citizenship", f => f.Citizenship),
            Text<BeneficiaryFact>("Sex", f => f.Sex),
            Text<BeneficiaryFact>("AgeBand", f => f.AgeBand),
            Flag<BeneficiaryFact>("Vulnerable", f => f.Vulnerable),
            Text<BeneficiaryFact>("NeedCategories", f => f.NeedCategories),
        ]);

    public static readonly ExportTable<CallFact> FactCalls = new(
        "fact-calls", "Analytics_FactCalls",
        (db, tenant) => db.Set<CallFact>().AsNoTracking().Where(f => f.TenantId == tenant),
        rows => rows.OrderBy(f => f.CallId),
        (rows, last) => rows.Where(f => f.CallId.CompareTo(last.CallId) > 0),
        [
            Id<CallFact>("CallId", f => f.CallId),
            Number<CallFact>("Version", f => f.Version),
            Flag<CallFact>("Removed", f => f.Removed),
            Text<CallFact>("Source", f => f.Source),
            Day<CallFact>("On", f => f.On),
            Number<CallFact>("Hour", f => f.Hour),
            Text<CallFact>("Category", f => f.Category),
            OptionalText<CallFact>("Queue", f => f.Queue),
            Flag<CallFact>("Answered", f => f.Answered),
            Flag<CallFact>("Abandoned", f => f.Abandoned),
            OptionalNumber<CallFact>("WaitSeconds", f => f.WaitSeconds),
            OptionalNumber<CallFact>("TalkSeconds", f => f.TalkSeconds),
            OptionalText<CallFact>("Topic", f => f.Topic),
            OptionalText<CallFact>("Language", f => f.Language),
        ]);

    public static readonly ExportTable<AppointmentFact> FactAppointments = new(
        "fact-appointments", "Analytics_FactAppointments",
        (db, tenant) => db.Set<AppointmentFact>().AsNoTracking().Where(f => f.TenantId == tenant),
        rows => rows.OrderBy(f => f.BookingId),
        (rows, last) => rows.Where(f => f.BookingId.CompareTo(last.BookingId) > 0),
        [
            Id<AppointmentFact>("BookingId", f => f.BookingId),
            Number<AppointmentFact>("Version", f => f.Version),
            Id<AppointmentFact>("OfficeId", f => f.OfficeId),
            Text<AppointmentFact>("Service", f => f.Service),
            Text<AppointmentFact>("Channel", f => f.Channel),
            Text<AppointmentFact>("Status", f => f.Status),
            Day<AppointmentFact>("BookedOn", f => f.BookedOn),
            Day<AppointmentFact>("SlotOn", f => f.SlotOn),
            Number<AppointmentFact>("SlotHour", f => f.SlotHour),
            Number<AppointmentFact>("Moves", f => f.Moves),
            Number<AppointmentFact>("LeadDays", f => f.LeadDays),
        ]);

    public static readonly ExportTable<PortalUseFact> FactPortalUse = new(
        "fact-portal-use", "Analytics_FactPortalUse",
        (db, tenant) => db.Set<PortalUseFact>().AsNoTracking().Where(f => f.TenantId == tenant),
        rows => rows.OrderBy(f => f.UseId),
        (rows, last) => rows.Where(f => f.UseId.CompareTo(last.UseId) > 0),
        [
            Id<PortalUseFact>("UseId", f => f.UseId),
            Text<PortalUseFact>("Kind", f => f.Kind),
            OptionalText<PortalUseFact>("ItemId", f => f.ItemId?.ToString("D")),
            Text<PortalUseFact>("Language", f => f.Language),
            Day<PortalUseFact>("On", f => f.On),
            Number<PortalUseFact>("Hour", f => f.Hour),
            OptionalFlag<PortalUseFact>("Helpful", f => f.Helpful),
            OptionalNumber<PortalUseFact>("Stars", f => f.Stars),
            OptionalFlag<PortalUseFact>("Answered", f => f.Answered),
        ]);

    public static readonly ExportTable<DateDimension> DimDates = new(
        "dim-dates", "Analytics_DimDates",
        (db, _) => db.Set<DateDimension>().AsNoTracking(),
        rows => rows.OrderBy(d => d.Date),
        (rows, last) => rows.Where(d => d.Date > last.Date),
        [
            Day<DateDimension>("Date", d => d.Date),
            Number<DateDimension>("Year", d => d.Year),
            Number<DateDimension>("Quarter", d => d.Quarter),
            Number<DateDimension>("Month", d => d.Month),
            Number<DateDimension>("IsoYear", d => d.IsoYear),
            Number<DateDimension>("IsoWeek", d => d.IsoWeek),
            Number<DateDimension>("DayOfWeek", d => d.DayOfWeek),
        ]);

    public static readonly ExportTable<OfficeDimension> DimOffices = new(
        "dim-offices", "Analytics_DimOffices",
        (db, tenant) => db.Set<OfficeDimension>().AsNoTracking().Where(d => d.TenantId == tenant),
        rows => rows.OrderBy(d => d.OfficeId),
        (rows, last) => rows.Where(d => d.OfficeId.CompareTo(last.OfficeId) > 0),
        [
            Id<OfficeDimension>("OfficeId", d => d.OfficeId),
            Text<OfficeDimension>("Name", d => d.Name),
            OptionalText<OfficeDimension>("Voivodeship", d => d.Voivodeship),
        ]);

    public static readonly ExportTable<ApplicationTypeDimension> DimApplicationTypes = new(
        "dim-application-types", "Analytics_DimApplicationTypes",
        (db, tenant) => db.Set<ApplicationTypeDimension>().AsNoTracking().Where(d => d.TenantId == tenant),
        rows => rows.OrderBy(d => d.Code),
        (rows, last) => rows.Where(d => d.Code.CompareTo(last.Code) > 0),
        [
            Text<ApplicationTypeDimension>("Code", d => d.Code),
            Text<ApplicationTypeDimension>("Permit", d => d.Permit),
            Text<ApplicationTypeDimension>("Purpose", d => d.Purpose),
        ]);

    public static readonly ExportTable<CodeDimension> DimCodes = new(
        "dim-codes", "Analytics_DimCodes",
        (db, _) => db.Set<CodeDimension>().AsNoTracking(),
        rows => rows.OrderBy(d => d.Dimension).ThenBy(d => d.Code),
        (rows, last) => rows.Where(d => d.Dimension.CompareTo(last.Dimension) > 0 || (d.Dimension == last.Dimension && d.Code.CompareTo(last.Code) > 0)),
        [
            Text<CodeDimension>("Dimension", d => d.Dimension),
            Text<CodeDimension>("Code", d => d.Code),
            Number<CodeDimension>("Position", d => d.Position),
        ]);

    /// <summary>Facts first, then the dimensions, as the page and the command list them.</summary>
    public static readonly IReadOnlyList<ExportTable> All = [FactApplications, FactCaseEvents, FactServices, FactBeneficiaries, FactCalls, FactAppointments, FactPortalUse, DimDates, DimOffices, DimApplicationTypes, DimCodes];

    public static ExportTable? Find(string name) => All.FirstOrDefault(t => string.Equals(t.Name, name, StringComparison.Ordinal));
}
