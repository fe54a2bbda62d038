using System.Data.Common;
using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Storage;
using Pathway.Platform.Casework;
using Pathway.Platform.Outbox;
using Pathway.Platform.Persistence;
using Pathway.Platform.Protection;
using Pathway.Platform.Support;

namespace Pathway.Analytics.Warehouse;

/// <summary>
/// Writes events into the warehouse's facts and the dimensions they name, idempotently: an
/// application's facts are kept only when newer than what is stored (by the case's version), a step
/// once by its id, a dimension row once. The outbox feed writes one event at a time with it, a rebuild
/// many; both in the context's transaction. Plain prepared statements, not change tracking: a rebuild
/// writes millions of rows. Values go in as the model stores them on each provider (on SQLite a Guid is
/// upper-case text and a date ISO text, as EF Core writes them).
/// </summary>
/// <remarks>
/// Dimensions are written before the fact that names them, so every writer takes its row locks in one
/// order (dimensions, then the fact) and two writers of the same rows wait for each other instead of
/// deadlocking. A rebuild writes facts only (<paramref name="dimensions"/> false), gathering the rows its
/// facts name in <paramref name="named"/> (the days aside: it fills their whole span), and fills the
/// dimensions afterwards in one statement each (<see cref="WarehouseDimensions"/>): its long batches then
/// hold no row a short feed transaction could hold before them.
/// </remarks>
internal sealed partial class FactWriter(PathwayDbContext db, Pseudonyms pseudonyms, TimeProvider clock, bool dimensions = true, NamedDimensions? named = null) : IAsyncDisposable
{
    /// <summary>The purpose the person pseudonyms of the warehouse are keyed for.</summary>
    public const string PersonPurpose = "warehouse person";

    /// <summary>
    /// Rows a rebuild sends in one statement on PostgreSQL: one round trip instead of 200. SQLite has no
    /// round trip to save, and finds each named parameter by a walk through the statement's names, so
    /// a statement of 200 rows (4,800 names) would cost it more than 200 of one. A statement with an
    /// array form takes a whole batch on PostgreSQL (<see cref="FactStatement.Unnest"/>).
    /// </summary>
    private int RowsPerStatement(FactStatement statement) =>
        !db.IsPostgres ? 1 : TakesArrays(statement) ? int.MaxValue : 200;

    /// <summary>Whether the rows go as one array per column (<see cref="FactStatement.Unnest"/>): PostgreSQL, for a statement that has the form.</summary>
    private bool TakesArrays(FactStatement statement) => db.IsPostgres && statement.ColumnTypes is not null;

    private static readonly FactStatement Applications = new(
        """
        INSERT INTO "Analytics_FactApplications" ("CaseId", "TenantId", "Version", "PersonKey", "OfficeId", "ApplicationType", "Permit", "Purpose",
            "Citizenship", "Sex", "AgeBand", "SubmittedOn", "State", "Outcome", "DecidedOn", "DecisionDueOn", "FinalOn", "AppealLodgedOn", "SettledOn", "ProcessingDays", "DecidedInTime",
            "PermitValidFrom", "PermitValidUntil", "TemporaryProtection")
        """,
        24,
        """
        ON CONFLICT ("CaseId") DO UPDATE SET "Version" = excluded."Version", "PersonKey" = excluded."PersonKey", "OfficeId" = excluded."OfficeId",
            "ApplicationType" = excluded."ApplicationType", "Permit" = excluded."Permit", "Purpose" = excluded."Purpose", "Citizenship" = excluded."Citizenship",
            "Sex" = excluded."Sex", "AgeBand" = excluded."AgeBand", "SubmittedOn" = excluded."SubmittedOn", "State" = excluded."State", "Outcome" = excluded."Outcome",
            "DecidedOn" = excluded."DecidedOn", "DecisionDueOn" = excluded."DecisionDueOn", "FinalOn" = excluded."FinalOn", "AppealLodgedOn" = excluded."AppealLodgedOn", "SettledOn" = excluded."SettledOn",
            "ProcessingDays" = excluded."ProcessingDays", "DecidedInTime" = excluded."DecidedInTime",
            "PermitValidFrom" = excluded."PermitValidFrom", "PermitValidUntil" = excluded."PermitValidUntil", "TemporaryProtection" = excluded."TemporaryProtection"
        WHERE excluded."Version" > "Analytics_FactApplications"."Version"
        """,
        [typeof(Guid), typeof(Guid), typeof(int), typeof(string), typeof(Guid), typeof(string), typeof(string), typeof(string),
            typeof(string), typeof(string), typeof(string), typeof(DateOnly), typeof(string), typeof(string), typeof(DateOnly?), typeof(DateOnly?), typeof(DateOnly?), typeof(DateOnly?), typeof(DateOnly?), typeof(int?), typeof(bool?),
            typeof(DateOnly?), typeof(DateOnly?), typeof(bool?)]);

    // The feed's first snapshot of a case: should another writer insert the case meanwhile, nothing is
    // written and the feed reads that row instead, so the counts move from the cells it was counted in.
    private static readonly FactStatement NewApplication = new(Applications.Head, Applications.Columns, """ON CONFLICT ("CaseId") DO NOTHING""");

    // The stored snapshot the feed is about to replace, locked on PostgreSQL until the feed commits: a
    // second writer of the case waits here and then reads what this one wrote.
    private const string StoredApplication = """
        SELECT "Version", "TenantId", "OfficeId", "ApplicationType", "Citizenship", "Sex", "AgeBand", "SubmittedOn", "SettledOn", "DecidedOn", "Outcome", "ProcessingDays", "DecidedInTime"
        FROM "Analytics_FactApplications" WHERE "CaseId" = @p0
        """;

    private const string CountApplications = """
        INSERT INTO "Analytics_MonthlyApplications" ("TenantId", "SubmittedMonth", "SettledMonth", "OfficeId", "ApplicationType", "Citizenship", "Sex", "AgeBand", "Applications")
        VALUES (@p0, @p1, @p2, @p3, @p4, @p5, @p6, @p7, @p8)
        ON CONFLICT ("TenantId", "SubmittedMonth", "SettledMonth", "OfficeId", "ApplicationType", "Citizenship", "Sex", "AgeBand")
        DO UPDATE SET "Applications" = "Analytics_MonthlyApplications"."Applications" + excluded."Applications"
        """;

    private const string RemoveEmptyApplications = """
        DELETE FROM "Analytics_MonthlyApplications" WHERE "TenantId" = @p0 AND "SubmittedMonth" = @p1 AND "SettledMonth" = @p2 AND "OfficeId" = @p3
            AND "ApplicationType" = @p4 AND "Citizenship" = @p5 AND "Sex" = @p6 AND "AgeBand" = @p7 AND "Applications" = 0
        """;

    private const string CountDecisions = """
        INSERT INTO "Analytics_MonthlyDecisions" ("TenantId", "DecidedMonth", "Outcome", "ProcessingDays", "OfficeId", "ApplicationType", "Citizenship", "Sex", "AgeBand", "Decisions", "WithDueDay", "InTime")
        VALUES (@p0, @p1, @p2, @p3, @p4, @p5, @p6, @p7, @p8, @p9, @p10, @p11)
        ON CONFLICT ("TenantId", "DecidedMonth", "Outcome", "ProcessingDays", "OfficeId", "ApplicationType", "Citizenship", "Sex", "AgeBand")
        DO UPDATE SET "Decisions" = "Analytics_MonthlyDecisions"."Decisions" + excluded."Decisions",
            "WithDueDay" = "Analytics_MonthlyDecisions"."WithDueDay" + excluded."WithDueDay", "InTime" = "Analytics_MonthlyDecisions"."InTime" + excluded."InTime"
        """;

    private const string RemoveEmptyDecisions = """
        DELETE FROM "Analytics_MonthlyDecisions" WHERE "TenantId" = @p0 AND "DecidedMonth" = @p1 AND "Outcome" = @p2 AND "ProcessingDays" = @p3 AND "OfficeId" = @p4
            AND "ApplicationType" = @p5 AND "Citizenship" = @p6 AND "Sex" = @p7 AND "AgeBand" = @p8 AND "Decisions" = 0
        """;

    private const string CountOfficeDecisions = """
        INSERT INTO "Analytics_MonthlyOfficeDecisions" ("TenantId", "DecidedMonth", "Outcome", "ProcessingDays", "OfficeId", "Decisions", "WithDueDay", "InTime")
        VALUES (@p0, @p1, @p2, @p3, @p4, @p5, @p6, @p7)
        ON CONFLICT ("TenantId", "DecidedMonth", "Outcome", "ProcessingDays", "OfficeId")
        DO UPDATE SET "Decisions" = "Analytics_MonthlyOfficeDecisions"."Decisions" + excluded."Decisions",
            "WithDueDay" = "Analytics_MonthlyOfficeDecisions"."WithDueDay" + excluded."WithDueDay", "InTime" = "Analytics_MonthlyOfficeDecisions"."InTime" + excluded."InTime"
        """;

    private const string RemoveEmptyOfficeDecisions = """
        DELETE FROM "Analytics_MonthlyOfficeDecisions" WHERE "TenantId" = @p0 AND "DecidedMonth" = @p1 AND "Outcome" = @p2 AND "ProcessingDays" = @p3
            AND "OfficeId" = @p4 AND "Decisions" = 0
        """;

    private static readonly FactStatement Steps = new(
        """
        INSERT INTO "Analytics_FactCaseEvents" ("StepId", "TenantId", "CaseId", "OfficeId", "ApplicationType", "Action", "FromState", "ToState", "On", "At")
        """,
        10,
        """
        ON CONFLICT ("StepId") DO NOTHING
        """);

    // What a writer wrote of a tenant's facts, added to its tally (WarehouseTally) in the same transaction.
    private const string AddToTally = """
        INSERT INTO "Analytics_WarehouseTallies" ("TenantId", "Steps", "Changes", "ChangedAt") VALUES (@p0, @p1, @p2, @p3)
        ON CONFLICT ("TenantId") DO UPDATE SET "Steps" = "Analytics_WarehouseTallies"."Steps" + excluded."Steps",
            "Changes" = "Analytics_WarehouseTallies"."Changes" + excluded."Changes", "ChangedAt" = excluded."ChangedAt"
        """;

    private static readonly FactStatement Services = new(
        """
        INSERT INTO "Analytics_FactServices" ("ServiceId", "TenantId", "Version", "Removed", "PersonKey", "OrganisationId", "Kind", "Status", "On", "Minutes",
            "Citizenship", "Sex", "AgeBand")
        """,
        13,
        """
        ON CONFLICT ("ServiceId") DO UPDATE SET "Version" = excluded."Version", "Removed" = excluded."Removed", "PersonKey" = excluded."PersonKey",
            "OrganisationId" = excluded."OrganisationId", "Kind" = excluded."Kind", "Status" = excluded."Status", "On" = excluded."On", "Minutes" = excluded."Minutes",
            "Citizenship" = excluded."Citizenship", "Sex" = excluded."Sex", "AgeBand" = excluded."AgeBand"
        WHERE excluded."Version" > "Analytics_FactServices"."Version"
        """);

    private static readonly FactStatement Calls = new(
        """
        INSERT INTO "Analytics_FactCalls" ("CallId", "TenantId", "Version", "Removed", "Source", "On", "Hour", "Category", "Queue", "Answered", "Abandoned",
            "WaitSeconds", "TalkSeconds", "Topic", "Language")
        """,
        15,
        """
        ON CONFLICT ("CallId") DO UPDATE SET "Version" = excluded."Version", "Removed" = excluded."Removed", "Source" = excluded."Source", "On" = excluded."On",
            "Hour" = excluded."Hour", "Category" = excluded."Category", "Queue" = excluded."Queue", "Answered" = excluded."Answered", "Abandoned" = excluded."Abandoned",
            "WaitSeconds" = excluded."WaitSeconds", "TalkSeconds" = excluded."TalkSeconds", "Topic" = excluded."Topic", "Language" = excluded."Language"
        WHERE excluded."Version" > "Analytics_FactCalls"."Version"
        """);

    /// <summary>The longest queue name the warehouse keeps (Asterisk's are short; a longer one is cut).</summary>
    public const int MaxQueueLength = 80;

    private const string InsertDate = """
        INSERT INTO "Analytics_DimDates" ("Date", "Year", "Quarter", "Month", "IsoYear", "IsoWeek", "DayOfWeek") VALUES (@p0, @p1, @p2, @p3, @p4, @p5, @p6)
        ON CONFLICT ("Date") DO NOTHING
        """;

    private const string InsertCode = """
        INSERT INTO "Analytics_DimCodes" ("Dimension", "Code", "Position") VALUES (@p0, @p1, 0) ON CONFLICT ("Dimension", "Code") DO NOTHING
        """;

    internal const string UpsertType = """
        INSERT INTO "Analytics_DimApplicationTypes" ("TenantId", "Code", "Permit", "Purpose") VALUES (@p0, @p1, @p2, @p3)
        ON CONFLICT ("TenantId", "Code") DO UPDATE SET "Permit" = excluded."Permit", "Purpose" = excluded."Purpose"
        """;

    // The office's name and voivodeship as the platform holds them now; a rebuild refreshes them.
    internal const string UpsertOffice = """
        INSERT INTO "Analytics_DimOffices" ("OfficeId", "TenantId", "Name", "Voivodeship")
        SELECT @p0, @p1, COALESCE((SELECT "Name" FROM "Organisations" WHERE "Id" = @p0), ''), (SELECT "Voivodeship" FROM "Organisations" WHERE "Id" = @p0) WHERE true
        ON CONFLICT ("OfficeId") DO UPDATE SET "Name" = excluded."Name", "Voivodeship" = excluded."Voivodeship"
        """;

    private readonly IRelationalTypeMappingSource mappings = db.GetService<IRelationalTypeMappingSource>();
    private readonly Dictionary<string, DbCommand> commands = new(StringComparer.Ordinal);
    // Dimension rows this writer has made sure of; a rebuild names the same few thousand again and again.
    private readonly HashSet<DateOnly> dates = [];
    private readonly HashSet<(string, string)> codes = [];
    private readonly HashSet<(Guid, string)> types = [];
    private readonly HashSet<Guid> offices = [];
    // A rebuild's rows waiting for a full statement.
    private readonly List<object?[]> pendingApplications = [];
    private readonly List<object?[]> pendingSteps = [];
    private readonly string storedApplication = db.IsPostgres ? StoredApplication + " FOR UPDATE" : StoredApplication;
    // The feed's moves of cases between the monthly counts' cells, written at the batch's end.
    private readonly MonthlyCountChanges counts = new();
    private readonly List<object?[]> pendingServices = [];
    private readonly List<object?[]> pendingCalls = [];
    // Steps inserted and fact rows written or changed since the last flush, by tenant (a step found
    // already there, or an older snapshot than the one stored, wrote nothing and is not counted).
    private readonly Dictionary<Guid, (long Steps, long Changes)> tallies = [];

    /// <summary>Facts written or found already there: the events this writer has taken.</summary>
    public long Taken { get; private set; }

    public static bool Handles(IDomainEvent domainEvent) =>
        domainEvent is CaseFacts or CaseStepTaken or SupportServiceFacts or BeneficiaryFacts or HelplineCallFacts or AppointmentFacts or Platform.Portal.PortalUseFacts;

    public Task WriteAsync(IDomainEvent domainEvent, CancellationToken cancellationToken) => domainEvent switch
    {
        CaseFacts facts => WriteAsync(facts, cancellationToken),
        CaseStepTaken step => WriteAsync(step, cancellationToken),
        SupportServiceFacts service => WriteAsync(service, cancellationToken),
        BeneficiaryFacts beneficiary => WriteAsync(beneficiary, cancellationToken),
        HelplineCallFacts call => WriteAsync(call, cancellationToken),
        AppointmentFacts appointment => WriteAsync(appointment, cancellationToken),
        Platform.Portal.PortalUseFacts use => WriteAsync(use, cancellationToken),
        _ => Task.CompletedTask,
    };

    // A service's organisation is an NGO's or an advisory point's, not an office of the cases: it is no row of the offices.
    private async Task WriteAsync(SupportServiceFacts f, CancellationToken cancellationToken)
    {
        var citizenship = string.IsNullOrEmpty(f.Citizenship) ? FactCodes.UnknownCitizenship : f.Citizenship;
        if (dimensions)
        {
            await DateAsync(f.On, cancellationToken);
        }

        await CodeAsync(FactCodes.CitizenshipDimension, citizenship, cancellationToken);
        var person = pseudonyms.Of(f.TenantId, PersonPurpose, f.PersonId ?? f.BeneficiaryId);
        await WriteAsync(Services, pendingServices, cancellationToken,
            f.ServiceId, f.TenantId, f.Version, f.Removed, person, f.OrganisationId, f.Kind, f.Status, f.On, f.Minutes,
            citizenship, FactCodes.SexOf(f.Sex), FactCodes.AgeBandOf(f.AgeOnDay));
        Taken++;
    }

    private async Task WriteAsync(HelplineCallFacts f, CancellationToken cancellationToken)
    {
        if (dimensions)
        {
            await DateAsync(f.On, cancellationToken);
        }

        var queue = f.Queue is { Length: > MaxQueueLength } longer ? longer[..MaxQueueLength] : f.Queue;
        await WriteAsync(Calls, pendingCalls, cancellationToken,
            f.CallId, f.TenantId, f.Version, f.Removed, f.Source, f.On, f.Hour, f.Category, queue, f.Answered, f.Abandoned,
            f.WaitSeconds, f.TalkSeconds, f.Topic, f.Language);
        Taken++;
    }

    private async Task WriteAsync(CaseFacts f, CancellationToken cancellationToken)
    {
        if (dimensions)
        {
            foreach (var day in new[] { f.SubmittedOn, f.DecidedOn, f.DecisionDueOn, f.FinalOn, f.AppealLodgedOn, f.SettledOn })
            {
                await DateAsync(day, cancellationToken);
            }
        }

        await CodeAsync(FactCodes.CitizenshipDimension, f.Citizenship, cancellationToken);
        if (f.Outcome is { } outcome)
        {
            await CodeAsync(FactCodes.OutcomeDimension, outcome, cancellationToken);
        }

        await TypeAsync(f.TenantId, f.ApplicationType, f.Permit, f.Purpose, cancellationToken);
        await OfficeAsync(f.OrganisationId, f.TenantId, cancellationToken);

        var sex = FactCodes.SexOf(f.Sex);
        var ageBand = FactCodes.AgeBandOf(f.AgeAtSubmission);
        var person = pseudonyms.Of(f.TenantId, PersonPurpose, f.PersonId ?? f.CaseId);
        int? days = f.DecidedOn is { } decided ? decided.DayNumber - f.SubmittedOn.DayNumber : null;
        bool? inTime = f.DecidedOn is { } on && f.DecisionDueOn is { } due ? on <= due : null;
        object?[] values = [
            f.CaseId, f.TenantId, f.Version, person, f.OrganisationId, f.ApplicationType, f.Permit, f.Purpose,
            f.Citizenship, sex, ageBand, f.SubmittedOn, f.State, f.Outcome, f.DecidedOn, f.DecisionDueOn, f.FinalOn, f.AppealLodgedOn, f.SettledOn, days, inTime,
            f.PermitValidFrom, f.PermitValidUntil, f.TemporaryProtection];
        if (dimensions)
        {
            var counted = new CountedCase(f.TenantId, f.OrganisationId, f.ApplicationType, f.Citizenship, sex, ageBand, f.SubmittedOn, f.SettledOn, f.DecidedOn, f.Outcome, days, inTime);
            await ReplaceAsync(f.CaseId, f.Version, counted, values, cancellationToken);
        }
        else
        {
            await WriteAsync(Applications, pendingApplications, cancellationToken, values);
        }

        Taken++;
    }

    // The feed's snapshot of a case, kept when newer than the stored one, and the case moved in the
    // monthly counts from the cells the stored one was counted in. A rebuild counts afresh at its end instead.
    private async Task ReplaceAsync(Guid caseId, int version, CountedCase counted, object?[] values, CancellationToken cancellationToken)
    {
        // Twice at most: when another writer inserted the case between the read and the insert, the second read finds it.
        for (var attempt = 0; attempt < 2; attempt++)
        {
            var stored = await StoredAsync(caseId, cancellationToken);
            if (stored is null)
            {
                if (await ExecuteAsync(NewApplication.For(1), cancellationToken, values) == 1)
                {
                    Tally(Applications, counted.TenantId, 1);
                    counts.Move(null, counted);
                    return;
                }

                continue;
            }

            if (stored.Value.Version < version)
            {
                Tally(Applications, counted.TenantId, await ExecuteAsync(Applications.For(1), cancellationToken, values));
                counts.Move(stored.Value.Case, counted);
            }

            return;
        }

        throw new InvalidOperationException($"The warehouse could not read back case {caseId}.");
    }

    private async Task<(int Version, CountedCase Case)?> StoredAsync(Guid caseId, CancellationToken cancellationToken)
    {
        var command = Prepare(storedApplication, NumberedNames(1), [caseId]);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        if (!await reader.ReadAsync(cancellationToken))
        {
            return null;
        }

        T? Maybe<T>(int i) where T : struct => reader.IsDBNull(i) ? null : reader.GetFieldValue<T>(i);
        return (reader.GetInt32(0), new CountedCase(
            reader.GetFieldValue<Guid>(1), reader.GetFieldValue<Guid>(2), reader.GetString(3), reader.GetString(4), reader.GetString(5), reader.GetString(6),
            reader.GetFieldValue<DateOnly>(7), Maybe<DateOnly>(8), Maybe<DateOnly>(9), reader.IsDBNull(10) ? null : reader.GetString(10), Maybe<int>(11), Maybe<bool>(12)));
    }

    private async Task WriteAsync(CaseStepTaken s, CancellationToken cancellationToken)
    {
        if (dimensions)
        {
            await DateAsync(s.On, cancellationToken);
        }

        await OfficeAsync(s.OrganisationId, s.TenantId, cancellationToken);

        await WriteAsync(Steps, pendingSteps, cancellationToken,
            s.StepId, s.TenantId, s.CaseId, s.OrganisationId, s.ApplicationType, s.Action, s.From, s.To, s.On, DateTime.SpecifyKind(s.At, DateTimeKind.Utc));
        Taken++;
    }

    /// <summary>Sends the rows a rebuild holds back for a full statement; before each commit and at the end.</summary>
    public async Task FlushAsync(CancellationToken cancellationToken)
    {
        await FlushAsync(Applications, pendingApplications, cancellationToken);
        await FlushAsync(Steps, pendingSteps, cancellationToken);
        await FlushAsync(Services, pendingServices, cancellationToken);
        await FlushBeneficiariesAsync(cancellationToken);
        await FlushAsync(Calls, pendingCalls, cancellationToken);
        await FlushVisitsAsync(cancellationToken);
        var at = clock.GetUtcNow().UtcDateTime;
        foreach (var (tenant, (steps, changes)) in tallies)
        {
            await ExecuteAsync(AddToTally, cancellationToken, tenant, steps, changes, at);
        }

        tallies.Clear();
        var (applications, decisions, officeDecisions) = counts.Take();
        foreach (var (c, change) in applications)
        {
            object?[] cell = [c.TenantId, c.SubmittedMonth, c.SettledMonth, c.OfficeId, c.ApplicationType, c.Citizenship, c.Sex, c.AgeBand];
            await ExecuteAsync(CountApplications, cancellationToken, [.. cell, change]);
            if (change < 0)
            {
                await ExecuteAsync(RemoveEmptyApplications, cancellationToken, cell);
            }
        }

        foreach (var (c, change) in decisions)
        {
            object?[] cell = [c.TenantId, c.DecidedMonth, c.Outcome, c.ProcessingDays, c.OfficeId, c.ApplicationType, c.Citizenship, c.Sex, c.AgeBand];
            await ExecuteAsync(CountDecisions, cancellationToken, [.. cell, change.Decisions, change.WithDueDay, change.InTime]);
            if (change.Decisions < 0)
            {
                await ExecuteAsync(RemoveEmptyDecisions, cancellationToken, cell);
            }
        }

        foreach (var (c, change) in officeDecisions)
        {
            object?[] cell = [c.TenantId, c.DecidedMonth, c.Outcome, c.ProcessingDays, c.OfficeId];
            await ExecuteAsync(CountOfficeDecisions, cancellationToken, [.. cell, change.Decisions, change.WithDueDay, change.InTime]);
            if (change.Decisions < 0)
            {
                await ExecuteAsync(RemoveEmptyOfficeDecisions, cancellationToken, cell);
            }
        }
    }

    // The feed writes each row at once; a rebuild gathers them into statements of many rows. A fact
    // statement's second value is the tenant.
    private async Task WriteAsync(FactStatement statement, List<object?[]> pending, CancellationToken cancellationToken, params object?[] values)
    {
        if (dimensions)
        {
            Tally(statement, (Guid)values[1]!, await ExecuteAsync(statement.For(1), cancellationToken, values));
            return;
        }

        pending.Add(values);
        if (pending.Count == RowsPerStatement(statement))
        {
            await FlushAsync(statement, pending, cancellationToken);
        }
    }

    // A rebuild's held-back rows are all one tenant's: it rebuilds one at a time.
    private async Task FlushAsync(FactStatement statement, List<object?[]> pending, CancellationToken cancellationToken)
    {
        if (pending.Count == 0)
        {
            return;
        }

        var written = TakesArrays(statement)
            ? await ExecuteAsync(statement.Unnest, NumberedNames(statement.Columns), statement.ColumnArrays(pending), cancellationToken)
            : await ExecuteAsync(statement.For(pending.Count), cancellationToken, [.. pending.SelectMany(row => row)]);
        Tally(statement, (Guid)pending[0][1]!, written);
        pending.Clear();
    }

    private void Tally(FactStatement statement, Guid tenant, int written)
    {
        if (written > 0)
        {
            var (steps, changes) = tallies.GetValueOrDefault(tenant);
            tallies[tenant] = (steps + (statement == Steps ? written : 0), changes + written);
        }
    }

    private async Task DateAsync(DateOnly? day, CancellationToken cancellationToken)
    {
        if (day is { } d && dates.Add(d))
        {
            var row = DateDimension.Of(d);
            await ExecuteAsync(InsertDate, cancellationToken, row.Date, row.Year, row.Quarter, row.Month, row.IsoYear, row.IsoWeek, row.DayOfWeek);
        }
    }

    // A code, a type or an office a fact names: written once by the feed, gathered by a rebuild (which
    // has no dimension written in its batches).
    private async Task CodeAsync(string dimension, string code, CancellationToken cancellationToken)
    {
        if (!dimensions)
        {
            named?.Codes.Add((dimension, code));
        }
        else if (codes.Add((dimension, code)))
        {
            await ExecuteAsync(InsertCode, cancellationToken, dimension, code);
        }
    }

    private async Task TypeAsync(Guid tenant, string code, string permit, string purpose, CancellationToken cancellationToken)
    {
        if (!dimensions)
        {
            named?.Type(code, permit, purpose);
        }
        else if (types.Add((tenant, code)))
        {
            await ExecuteAsync(UpsertType, cancellationToken, tenant, code, permit, purpose);
        }
    }

    private async Task OfficeAsync(Guid office, Guid tenant, CancellationToken cancellationToken)
    {
        if (!dimensions)
        {
            named?.Offices.Add(office);
        }
        else if (offices.Add(office))
        {
            await ExecuteAsync(UpsertOffice, cancellationToken, office, tenant);
        }
    }

    /// <summary>
    /// Writes a page of a module's projection (<see cref="IEventProjection"/>) into the facts its event
    /// makes, in the database, the rows never leaving it: the cases whose key lies after
    /// <paramref name="after"/> and up to <paramref name="last"/>. Returns the facts written.
    /// </summary>
    /// <param name="guarded">
    /// Whether each fact is looked for among the stored ones and skipped when there. Unguarded, a fact
    /// already stored fails the statement (its key's unique violation): for a caller that knows none can be.
    /// </param>
    public async Task<int> WriteAsync(IEventProjection projection, Guid tenantId, Guid after, Guid last, bool guarded, CancellationToken cancellationToken)
    {
        var (insert, skipStored) = ProjectedInserts.GetValueOrDefault(projection.Event);
        if (insert is null)
        {
            throw new InvalidOperationException($"The warehouse keeps no facts of {projection.Event.Name}.");
        }

        var sql = insert.Replace("{projection}", projection.Sql(db.IsPostgres ? DatabaseProvider.Postgres : DatabaseProvider.Sqlite), StringComparison.Ordinal)
            + (guarded ? skipStored : "");
        var written = await ExecuteAsync(sql, ["@tenant", "@after", "@last"], [tenantId, after, last], cancellationToken);
        if (written > 0)
        {
            // Counted in the page's transaction, as the feed counts what it writes in its own.
            long steps = Tallied(projection) ? written : 0;
            await ExecuteAsync(AddToTally, cancellationToken, tenantId, steps, (long)written, clock.GetUtcNow().UtcDateTime);
        }

        Taken += written;
        return written;
    }

    /// <summary>Whether a module's projection of this event can be written into facts.</summary>
    public static bool Handles(IEventProjection projection) => ProjectedInserts.ContainsKey(projection.Event);

    /// <summary>Whether the facts of this projection are counted on their own in the tally (<see cref="WarehouseTally.Steps"/>).</summary>
    public static bool Tallied(IEventProjection projection) => projection.Event == typeof(CaseStepTaken);

    // The fact rows each projected event makes, from the projection's columns (named as the event's
    // properties), and what skips those already stored. SQLite needs a WHERE before ON CONFLICT to read
    // the SELECT's end.
    private static readonly Dictionary<Type, (string Insert, string SkipStored)> ProjectedInserts = new()
    {
        [typeof(CaseStepTaken)] = ("""
            INSERT INTO "Analytics_FactCaseEvents" ("StepId", "TenantId", "CaseId", "OfficeId", "ApplicationType", "Action", "FromState", "ToState", "On", "At")
            SELECT s."StepId", s."TenantId", s."CaseId", s."OrganisationId", s."ApplicationType", s."Action", s."From", s."To", s."On", s."At"
            FROM ({projection}) AS s WHERE true
            """, """

            ON CONFLICT ("StepId") DO NOTHING
            """),
    };

    private Task<int> ExecuteAsync(string sql, CancellationToken cancellationToken, params object?[] values) =>
        ExecuteAsync(sql, NumberedNames(values.Length), values, cancellationToken);

    // @p0 … @pN, made once: a rebuild's statements have thousands of parameters each.
    private static string[] numberedNames = [];

    private static string[] NumberedNames(int count)
    {
        var names = numberedNames;
        if (names.Length < count)
        {
            names = [.. Enumerable.Range(0, count).Select(i => string.Create(CultureInfo.InvariantCulture, $"@p{i}"))];
            numberedNames = names;
        }

        return names;
    }

    private Task<int> ExecuteAsync(string sql, string[] names, object?[] values, CancellationToken cancellationToken) =>
        Prepare(sql, names, values).ExecuteNonQueryAsync(cancellationToken);

    private DbCommand Prepare(string sql, string[] names, object?[] values)
    {
        if (!commands.TryGetValue(sql, out var command))
        {
            command = db.Database.GetDbConnection().CreateCommand();
            command.CommandText = sql;
            commands[sql] = command;
        }

        // Facts and the dimensions they name commit together, with the outbox receipt or the rebuild's batch.
        command.Transaction = db.Database.CurrentTransaction?.GetDbTransaction()
            ?? throw new InvalidOperationException("The warehouse is written inside a transaction.");
        // Each value as EF Core's mapping of its type writes it on this provider (on SQLite a Guid is
        // upper-case text, a date ISO text), as BulkInsert does, so the rows read back like any other.
        command.Parameters.Clear();
        for (var i = 0; i < values.Length; i++)
        {
            if (values[i] is Array column and not byte[])
            {
                // A column's values for unnest: Npgsql sends the array by its element type (uuid[], date[]…).
                var parameter = command.CreateParameter();
                parameter.ParameterName = names[i];
                parameter.Value = column;
                command.Parameters.Add(parameter);
            }
            else if (values[i] is { } value)
            {
                command.Parameters.Add(mappings.FindMapping(value.GetType())!.CreateParameter(command, names[i], value, nullable: true));
            }
            else
            {
                var parameter = command.CreateParameter();
                parameter.ParameterName = names[i];
                parameter.Value = DBNull.Value;
                command.Parameters.Add(parameter);
            }
        }

        return command;
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var command in commands.Values)
        {
            await command.DisposeAsync();
        }

        commands.Clear();
    }
}
