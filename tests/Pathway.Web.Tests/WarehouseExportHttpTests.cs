using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using AngleSharp.Html.Parser;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Parquet;
using Parquet.Schema;
using Parquet.Serialization;
using Pathway.Analytics.Warehouse;
using Pathway.Cases.Workflow;
using Pathway.Platform.Audit;
using Pathway.Platform.Demo;
using Pathway.Platform.Identity;
using Pathway.Platform.Tenancy;
using Pathway.Testing;

namespace Pathway.Web.Tests;

/// <summary>
/// The warehouse's tables as Parquet over HTTP, on SQLite and PostgreSQL: each file reads back with the types
/// and nullability of its columns and exactly the tenant's rows, no column holds an applicant's name, every
/// export is audited, and only analysts may take the rows away.
/// </summary>
public abstract class WarehouseExportHttpTests
{
    private const string Api = "/api/v1/analytics/warehouse/tables";

    protected abstract Task<PathwayFactory> FactoryAsync();

    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    private static readonly ParquetOptions Reading = new() { UseDateOnlyTypeForDates = true };

    /// <summary>The analyst's session after a rebuild, so the warehouse holds every demo case.</summary>
    private static async Task<WebSession> RebuiltAsync(PathwayFactory factory)
    {
        var analyst = await factory.SignInAsync(Roles.Analyst);
        using var rebuilt = await analyst.Client.PostAsync("/api/v1/analytics/warehouse/rebuild", null, Cancel);
        rebuilt.StatusCode.ShouldBe(HttpStatusCode.OK);
        return analyst;
    }

    private static async Task<Guid> TenantAsync(PathwayFactory factory)
    {
        var tenant = Guid.Empty;
        await factory.WithDbAsync(async db => tenant = await db.Tenants.Where(t => t.Slug == DemoAccounts.TenantSlug).Select(t => t.Id).SingleAsync(Cancel));
        return tenant;
    }

    private static async Task<(ParquetSchema Schema, IList<Dictionary<string, object>> Rows, int RowGroups)> DownloadAsync(WebSession session, string table)
    {
        using var response = await session.Client.GetAsync($"{Api}/{table}.parquet", Cancel);
        response.StatusCode.ShouldBe(HttpStatusCode.OK, table);
        response.Content.Headers.ContentType!.MediaType.ShouldBe("application/vnd.apache.parquet");
        response.Content.Headers.ContentDisposition!.FileName.ShouldBe($"{table}.parquet");
        using var file = new MemoryStream(await response.Content.ReadAsByteArrayAsync(Cancel));
        int groups;
        await using (var reader = await ParquetReader.CreateAsync(file, Reading, leaveStreamOpen: true, cancellationToken: Cancel))
        {
            groups = reader.RowGroupCount;
        }

        file.Position = 0;
        var read = await ParquetSerializer.DeserializeUntypedAsync(file, Reading, cancellationToken: Cancel);
        return (read.Schema, read.Data, groups);
    }

    private static void ShouldHave(ParquetSchema schema, params (string Name, System.Type Type, bool Nullable)[] columns)
    {
        schema.DataFields.Select(f => f.Name).ShouldBe(columns.Select(c => c.Name));
        foreach (var (field, column) in schema.DataFields.Zip(columns))
        {
            // Parquet.Net names a UTF-8 column's type as characters in memory; its values are read as strings.
            (field.ClrType == typeof(ReadOnlyMemory<char>) ? typeof(string) : field.ClrType).ShouldBe(column.Type, field.Name);
            field.IsNullable.ShouldBe(column.Nullable, field.Name);
        }
    }

    private static string Id(Guid id) => id.ToString("D");

    private static DateTime Utc(object? value) => ((DateTime)value!).ToUniversalTime();

    /// <summary>What PostgreSQL keeps and the file holds: microseconds, in UTC.</summary>
    private static DateTime Micros(DateTime at) => new(at.Ticks - (at.Ticks % 10), DateTimeKind.Utc);

    [Fact]
    public async Task EveryTable_ReadsBackWithItsTypes_AndExactlyTheTenantsRows_WithoutTheTenantColumn()
    {
        var factory = await FactoryAsync();
        using var analyst = await RebuiltAsync(factory);
        var tenant = await TenantAsync(factory);

        List<ApplicationFact> applications = [];
        List<CaseEventFact> steps = [];
        List<OfficeDimension> offices = [];
        List<ApplicationTypeDimension> types = [];
        List<ServiceFact> services = [];
        List<BeneficiaryFact> beneficiaries = [];
        List<CallFact> calls = [];
        List<AppointmentFact> appointments = [];
        List<PortalUseFact> uses = [];
        int days = 0, codes = 0;
        await factory.WithDbAsync(async db =>
        {
            applications = await db.Set<ApplicationFact>().AsNoTracking().Where(f => f.TenantId == tenant).ToListAsync(Cancel);
            steps = await db.Set<CaseEventFact>().AsNoTracking().Where(f => f.TenantId == tenant).ToListAsync(Cancel);
            offices = await db.Set<OfficeDimension>().AsNoTracking().Where(d => d.TenantId == tenant).ToListAsync(Cancel);
            types = await db.Set<ApplicationTypeDimension>().AsNoTracking().Where(d => d.TenantId == tenant).ToListAsync(Cancel);
            services = await db.Set<ServiceFact>().AsNoTracking().Where(f => f.TenantId == tenant).ToListAsync(Cancel);
            beneficiaries = await db.Set<BeneficiaryFact>().AsNoTracking().Where(f => f.TenantId == tenant).ToListAsync(Cancel);
            calls = await db.Set<CallFact>().AsNoTracking().Where(f => f.TenantId == tenant).ToListAsync(Cancel);
            appointments = await db.Set<AppointmentFact>().AsNoTracking().Where(f => f.TenantId == tenant).ToListAsync(Cancel);
            uses = await db.Set<PortalUseFact>().AsNoTracking().Where(f => f.TenantId == tenant).ToListAsync(Cancel);
            days = await db.Set<DateDimension>().CountAsync(Cancel);
            codes = await db.Set<CodeDimension>().CountAsync(Cancel);
        });
        applications.ShouldNotBeEmpty();

        var listed = (await analyst.Client.GetFromJsonAsync<JsonElement>(Api, Cancel)).EnumerateArray()
            .ToDictionary(t => t.GetProperty("name").GetString()!, t => t.GetProperty("rows").GetInt64());
        listed.Keys.ShouldBe(["fact-applications", "fact-case-events", "fact-services", "fact-beneficiaries", "fact-calls", "fact-appointments", "fact-portal-use", "dim-dates", "dim-offices", "dim-application-types", "dim-codes"]);
        listed["fact-appointments"].ShouldBe(appointments.Count);
        listed["fact-portal-use"].ShouldBe(uses.Count);
        listed["fact-services"].ShouldBe(services.Count);
        listed["fact-beneficiaries"].ShouldBe(beneficiaries.Count);
        listed["fact-calls"].ShouldBe(calls.Count);
        listed["fact-applications"].ShouldBe(applications.Count);
        listed["fact-case-events"].ShouldBe(steps.Count);
        listed["dim-dates"].ShouldBe(days);
        listed["dim-offices"].ShouldBe(offices.Count);
        listed["dim-application-types"].ShouldBe(types.Count);
        listed["dim-codes"].ShouldBe(codes);

        var (schema, rows, groups) = await DownloadAsync(analyst, "fact-applications");
        ShouldHave(schema,
            ("CaseId", typeof(string), false), ("Version", typeof(int), false), ("PersonKey", typeof(string), false), ("OfficeId", typeof(string), false),
            ("ApplicationType", typeof(string), false), ("Permit", typeof(string), false), ("Purpose", typeof(string), false), ("Citizenship", typeof(string), false),
            ("Sex", typeof(string), false), ("AgeBand", typeof(string), false), ("SubmittedOn", typeof(DateOnly), false), ("State", typeof(string), false),
            ("Outcome", typeof(string), true), ("DecidedOn", typeof(DateOnly), true), ("DecisionDueOn", typeof(DateOnly), true), ("FinalOn", typeof(DateOnly), true),
            ("AppealLodgedOn", typeof(DateOnly), true), ("SettledOn", typeof(DateOnly), true), ("ProcessingDays", typeof(int), true), ("DecidedInTime", typeof(bool), true),
            ("PermitValidFrom", typeof(DateOnly), true), ("PermitValidUntil", typeof(DateOnly), true), ("TemporaryProtection", typeof(bool), true));
        groups.ShouldBe(1);
        rows.Count.ShouldBe(applications.Count);
        var byCase = rows.ToDictionary(r => (string)r["CaseId"]!);
        foreach (var fact in applications)
        {
            var row = byCase[Id(fact.CaseId)];
            row.ShouldBe(new Dictionary<string, object?>
            {
                ["CaseId"] = Id(fact.CaseId), ["Version"] = fact.Version, ["PersonKey"] = fact.PersonKey, ["OfficeId"] = Id(fact.OfficeId),
                ["ApplicationType"] = fact.ApplicationType, ["Permit"] = fact.Permit, ["Purpose"] = fact.Purpose, ["Citizenship"] = fact.Citizenship, ["Sex"] = fact.Sex,
                ["AgeBand"] = fact.AgeBand, ["SubmittedOn"] = fact.SubmittedOn, ["State"] = fact.State, ["Outcome"] = fact.Outcome, ["DecidedOn"] = fact.DecidedOn,
                ["DecisionDueOn"] = fact.DecisionDueOn, ["FinalOn"] = fact.FinalOn, ["AppealLodgedOn"] = fact.AppealLodgedOn, ["SettledOn"] = fact.SettledOn,
                ["ProcessingDays"] = fact.ProcessingDays, ["DecidedInTime"] = fact.DecidedInTime,
                ["PermitValidFrom"] = fact.PermitValidFrom, ["PermitValidUntil"] = fact.PermitValidUntil, ["TemporaryProtection"] = fact.TemporaryProtection,
            }.Where(c => c.Value is not null).ToDictionary(c => c.Key, c => c.Value!), ignoreOrder: true);
        }

        // Some of the demo cases are decided and some wait: both kinds of row are in the file.
        rows.ShouldContain(r => r.ContainsKey("DecidedOn"));
        rows.ShouldContain(r => !r.ContainsKey("DecidedOn"));

        (schema, rows, _) = await DownloadAsync(analyst, "fact-case-events");
        ShouldHave(schema,
            ("StepId", typeof(string), false), ("CaseId", typeof(string), false), ("OfficeId", typeof(string), false), ("ApplicationType", typeof(string), false),
            ("Action", typeof(string), false), ("FromState", typeof(string), false), ("ToState", typeof(string), false), ("On", typeof(DateOnly), false),
            ("At", typeof(DateTime), false));
        rows.Count.ShouldBe(steps.Count);
        var byStep = rows.ToDictionary(r => (string)r["StepId"]!);
        foreach (var step in steps)
        {
            var row = byStep[Id(step.StepId)];
            row["CaseId"].ShouldBe(Id(step.CaseId));
            row["OfficeId"].ShouldBe(Id(step.OfficeId));
            row["ApplicationType"].ShouldBe(step.ApplicationType);
            row["Action"].ShouldBe(step.Action);
            row["FromState"].ShouldBe(step.FromState);
            row["ToState"].ShouldBe(step.ToState);
            row["On"].ShouldBe(step.On);
            Utc(row["At"]).ShouldBe(Micros(DateTime.SpecifyKind(step.At, DateTimeKind.Utc)), Id(step.StepId));
        }

        (schema, rows, _) = await DownloadAsync(analyst, "fact-services");
        ShouldHave(schema,
            ("ServiceId", typeof(string), false), ("Version", typeof(int), false), ("Removed", typeof(bool), false), ("PersonKey", typeof(string), false),
            ("OrganisationId", typeof(string), false), ("Kind", typeof(string), false), ("Status", typeof(string), false), ("On", typeof(DateOnly), false),
            ("Minutes", typeof(int), true), ("Citizenship", typeof(string), false), ("Sex", typeof(string), false), ("AgeBand", typeof(string), false));
        rows.Select(r => ((string)r["ServiceId"]!, (string)r["Kind"]!, (DateOnly)r["On"]!)).ShouldBe(services.Select(f => (Id(f.ServiceId), f.Kind, f.On)), ignoreOrder: true);

        (schema, rows, _) = await DownloadAsync(analyst, "fact-beneficiaries");
        ShouldHave(schema,
            ("BeneficiaryKey", typeof(string), false), ("Version", typeof(int), false), ("Removed", typeof(bool), false), ("PersonKey", typeof(string), false),
            ("OrganisationId", typeof(string), false), ("RegisteredOn", typeof(DateOnly), false), ("ClosedOn", typeof(DateOnly), true), ("ClosureReason", typeof(string), true),
            ("Citizenship", typeof(string), false), ("Sex", typeof(string), false), ("AgeBand", typeof(string), false), ("Vulnerable", typeof(bool), false),
            ("NeedCategories", typeof(string), false));
        beneficiaries.ShouldNotBeEmpty("the rebuild told the demo's support cases");
        rows.Select(r => ((string)r["BeneficiaryKey"]!, (string)r["PersonKey"]!, (DateOnly)r["RegisteredOn"]!, (bool)r["Vulnerable"]!, (string)r["NeedCategories"]!))
            .ShouldBe(beneficiaries.Select(f => (f.BeneficiaryKey, f.PersonKey, f.RegisteredOn, f.Vulnerable, f.NeedCategories)), ignoreOrder: true);

        (schema, rows, _) = await DownloadAsync(analyst, "fact-calls");
        ShouldHave(schema,
            ("CallId", typeof(string), false), ("Version", typeof(int), false), ("Removed", typeof(bool), false), ("Source", typeof(string), false),
            ("On", typeof(DateOnly), false), ("Hour", typeof(int), false), ("Category", typeof(string), false), ("Queue", typeof(string), true),
            ("Answered", typeof(bool), false), ("Abandoned", typeof(bool), false), ("WaitSeconds", typeof(int), true), ("TalkSeconds", typeof(int), true),
            ("Topic", typeof(string), true), ("Language", typeof(string), true));
        rows.Select(r => ((string)r["CallId"]!, (bool)r["Answered"]!, (int)r["Hour"]!)).ShouldBe(calls.Select(f => (Id(f.CallId), f.Answered, f.Hour)), ignoreOrder: true);

        (schema, rows, _) = await DownloadAsync(analyst, "fact-appointments");
        ShouldHave(schema,
            ("BookingId", typeof(string), false), ("Version", typeof(int), false), ("OfficeId", typeof(string), false), ("Service", typeof(string), false),
            ("Channel", typeof(string), false), ("Status", typeof(string), false), ("BookedOn", typeof(DateOnly), false), ("SlotOn", typeof(DateOnly), false),
            ("SlotHour", typeof(int), false), ("Moves", typeof(int), false), ("LeadDays", typeof(int), false));
        rows.Select(r => ((string)r["BookingId"]!, (string)r["Status"]!, (DateOnly)r["SlotOn"]!)).ShouldBe(appointments.Select(f => (Id(f.BookingId), f.Status, f.SlotOn)), ignoreOrder: true);

        (schema, rows, _) = await DownloadAsync(analyst, "fact-portal-use");
        ShouldHave(schema,
            ("UseId", typeof(string), false), ("Kind", typeof(string), false), ("ItemId", typeof(string), true), ("Language", typeof(string), false),
            ("On", typeof(DateOnly), false), ("Hour", typeof(int), false), ("Helpful", typeof(bool), true), ("Stars", typeof(int), true), ("Answered", typeof(bool), true));
        rows.Select(r => ((string)r["UseId"]!, (string)r["Kind"]!, (DateOnly)r["On"]!)).ShouldBe(uses.Select(f => (Id(f.UseId), f.Kind, f.On)), ignoreOrder: true);

        (schema, rows, _) = await DownloadAsync(analyst, "dim-dates");
        ShouldHave(schema, ("Date", typeof(DateOnly), false), ("Year", typeof(int), false), ("Quarter", typeof(int), false), ("Month", typeof(int), false),
            ("IsoYear", typeof(int), false), ("IsoWeek", typeof(int), false), ("DayOfWeek", typeof(int), false));
        rows.Count.ShouldBe(days);
        var day = rows.First(r => (DateOnly)r["Date"]! == applications[0].SubmittedOn);
        var expected = DateDimension.Of(applications[0].SubmittedOn);
        ((int)day["IsoWeek"]!, (int)day["DayOfWeek"]!, (int)day["Quarter"]!).ShouldBe((expected.IsoWeek, expected.DayOfWeek, expected.Quarter));

        (schema, rows, _) = await DownloadAsync(analyst, "dim-offices");
        ShouldHave(schema, ("OfficeId", typeof(string), false), ("Name", typeof(string), false), ("Voivodeship", typeof(string), true));
        rows.Select(r => ((string)r["OfficeId"]!, (string)r["Name"]!)).ShouldBe(offices.Select(o => (Id(o.OfficeId), o.Name)), ignoreOrder: true);

        (schema, rows, _) = await DownloadAsync(analyst, "dim-application-types");
        ShouldHave(schema, ("Code", typeof(string), false), ("Permit", typeof(string), false), ("Purpose", typeof(string), false));
        rows.Select(r => (string)r["Code"]!).ShouldBe(types.Select(t => t.Code), ignoreOrder: true);

        (schema, rows, _) = await DownloadAsync(analyst, "dim-codes");
        ShouldHave(schema, ("Dimension", typeof(string), false), ("Code", typeof(string), false), ("Position", typeof(int), false));
        rows.Count.ShouldBe(codes);
        rows.ShouldContain(r => (string)r["Dimension"]! == "sex" && (string)r["Code"]! == "X");
    }

    [Fact]
    public async Task InSmallRowGroups_EachPageStartsAfterTheLastKey_SoEveryRowIsWrittenOnce()
    {
        var factory = await FactoryAsync();
        using var analyst = await RebuiltAsync(factory);
        var tenant = await TenantAsync(factory);
        // The demo books no appointment and gives no feedback: a few of each, as the feed would write them, for their pages.
        await factory.WithDbAsync(async db =>
        {
            var office = await db.Set<OfficeDimension>().Where(o => o.TenantId == tenant).Select(o => o.OfficeId).FirstAsync(Cancel);
            var day = new DateOnly(2024, 5, 6);
            for (var i = 0; i < 12; i++)
            {
                db.Add(new AppointmentFact
                {
                    BookingId = Guid.NewGuid(), TenantId = tenant, Version = 1, OfficeId = office, Service = "Fingerprints", Channel = "Online", Status = "Attended",
                    BookedOn = day, SlotOn = day.AddDays(i), SlotHour = 9 + (i % 8), LeadDays = i,
                });
                db.Add(new PortalUseFact { UseId = Guid.NewGuid(), TenantId = tenant, Kind = "page-feedback", Language = "uk", On = day.AddDays(i), Hour = 12, Helpful = i % 2 == 0 });
            }

            await db.SaveChangesAsync(Cancel);
        });
        await factory.WithScopeAsync(async services =>
        {
            var export = services.GetRequiredService<ParquetExport>();
            foreach (var table in await export.TablesAsync(tenant, Cancel))
            {
                // The demo office is the one office and its NGO gives a few services; every other table has rows enough for several pages.
                table.Rows.ShouldBeGreaterThan(table.Name switch { "dim-offices" => 0, "fact-services" or "fact-beneficiaries" => 2, _ => 5 }, table.Name);
                // About five pages a table, so every table's keyset (a Guid, a day, a code, a pair of codes) is walked.
                var size = (int)Math.Max(2, table.Rows / 5);
                using var file = new MemoryStream();
                (await export.ExportAsync(tenant, table.Name, file, rowGroupSize: size, cancellationToken: Cancel)).ShouldBe(table.Rows, table.Name);

                file.Position = 0;
                await using (var reader = await ParquetReader.CreateAsync(file, Reading, leaveStreamOpen: true, cancellationToken: Cancel))
                {
                    reader.RowGroupCount.ShouldBe((int)((table.Rows + size - 1) / size), table.Name);
                }

                file.Position = 0;
                var rows = (await ParquetSerializer.DeserializeUntypedAsync(file, Reading, cancellationToken: Cancel)).Data;
                rows.Select(r => string.Join("|", r.Values)).Distinct().Count().ShouldBe((int)table.Rows, table.Name);
            }
        });
    }

    [Fact]
    public async Task NoColumn_HoldsAnApplicantsName()
    {
        var factory = await FactoryAsync();
        using var analyst = await RebuiltAsync(factory);
        var tenant = await TenantAsync(factory);
        List<string> names = [];
        await factory.WithDbAsync(async db =>
        {
            var applicants = await db.TenantRowsOf<ResidenceCase>(tenant).Select(c => new { c.ApplicantSurname, c.ApplicantGivenNames }).ToListAsync(Cancel);
            names = [.. applicants.SelectMany(a => new[] { a.ApplicantSurname, a.ApplicantGivenNames }).Where(n => n.Length > 0).Distinct()];
        });
        names.Count.ShouldBeGreaterThan(10);
        var surnames = names.Where(n => n.Length >= 6).ToList();

        foreach (var table in ParquetExport.TableNames)
        {
            var (_, rows, _) = await DownloadAsync(analyst, table);
            var texts = rows.SelectMany(r => r.Values).OfType<string>().Distinct().ToList();
            texts.Intersect(names).ShouldBeEmpty(table);
            texts.Where(t => surnames.Any(s => t.Contains(s, StringComparison.OrdinalIgnoreCase))).ShouldBeEmpty(table);
        }
    }

    [Fact]
    public async Task AnExport_IsAudited_WithItsTableAndRows_AndAnUnknownTableIsNotFound()
    {
        var factory = await FactoryAsync();
        using var analyst = await RebuiltAsync(factory);
        var (_, rows, _) = await DownloadAsync(analyst, "dim-offices");

        var details = string.Create(CultureInfo.InvariantCulture, $"parquet export; {rows.Count} rows");
        AuditEntry? entry = null;
        await factory.WithDbAsync(async db => entry = await db.AuditEntries.AsNoTracking()
            .Where(a => a.EntityType == "Warehouse" && a.EntityId == "dim-offices").OrderByDescending(a => a.Sequence).FirstOrDefaultAsync(Cancel));
        entry.ShouldNotBeNull();
        entry.Action.ShouldBe(AuditAction.Read);
        entry.Details.ShouldBe(details);
        entry.ActorName.ShouldBe(DemoAccounts.EmailOf(Roles.Analyst));

        foreach (var unknown in new[] { "everything", "Analytics_FactApplications", "Fact-Applications", "warehouse-loads" })
        {
            using var response = await analyst.Client.GetAsync($"{Api}/{unknown}.parquet", Cancel);
            response.StatusCode.ShouldBe(HttpStatusCode.NotFound, unknown);
        }
    }

    [Fact]
    public async Task Administrators_RebuildTheWarehouse_ButMayNotExportIt_AndThePageOffersTheExportToAnalystsOnly()
    {
        var factory = await FactoryAsync();
        using (var admin = await factory.SignInAsync(Roles.Admin))
        {
            using var file = await admin.Client.GetAsync($"{Api}/fact-applications.parquet", Cancel);
            file.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
            using var list = await admin.Client.GetAsync(Api, Cancel);
            list.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
            var page = new HtmlParser().ParseDocument(await admin.Client.GetStringAsync("/analytics/warehouse", Cancel));
            page.QuerySelector("#rebuild-form").ShouldNotBeNull();
            page.QuerySelector("#export").ShouldBeNull();
        }

        using var analyst = await RebuiltAsync(factory);
        var html = new HtmlParser().ParseDocument(await analyst.Client.GetStringAsync("/analytics/warehouse", Cancel));
        var links = html.QuerySelectorAll("#export-tables a[download]").Select(a => a.GetAttribute("href")).ToList();
        links.ShouldBe(ParquetExport.TableNames.Select(t => $"api/v1/analytics/warehouse/tables/{t}.parquet"));
        html.QuerySelectorAll("#export-tables tbody tr").Length.ShouldBe(ParquetExport.TableNames.Count);
    }
}

public sealed class SqliteWarehouseExportHttpTests(SqliteFactoryFixture fixture) : WarehouseExportHttpTests, IClassFixture<SqliteFactoryFixture>
{
    protected override Task<PathwayFactory> FactoryAsync() => Task.FromResult(fixture.Factory);
}

public sealed class PostgresWarehouseExportHttpTests(PostgresServer server, PostgresFactoryFixture fixture) : WarehouseExportHttpTests, IClassFixture<PostgresFactoryFixture>
{
    protected override Task<PathwayFactory> FactoryAsync() => Task.FromResult(fixture.GetAsync(server)).Unwrap();
}
