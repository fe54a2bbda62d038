using System.Globalization;
using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Pathway.Platform.Audit;
using Pathway.Platform.Identity;
using Pathway.Platform.Persistence;
using Pathway.Platform.Tenancy;

namespace Pathway.Support.Trainings;

/// <summary>A training as a form or the API sends it; <see cref="TrainingRegister.CreateAsync"/> checks it.</summary>
/// <param name="EndUnreadable">The form's last day could not be read (rather than left out, which means one day).</param>
public sealed record TrainingInput(
    string? Title, TrainingArea? Area, DateOnly? StartsOn, DateOnly? EndsOn, string? Trainer, string? Place, string? Project, bool EndUnreadable = false);

/// <summary>One institution's participants, as sent.</summary>
public sealed record AttendanceInput(string? Institution, InstitutionKind? Kind, int? Participants);

public enum TrainingProblem
{
    TitleMissing,
    AreaMissing,
    StartMissing,
    EndUnreadable,
    EndBeforeStart,
    TrainerMissing,
    TooLong,
    InstitutionMissing,
    KindMissing,
    ParticipantsOutOfRange,
    NotFound,
    NoOrganisation,
}

/// <summary>A problem and the field it is on (null for the request as a whole).</summary>
public sealed record TrainingRefusal(TrainingProblem Problem, string? Field);

/// <summary>The persons trained in a period: in all, by area and by kind of institution, and the institutions whose staff took part.</summary>
public sealed record TrainingFigures(
    DateOnly From, DateOnly To, string? Project, int Trainings, int PersonsTrained, int Institutions,
    IReadOnlyList<AreaFigure> ByArea, IReadOnlyList<KindFigure> ByInstitutionKind);

public sealed record AreaFigure(TrainingArea Area, int Trainings, int PersonsTrained);

public sealed record KindFigure(InstitutionKind Kind, int Institutions, int PersonsTrained);

/// <summary>
/// The register of trainings an office or NGO gives, and the figures funds ask of it. Each
/// organisation keeps its own (the platform's data scope shows the office's units theirs and an
/// NGO its own); every change is audited.
/// </summary>
public sealed class TrainingRegister(PathwayDbContext db, ITenantScopeAccessor scope, OrganisationDirectory directory, TimeProvider clock)
{
    private Guid Tenant => scope.Current.TenantId;

    public Task<DateOnly> TodayAsync(CancellationToken cancellationToken = default) => directory.TodayOfAsync(Tenant, cancellationToken);

    /// <summary>Trainings with a day in the period (of one funded project, when one is named), the latest first.</summary>
    public async Task<IReadOnlyList<Training>> ListAsync(DateOnly from, DateOnly to, string? project = null, CancellationToken cancellationToken = default) =>
        await Within(from, to, Blank(project)).AsNoTracking().Include(t => t.Attendance)
            .OrderByDescending(t => t.StartsOn).ThenBy(t => t.Title).ToListAsync(cancellationToken);

    public async Task<Training?> GetAsync(Guid id, CancellationToken cancellationToken = default) =>
        await db.Set<Training>().AsNoTracking().Include(t => t.Attendance).FirstOrDefaultAsync(t => t.Id == id, cancellationToken);

    /// <summary>
    /// Persons trained are the participants of the trainings that began in the period (a training is
    /// counted once, in the period it began); institutions are counted once by name, letter case and
    /// spaces aside, however many trainings their staff attended.
    /// </summary>
    public async Task<TrainingFigures> FiguresAsync(DateOnly from, DateOnly to, string? project = null, CancellationToken cancellationToken = default)
    {
        project = Blank(project);
        var trainings = await db.Set<Training>().AsNoTracking().Include(t => t.Attendance)
            .Where(t => t.TenantId == Tenant && t.StartsOn >= from && t.StartsOn <= to && (project == null || t.Project == project))
            .ToListAsync(cancellationToken);
        var attendance = trainings.SelectMany(t => t.Attendance).ToList();
        return new TrainingFigures(
            from, to, project, trainings.Count, attendance.Sum(a => a.Participants),
            attendance.Select(a => InstitutionKey(a.Institution)).Distinct(StringComparer.Ordinal).Count(),
            [.. trainings.GroupBy(t => t.Area).OrderBy(g => g.Key).Select(g => new AreaFigure(g.Key, g.Count(), g.Sum(t => t.Participants)))],
            [.. attendance.GroupBy(a => a.Kind).OrderBy(g => g.Key)
                .Select(g => new KindFigure(g.Key, g.Select(a => InstitutionKey(a.Institution)).Distinct(StringComparer.Ordinal).Count(), g.Sum(a => a.Participants)))]);
    }

    public async Task<(Training? Training, IReadOnlyList<TrainingRefusal> Problems)> CreateAsync(TrainingInput input, ClaimsPrincipal user, CancellationToken cancellationToken = default)
    {
        var problems = Check(input);
        var organisation = user.GetOrganisationId();
        if (organisation is null)
        {
            problems.Add(new TrainingRefusal(TrainingProblem.NoOrganisation, null));
        }

        if (problems.Count > 0)
        {
            return (null, problems);
        }

        var training = new Training
        {
            TenantId = Tenant,
            OrganisationId = organisation!.Value,
            Title = input.Title!.Trim(),
            Area = input.Area!.Value,
            StartsOn = input.StartsOn!.Value,
            EndsOn = input.EndsOn ?? input.StartsOn.Value,
            Trainer = input.Trainer!.Trim(),
            Place = Blank(input.Place),
            Project = Blank(input.Project),
            CreatedAt = clock.GetUtcNow().UtcDateTime,
            CreatedBy = user.Identity?.Name ?? "?",
        };
        // The platform audits the new row itself.
        db.Add(training);
        await db.SaveChangesAsync(cancellationToken);
        return (training, []);
    }

    public async Task<(TrainingAttendance? Attendance, IReadOnlyList<TrainingRefusal> Problems)> AddAttendanceAsync(
        Guid trainingId, AttendanceInput input, CancellationToken cancellationToken = default)
    {
        var problems = new List<TrainingRefusal>();
        if (!await db.Set<Training>().AnyAsync(t => t.Id == trainingId, cancellationToken))
        {
            return (null, [new TrainingRefusal(TrainingProblem.NotFound, null)]);
        }

        Text(input.Institution, "institution", TrainingProblem.InstitutionMissing, problems);
        if (input.Kind is not { } kind || !Enum.IsDefined(kind))
        {
            problems.Add(new TrainingRefusal(TrainingProblem.KindMissing, "kind"));
        }

        if (input.Participants is not (>= 1 and <= TrainingAttendance.MaxParticipants))
        {
            problems.Add(new TrainingRefusal(TrainingProblem.ParticipantsOutOfRange, "participants"));
        }

        if (problems.Count > 0)
        {
            return (null, problems);
        }

        var attendance = new TrainingAttendance { TrainingId = trainingId, Institution = input.Institution!.Trim(), Kind = input.Kind!.Value, Participants = input.Participants!.Value };
        db.Add(attendance);
        db.Audit(new AuditRecord(AuditAction.Update, nameof(Training), trainingId.ToString(), Details: string.Create(
            CultureInfo.InvariantCulture, $"attendance added: {attendance.Participants} from {attendance.Institution} ({attendance.Kind})")));
        await db.SaveChangesAsync(cancellationToken);
        return (attendance, []);
    }

    /// <summary>Takes an institution's line off a training (entered by mistake); false when there is none.</summary>
    public async Task<bool> RemoveAttendanceAsync(Guid trainingId, Guid attendanceId, CancellationToken cancellationToken = default)
    {
        // Through the training, so that the data scope decides whether the line may be seen at all.
        var training = await db.Set<Training>().Include(t => t.Attendance).FirstOrDefaultAsync(t => t.Id == trainingId, cancellationToken);
        var line = training?.Attendance.FirstOrDefault(a => a.Id == attendanceId);
        if (line is null)
        {
            return false;
        }

        db.Remove(line);
        db.Audit(new AuditRecord(AuditAction.Update, nameof(Training), trainingId.ToString(), Details: string.Create(
            CultureInfo.InvariantCulture, $"attendance removed: {line.Participants} from {line.Institution} ({line.Kind})")));
        await db.SaveChangesAsync(cancellationToken);
        return true;
    }

    private IQueryable<Training> Within(DateOnly from, DateOnly to, string? project) =>
        db.Set<Training>().Where(t => t.TenantId == Tenant && t.StartsOn <= to && t.EndsOn >= from && (project == null || t.Project == project));

    private static List<TrainingRefusal> Check(TrainingInput input)
    {
        var problems = new List<TrainingRefusal>();
        Text(input.Title, "title", TrainingProblem.TitleMissing, problems);
        if (input.Area is not { } area || !Enum.IsDefined(area))
        {
            problems.Add(new TrainingRefusal(TrainingProblem.AreaMissing, "area"));
        }

        if (input.StartsOn is null)
        {
            problems.Add(new TrainingRefusal(TrainingProblem.StartMissing, "startsOn"));
        }

        if (input.EndUnreadable)
        {
            problems.Add(new TrainingRefusal(TrainingProblem.EndUnreadable, "endsOn"));
        }
        else if (input.StartsOn is not null && input.EndsOn is { } ends && ends < input.StartsOn)
        {
            problems.Add(new TrainingRefusal(TrainingProblem.EndBeforeStart, "endsOn"));
        }

        Text(input.Trainer, "trainer", TrainingProblem.TrainerMissing, problems);
        Text(input.Place, "place", null, problems);
        if (input.Project?.Trim().Length > Training.MaxProjectLength)
        {
            problems.Add(new TrainingRefusal(TrainingProblem.TooLong, "project"));
        }

        return problems;
    }

    /// <summary>A text that must be there (unless <paramref name="missing"/> is null) and not longer than the register keeps.</summary>
    private static void Text(string? value, string field, TrainingProblem? missing, List<TrainingRefusal> problems)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            if (missing is { } problem)
            {
                problems.Add(new TrainingRefusal(problem, field));
            }
        }
        else if (value.Trim().Length > Training.MaxTextLength)
        {
            problems.Add(new TrainingRefusal(TrainingProblem.TooLong, field));
        }
    }

    private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();

    private static string InstitutionKey(string name) =>
        string.Join(' ', name.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)).ToUpperInvariant();
}
