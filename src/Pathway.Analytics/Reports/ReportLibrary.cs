using System.Globalization;
using System.Security.Claims;
using System.Security.Cryptography;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Pathway.Analytics.Localization;
using Pathway.Platform.Audit;
using Pathway.Platform.Identity;
using Pathway.Platform.Localization;
using Pathway.Platform.Modules;
using Pathway.Platform.Persistence;
using Pathway.Platform.Printing;
using Pathway.Platform.Reporting;
using Pathway.Platform.Tenancy;

namespace Pathway.Analytics.Reports;

/// <summary>
/// The office's report library: the definitions the modules register, run on demand (from the
/// page, the API, the command line) into files that are kept with their arguments and data
/// version, listed, and read again. Every run and every reading is audited.
/// </summary>
public sealed class ReportLibrary(
    PathwayDbContext db, IEnumerable<IReportDefinition> definitions, PermissionCatalog permissions, OrganisationDirectory directory,
    IStringLocalizer<AnalyticsText> text, IStringLocalizer<Text> platformText, Lazy<PrintFonts> fonts, TimeProvider clock)
{
    /// <summary>The most entries a list gives at once.</summary>
    public const int ListSize = 200;

    /// <summary>The definitions <paramref name="user"/> may run, by name; all of them for the office itself (null).</summary>
    public IReadOnlyList<IReportDefinition> For(ClaimsPrincipal? user) =>
        [.. definitions.Where(d => user is null || permissions.IsGranted(user, d.Permission)).OrderBy(d => d.Name, StringComparer.Ordinal)];

    public IReportDefinition? Find(string? name, ClaimsPrincipal? user) =>
        For(user).FirstOrDefault(d => string.Equals(d.Name, name?.Trim(), StringComparison.OrdinalIgnoreCase));

    /// <summary>
    /// Runs the report for <paramref name="tenant"/> and keeps the file in the library. A definition
    /// the caller may not run is not found; bad parameters, format or edition come back as problems
    /// and nothing is kept.
    /// </summary>
    /// <param name="actor">Who ran it where no one is signed in (the command line, a schedule).</param>
    public async Task<ReportOutcome> RunAsync(Guid tenant, ReportRequest request, ClaimsPrincipal? user, AuditActor? actor = null, CancellationToken cancellationToken = default)
    {
        if (Find(request.Name, user) is not { } definition)
        {
            return new ReportOutcome(null, new Dictionary<string, string>(StringComparer.Ordinal) { ["name"] = NoSuchReport(request.Name, user) }, NotFound: true);
        }

        var problems = new Dictionary<string, string>(StringComparer.Ordinal);
        var format = ReadFormat(request.Format, request.Transmission, user, problems);

        var today = await directory.TodayOfAsync(tenant, cancellationToken);
        var arguments = ReportArgumentsReader.Read(definition, request.Parameters ?? new Dictionary<string, string?>(StringComparer.Ordinal), today, problems, text);
        var run = arguments is null ? null : new ReportRun(tenant, arguments, user, today);
        if (run is not null && problems.Count == 0)
        {
            await definition.ValidateAsync(run, problems, cancellationToken);
        }

        if (run is null || problems.Count > 0)
        {
            return new ReportOutcome(null, problems);
        }

        var content = await definition.BuildAsync(run, cancellationToken);
        var made = clock.GetUtcNow().UtcDateTime;
        var version = DataVersion(definition.Name, run.Arguments, content);
        var bytes = Render(definition.Name, content, format!.Value, request.Transmission, VersionTime(made));
        var name = FileName(definition.Name, run.Arguments, format.Value, request.Transmission);
        var report = new LibraryReport
        {
            Id = Guid.CreateVersion7(),
            TenantId = tenant,
            Definition = definition.Name,
            Title = content.Title,
            Arguments = run.Arguments.ToString(),
            Format = ReportFormats.Code(format.Value),
            Transmission = request.Transmission,
            Culture = CultureInfo.CurrentUICulture.Name,
            DataVersion = version,
            FileName = name,
            ContentType = ReportFormats.ContentType(format.Value),
            Content = bytes,
            Size = bytes.LongLength,
            CreatedAt = made,
            CreatedBy = user?.GetUserId(),
            CreatedByName = actor?.Name ?? user?.Identity?.Name ?? "system",
        };
        db.Set<LibraryReport>().Add(report);
        await db.SaveChangesAsync(cancellationToken);
        await db.AuditNowAsync(new AuditRecord("report", nameof(LibraryReport), report.Id.ToString(),
            Details: string.Create(CultureInfo.InvariantCulture, $"{definition.Name} {report.Arguments} {report.Format}{(report.Transmission ? " transmission" : "")}; data {version}"), Actor: actor), cancellationToken);
        return new ReportOutcome(LibraryEntry.Of(report), problems);
    }

    /// <summary>
    /// The format asked for, and whether the edition may be made: the transmission is SDMX-CSV only,
    /// and for those who may make it (the office itself may). Each problem goes to <paramref name="problems"/>
    /// by field; null when the format is not one of the library's.
    /// </summary>
    public ReportFormat? ReadFormat(string? code, bool transmission, ClaimsPrincipal? user, IDictionary<string, string> problems)
    {
        var format = ReportFormats.Parse(code);
        if (format is null)
        {
            problems["format"] = text["Choose the format: {0}.", string.Join(", ", ReportFormats.All.Select(ReportFormats.Code))];
        }
        else if (transmission && format != ReportFormat.SdmxCsv)
        {
            problems["transmission"] = text["Only an SDMX-CSV file is made as the transmission; a PDF or a workbook is always the publication."];
        }
        else if (transmission && user is not null && !permissions.IsGranted(user, AnalyticsPermissions.AnalyticsTransmission))
        {
            problems["transmission"] = text["The transmission keeps the true small counts: only analysts make it. Ask for the publication."];
        }

        return format;
    }

    /// <summary>The office's reports of the definitions <paramref name="user"/> may run, newest first.</summary>
    public async Task<IReadOnlyList<LibraryEntry>> ListAsync(Guid tenant, ClaimsPrincipal? user, string? definition = null, CancellationToken cancellationToken = default)
    {
        var query = Readable(tenant, user);
        if (definition is not null)
        {
            query = query.Where(r => r.Definition == definition);
        }

        return await Entries(query.OrderByDescending(r => r.CreatedAt).ThenByDescending(r => r.Id).Take(ListSize)).ToListAsync(cancellationToken);
    }

    /// <summary>One kept report as the library lists it; null when there is none the caller may read.</summary>
    public Task<LibraryEntry?> EntryAsync(Guid tenant, Guid id, ClaimsPrincipal? user, CancellationToken cancellationToken = default) =>
        Entries(Readable(tenant, user).Where(r => r.Id == id)).FirstOrDefaultAsync(cancellationToken);

    /// <summary>The office's reports of the definitions <paramref name="user"/> may run.</summary>
    private IQueryable<LibraryReport> Readable(Guid tenant, ClaimsPrincipal? user)
    {
        var names = For(user).Select(d => d.Name).ToList();
        return db.Set<LibraryReport>().AsNoTracking().Where(r => r.TenantId == tenant && names.Contains(r.Definition));
    }

    /// <summary>The entries without their files: a list never reads the bytes.</summary>
    private static IQueryable<LibraryEntry> Entries(IQueryable<LibraryReport> reports) =>
        reports.Select(r => new LibraryEntry(r.Id, r.Definition, r.Title, r.Arguments, r.Format, r.Transmission, r.Culture, r.DataVersion, r.FileName, r.ContentType, r.Size, r.CreatedAt, r.CreatedByName));

    /// <summary>A kept report's file, audited as read; null when there is none the caller may read.</summary>
    public async Task<LibraryReport?> FileAsync(Guid tenant, Guid id, ClaimsPrincipal? user, AuditActor? actor = null, CancellationToken cancellationToken = default)
    {
        var found = await db.Set<LibraryReport>().AsNoTracking().FirstOrDefaultAsync(r => r.TenantId == tenant && r.Id == id, cancellationToken);
        if (found is null || For(user).All(d => d.Name != found.Definition) || (found.Transmission && user is not null && !permissions.IsGranted(user, AnalyticsPermissions.AnalyticsTransmission)))
        {
            return null;
        }

        await db.AuditNowAsync(new AuditRecord(AuditAction.Read, nameof(LibraryReport), found.Id.ToString(), Details: found.FileName, Actor: actor), cancellationToken);
        return found;
    }

    /// <summary>The message for a report that does not exist or that the caller may not run: the same, so a name tells nothing.</summary>
    public string NoSuchReport(string? name, ClaimsPrincipal? user) =>
        text["There is no report {0}. The reports you may run: {1}.", name ?? "", string.Join(", ", For(user).Select(d => d.Name))];

    /// <summary>
    /// A digest of what the report counted: its definition, arguments, and every code and figure of
    /// its tables and datasets, not the words around them (a report made in Polish and in Arabic from
    /// the same data has the same version).
    /// </summary>
    public static string DataVersion(string definition, ReportArguments arguments, ReportContent content)
    {
        var canonical = new StringBuilder().Append(definition).Append('\n').Append(arguments).Append('\n').Append(content.Period).Append('\n');
        foreach (var table in content.Tables)
        {
            canonical.Append(table.Id).Append('|').AppendJoin(',', table.Columns.Select(c => c.Code)).Append('\n');
            foreach (var row in table.Rows)
            {
                canonical.Append(row.Code).Append(':').AppendJoin(',', row.Values.Select(Figure)).Append('\n');
            }
        }

        foreach (var dataset in content.Datasets ?? [])
        {
            canonical.Append(dataset.Dataflow).Append('\n');
            foreach (var observation in dataset.Observations)
            {
                canonical.AppendJoin(',', observation.Key).Append(',').Append(observation.TimePeriod).Append('=')
                    .Append(Figure(new ReportValue(observation.Value, observation.Confidentiality))).Append('\n');
            }
        }

        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(canonical.ToString())))[..16];
    }

    /// <summary>The file's name: the definition, its arguments' values and the edition; letters, digits and dashes only.</summary>
    public static string FileName(string definition, ReportArguments arguments, ReportFormat format, bool transmission)
    {
        var parts = new List<string> { definition };
        parts.AddRange(arguments.Values.Select(v => new string([.. v.Value.Select(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '.' ? c : '_')])));
        if (format == ReportFormat.SdmxCsv)
        {
            parts.Add(transmission ? "transmission" : "publication");
        }

        return string.Join('-', parts) + "." + ReportFormats.Extension(format);
    }

    private byte[] Render(string definition, ReportContent content, ReportFormat format, bool transmission, DateTime made) => format switch
    {
        ReportFormat.Pdf => new ReportPdf(fonts.Value, ReportWordsText.Of(platformText)).Write(content, CultureInfo.CurrentUICulture, made),
        ReportFormat.Xlsx => ReportWorkbook.Write(content, ReportWordsText.Of(platformText)),
        ReportFormat.SdmxCsv => ReportSdmx.Write(definition, content, transmission),
    };

    // The PDF's creation time to the minute: two runs of the same data a moment apart give the same bytes.
    private static DateTime VersionTime(DateTime made) => new(made.Year, made.Month, made.Day, made.Hour, made.Minute, 0, DateTimeKind.Utc);

    private static string Figure(ReportValue value) =>
        (value.Number?.ToString(CultureInfo.InvariantCulture) ?? "") + (value.Confidentiality switch
        {
            ReportConfidentiality.Free => "",
            ReportConfidentiality.Primary => "A",
            ReportConfidentiality.Secondary => "D",
        });
}
