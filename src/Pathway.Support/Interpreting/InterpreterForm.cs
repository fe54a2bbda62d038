using System.Globalization;
using System.Text.RegularExpressions;

namespace Pathway.Support.Interpreting;

/// <summary>
/// Someone on the register as its forms post them (fields Input.*): the languages as codes separated
/// by spaces or commas, each weekday's hours as windows such as "09:00-12:00, 13:00-17:00", the
/// absences one a line as the first and last day (or one day).
/// </summary>
public sealed partial class InterpreterForm
{
    public static readonly IReadOnlyList<DayOfWeek> Week =
        [DayOfWeek.Monday, DayOfWeek.Tuesday, DayOfWeek.Wednesday, DayOfWeek.Thursday, DayOfWeek.Friday, DayOfWeek.Saturday, DayOfWeek.Sunday];

    public string? Name { get; set; }
    public string[]? Kinds { get; set; }
    public string? Languages { get; set; }
    public string? Phone { get; set; }
    public string? Email { get; set; }
    public bool OnSite { get; set; }
    public bool Remote { get; set; }
    public bool Active { get; set; }
    public string? Monday { get; set; }
    public string? Tuesday { get; set; }
    public string? Wednesday { get; set; }
    public string? Thursday { get; set; }
    public string? Friday { get; set; }
    public string? Saturday { get; set; }
    public string? Sunday { get; set; }
    public string? Absences { get; set; }

    /// <summary>An empty form for someone new: active, as most are when they join the register.</summary>
    public static InterpreterForm Blank() => new() { Active = true };

    public static InterpreterForm Of(Interpreter person)
    {
        var form = new InterpreterForm
        {
            Name = person.Name, Kinds = [.. person.KindList.Select(k => k.ToString())], Languages = string.Join(' ', person.LanguageList), Phone = person.Phone,
            Email = person.Email, OnSite = person.OnSite, Remote = person.Remote, Active = person.Active,
            Absences = string.Join('\n', person.Absences.OrderBy(a => a.FirstDay).Select(a => string.Create(CultureInfo.InvariantCulture, $"{a.FirstDay:yyyy-MM-dd} {a.LastDay:yyyy-MM-dd}"))),
        };
        foreach (var day in Week)
        {
            form.SetHours(day, string.Join(", ", person.Hours.Where(h => h.Day == day).OrderBy(h => h.FromMinute)
                .Select(h => $"{InterpreterRegister.TimeText(h.FromMinute)}-{InterpreterRegister.TimeText(h.ToMinute)}")));
        }

        return form;
    }

    public bool Offers(InterpreterKind kind) => Kinds?.Contains(kind.ToString(), StringComparer.Ordinal) == true;

    public string? HoursOf(DayOfWeek day) => day switch
    {
        DayOfWeek.Monday => Monday,
        DayOfWeek.Tuesday => Tuesday,
        DayOfWeek.Wednesday => Wednesday,
        DayOfWeek.Thursday => Thursday,
        DayOfWeek.Friday => Friday,
        DayOfWeek.Saturday => Saturday,
        DayOfWeek.Sunday => Sunday,
    };

    public InterpreterInput Read() => new(
        Name,
        // A value that names no kind is kept as one out of range, for the register to name it.
        [.. (Kinds ?? []).Select(k => Enum.TryParse<InterpreterKind>(k, out var kind) && Enum.IsDefined(kind) ? kind : (InterpreterKind)(-1))],
        (Languages ?? "").Split([' ', ',', ';'], StringSplitOptions.RemoveEmptyEntries),
        Phone, Email, OnSite, Remote,
        [.. Week.SelectMany(day => Windows(day, HoursOf(day)))],
        [.. (Absences ?? "").Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Select(AbsenceOf)],
        Active);

    private static IEnumerable<HoursInput> Windows(DayOfWeek day, string? text) =>
        (text ?? "").Split([',', ';'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Select(window =>
        {
            var times = window.Split(['-', '–', '—'], StringSplitOptions.TrimEntries);
            return times.Length == 2 ? new HoursInput(day.ToString(), times[0], times[1]) : new HoursInput(day.ToString(), window, null);
        });

    private static AbsenceInput AbsenceOf(string line)
    {
        var days = DayPattern().Matches(line).Select(m => DateOnly.TryParseExact(m.Value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d) ? d : (DateOnly?)null).ToList();
        var rest = DayPattern().Replace(line, "").Trim(' ', '-', '–', '—', '.');
        return rest.Length > 0 || days.Count is 0 or > 2 || days.Any(d => d is null) ? new AbsenceInput(null, null) : new AbsenceInput(days[0], days[^1]);
    }

    private void SetHours(DayOfWeek day, string hours)
    {
        switch (day)
        {
            case DayOfWeek.Monday: Monday = hours; break;
            case DayOfWeek.Tuesday: Tuesday = hours; break;
            case DayOfWeek.Wednesday: Wednesday = hours; break;
            case DayOfWeek.Thursday: Thursday = hours; break;
            case DayOfWeek.Friday: Friday = hours; break;
            case DayOfWeek.Saturday: Saturday = hours; break;
            case DayOfWeek.Sunday: Sunday = hours; break;
        }
    }

    [GeneratedRegex(@"\d{4}-\d{2}-\d{2}", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 200)]
    private static partial Regex DayPattern();
}
