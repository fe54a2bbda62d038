using System.Globalization;
using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Pathway.Platform.Audit;
using Pathway.Platform.Identity;
using Pathway.Platform.Modules;
using Pathway.Platform.Persistence;
using Pathway.Platform.Tenancy;
using Pathway.Support.Knowledge;
using Pathway.Support.Languages;

namespace Pathway.Support.Interpreting;

/// <summary>A window of a weekday as written: the day's English name and the times HH:mm (24:00 for the day's end).</summary>
public sealed record HoursInput(string? Day, string? From, string? To);

/// <summary>An absence as written: the first and the last day away.</summary>
public sealed record AbsenceInput(DateOnly? First, DateOnly? Last);

/// <summary>Someone on the register as a form or the API sends them; <see cref="InterpreterRegister.Check"/> judges it whole.</summary>
/// <param name="Active">Null keeps (or makes) the person active.</param>
public sealed record InterpreterInput(
    string? Name, IReadOnlyList<InterpreterKind>? Kinds, IReadOnlyList<string>? Languages, string? Phone, string? Email, bool OnSite, bool Remote,
    IReadOnlyList<HoursInput>? Hours, IReadOnlyList<AbsenceInput>? Absences, bool? Active = null);

public enum InterpreterProblem
{
    NameMissing,
    NameTooLong,
    KindsMissing,
    LanguageUnknown,
    LanguagesTooFew,
    TooManyLanguages,
    PhoneInvalid,
    EmailInvalid,
    ModeMissing,
    HoursUnreadable,
    HoursBackwards,
    HoursOverlap,
    TooManyWindows,
    AbsenceUnreadable,
    AbsenceBackwards,
    TooManyAbsences,
    NoOrganisation,
}

/// <summary>A problem, its field, the weekday it is on (for the hours) and the limit passed.</summary>
public sealed record InterpreterRefusal(InterpreterProblem Problem, string Field, DayOfWeek? Day = null, int Max = 0);

/// <summary>
/// The register of interpreters and cultural mediators an organisation books for its support cases.
/// Read and changed through the data scope: an NGO keeps its own, the office's units theirs. The
/// platform audits every change of an entry's row; changes of its hours and absences are audited here.
/// </summary>
public sealed class InterpreterRegister(PathwayDbContext db, ITenantScopeAccessor scope, PermissionCatalog access, TimeProvider clock)
{
    private Guid Tenant => scope.Current.TenantId;

    public bool MayManage(ClaimsPrincipal user) => access.IsGranted(user, SupportPermissions.InterpretersManage);

    /// <summary>The register, by name; only the active when <paramref name="activeOnly"/>, only speakers of <paramref name="language"/> when given.</summary>
    public async Task<IReadOnlyList<Interpreter>> ListAsync(string? language = null, bool activeOnly = false, CancellationToken cancellationToken = default)
    {
        var people = await db.Set<Interpreter>().AsNoTracking().Include(i => i.Hours).Include(i => i.Absences).AsSplitQuery()
            .Where(i => !activeOnly || i.Active).ToListAsync(cancellationToken);
        var code = language?.Trim().ToLowerInvariant();
        return [.. people.Where(i => string.IsNullOrEmpty(code) || i.LanguageList.Contains(code, StringComparer.Ordinal))
            .OrderBy(i => i.Name, StringComparer.CurrentCulture).Select(Sorted)];
    }

    public async Task<Interpreter?> GetAsync(Guid id, CancellationToken cancellationToken = default) =>
        await db.Set<Interpreter>().AsNoTracking().Include(i => i.Hours).Include(i => i.Absences).AsSplitQuery().FirstOrDefaultAsync(i => i.Id == id, cancellationToken) is { } found
            ? Sorted(found)
            : null;

    public async Task<(Interpreter? Interpreter, IReadOnlyList<InterpreterRefusal> Problems)> AddAsync(InterpreterInput input, ClaimsPrincipal user, CancellationToken cancellationToken = default)
    {
        var problems = Check(input);
        var organisation = user.GetOrganisationId();
        if (organisation is null)
        {
            problems.Add(new InterpreterRefusal(InterpreterProblem.NoOrganisation, "name"));
        }

        if (problems.Count > 0)
        {
            return (null, problems);
        }

        var person = new Interpreter
        {
            TenantId = Tenant, OrganisationId = organisation!.Value, Name = input.Name!.Trim(), CreatedAt = clock.GetUtcNow().UtcDateTime, CreatedBy = user.Identity?.Name ?? "?",
        };
        Apply(person, input);
        person.Hours.AddRange(HoursOf(person.Id, input));
        person.Absences.AddRange(AbsencesOf(person.Id, input));
        db.Add(person);
        await db.SaveChangesAsync(cancellationToken);
        return (Sorted(person), []);
    }

    /// <summary>Changes someone on the register the caller's data scope holds; (null, no problems) when it holds none such.</summary>
    public async Task<(Interpreter? Interpreter, IReadOnlyList<InterpreterRefusal> Problems)> UpdateAsync(Guid id, InterpreterInput input, CancellationToken cancellationToken = default)
    {
        var person = await db.Set<Interpreter>().Include(i => i.Hours).Include(i => i.Absences).AsSplitQuery().FirstOrDefaultAsync(i => i.Id == id, cancellationToken);
        if (person is null)
        {
            return (null, []);
        }

        var problems = Check(input);
        if (problems.Count > 0)
        {
            return (null, problems);
        }

        person.Name = input.Name!.Trim();
        Apply(person, input);
        var hours = HoursOf(id, input);
        var absences = AbsencesOf(id, input);
        var changed = new List<string>();
        if (!hours.Select(Key).SequenceEqual(person.Hours.OrderBy(h => h.Day).ThenBy(h => h.FromMinute).Select(Key), StringComparer.Ordinal))
        {
            db.RemoveRange(person.Hours);
            db.AddRange(hours);
            changed.Add(nameof(Interpreter.Hours));
        }

        if (!absences.Select(Key).SequenceEqual(person.Absences.OrderBy(a => a.FirstDay).Select(Key), StringComparer.Ordinal))
        {
            db.RemoveRange(person.Absences);
            db.AddRange(absences);
            changed.Add(nameof(Interpreter.Absences));
        }

        if (changed.Count > 0)
        {
            // The hours and absences are rows of their own, which the platform does not audit by itself.
            db.Audit(new AuditRecord(AuditAction.Update, nameof(Interpreter), id.ToString(), Details: string.Join(", ", changed)));
        }

        await db.SaveChangesAsync(cancellationToken);
        return (await GetAsync(id, cancellationToken), []);
    }

    /// <summary>What is wrong with an entry, every field at once.</summary>
    internal static List<InterpreterRefusal> Check(InterpreterInput input)
    {
        var problems = new List<InterpreterRefusal>();
        if (string.IsNullOrWhiteSpace(input.Name))
        {
            problems.Add(new InterpreterRefusal(InterpreterProblem.NameMissing, "name"));
        }
        else if (input.Name.Trim().Length > Interpreter.MaxNameLength)
        {
            problems.Add(new InterpreterRefusal(InterpreterProblem.NameTooLong, "name", Max: Interpreter.MaxNameLength));
        }

        if (input.Kinds is null || input.Kinds.Count == 0 || input.Kinds.Any(k => !Enum.IsDefined(k)))
        {
            problems.Add(new InterpreterRefusal(InterpreterProblem.KindsMissing, "kinds"));
        }

        var languages = LanguagesOf(input.Languages);
        if (languages.Any(l => !LanguageNames.IsKnown(l)))
        {
            problems.Add(new InterpreterRefusal(InterpreterProblem.LanguageUnknown, "languages"));
        }
        else if (languages.Count < 2)
        {
            problems.Add(new InterpreterRefusal(InterpreterProblem.LanguagesTooFew, "languages"));
        }
        else if (languages.Count > Interpreter.MaxLanguages)
        {
            problems.Add(new InterpreterRefusal(InterpreterProblem.TooManyLanguages, "languages", Max: Interpreter.MaxLanguages));
        }

        if (Blank(input.Phone) is { } phone && !PartnerDirectory.IsPhone(phone))
        {
            problems.Add(new InterpreterRefusal(InterpreterProblem.PhoneInvalid, "phone"));
        }

        if (Blank(input.Email) is { } email && !PartnerDirectory.IsEmail(email))
        {
            problems.Add(new InterpreterRefusal(InterpreterProblem.EmailInvalid, "email"));
        }

        if (!input.OnSite && !input.Remote)
        {
            problems.Add(new InterpreterRefusal(InterpreterProblem.ModeMissing, "onSite"));
        }

        CheckHours(input.Hours ?? [], problems);
        CheckAbsences(input.Absences ?? [], problems);
        return problems;
    }

    /// <summary>Reads a time of the office's wall clock, HH:mm, as minutes after midnight; 24:00 only as an end.</summary>
    internal static int? MinuteOf(string? value, bool end)
    {
        var text = value?.Trim();
        if (end && text is "24:00")
        {
            return InterpreterMatching.MinutesOfDay;
        }

        return TimeOnly.TryParseExact(text, ["HH:mm", "H:mm"], CultureInfo.InvariantCulture, DateTimeStyles.None, out var time)
            ? time.Hour * 60 + time.Minute
            : null;
    }

    /// <summary>A time of day as the register writes it: HH:mm, 24:00 for the day's end.</summary>
    public static string TimeText(int minute) => string.Create(CultureInfo.InvariantCulture, $"{minute / 60:00}:{minute % 60:00}");

    internal static DayOfWeek? DayOf(string? value) =>
        Enum.TryParse<DayOfWeek>(value?.Trim(), ignoreCase: true, out var day) && Enum.IsDefined(day) && !int.TryParse(value, CultureInfo.InvariantCulture, out _) ? day : null;

    private static void CheckHours(IReadOnlyList<HoursInput> hours, List<InterpreterRefusal> problems)
    {
        if (hours.Count > Interpreter.MaxWindows)
        {
            problems.Add(new InterpreterRefusal(InterpreterProblem.TooManyWindows, "hours", Max: Interpreter.MaxWindows));
            return;
        }

        var read = new List<(DayOfWeek Day, int From, int To)>();
        foreach (var window in hours)
        {
            var day = DayOf(window.Day);
            var (from, to) = (MinuteOf(window.From, end: false), MinuteOf(window.To, end: true));
            if (day is null || from is null || to is null)
            {
                problems.Add(new InterpreterRefusal(InterpreterProblem.HoursUnreadable, "hours", day));
                return;
            }

            if (from >= to)
            {
                problems.Add(new InterpreterRefusal(InterpreterProblem.HoursBackwards, "hours", day));
                return;
            }

            read.Add((day.Value, from.Value, to.Value));
        }

        // Touching windows (09:00–12:00, 12:00–17:00) are fine; windows sharing a minute are written twice.
        foreach (var day in read.GroupBy(w => w.Day))
        {
            var sorted = day.OrderBy(w => w.From).ToList();
            if (sorted.Zip(sorted.Skip(1)).Any(pair => pair.Second.From < pair.First.To))
            {
                problems.Add(new InterpreterRefusal(InterpreterProblem.HoursOverlap, "hours", day.Key));
                return;
            }
        }
    }

    private static void CheckAbsences(IReadOnlyList<AbsenceInput> absences, List<InterpreterRefusal> problems)
    {
        if (absences.Count > Interpreter.MaxAbsences)
        {
            problems.Add(new InterpreterRefusal(InterpreterProblem.TooManyAbsences, "absences", Max: Interpreter.MaxAbsences));
        }
        else if (absences.Any(a => a.First is null || a.Last is null))
        {
            problems.Add(new InterpreterRefusal(InterpreterProblem.AbsenceUnreadable, "absences"));
        }
        else if (absences.Any(a => a.Last < a.First))
        {
            problems.Add(new InterpreterRefusal(InterpreterProblem.AbsenceBackwards, "absences"));
        }
    }

    private static void Apply(Interpreter person, InterpreterInput input)
    {
        person.Kinds = string.Join(' ', Enum.GetValues<InterpreterKind>().Where(k => input.Kinds!.Contains(k)));
        person.Languages = string.Join(' ', LanguagesOf(input.Languages));
        person.Phone = Blank(input.Phone);
        person.Email = Blank(input.Email);
        person.OnSite = input.OnSite;
        person.Remote = input.Remote;
        person.Active = input.Active ?? true;
    }

    private static List<WeeklyHours> HoursOf(Guid id, InterpreterInput input) =>
        [.. (input.Hours ?? []).Select(h => new WeeklyHours { InterpreterId = id, Day = DayOf(h.Day)!.Value, FromMinute = MinuteOf(h.From, false)!.Value, ToMinute = MinuteOf(h.To, true)!.Value })
            .OrderBy(h => h.Day).ThenBy(h => h.FromMinute)];

    private static List<Absence> AbsencesOf(Guid id, InterpreterInput input) =>
        [.. (input.Absences ?? []).Select(a => new Absence { InterpreterId = id, FirstDay = a.First!.Value, LastDay = a.Last!.Value }).OrderBy(a => a.FirstDay)];

    private static string Key(WeeklyHours h) => string.Create(CultureInfo.InvariantCulture, $"{h.Day} {h.FromMinute} {h.ToMinute}");

    private static string Key(Absence a) => string.Create(CultureInfo.InvariantCulture, $"{a.FirstDay:O} {a.LastDay:O}");

    private static List<string> LanguagesOf(IReadOnlyList<string>? languages) =>
        [.. (languages ?? []).Where(l => !string.IsNullOrWhiteSpace(l)).Select(l => l.Trim().ToLowerInvariant()).Distinct(StringComparer.Ordinal)];

    private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();

    /// <summary>The week from Monday and the absences by their first day, as every page shows them.</summary>
    private static Interpreter Sorted(Interpreter person)
    {
        person.Hours.Sort((a, b) => (((int)a.Day + 6) % 7, a.FromMinute).CompareTo((((int)b.Day + 6) % 7, b.FromMinute)));
        person.Absences.Sort((a, b) => a.FirstDay.CompareTo(b.FirstDay));
        return person;
    }
}
