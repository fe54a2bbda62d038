using System.Text.Json.Serialization;
using Pathway.Platform.Tenancy;

namespace Pathway.Support.Interpreting;

/// <summary>What a person on the register does: interprets between languages, or mediates between the person's culture and the office's as well.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<InterpreterKind>))]
public enum InterpreterKind
{
    Interpreter,
    CulturalMediator,
}

/// <summary>How a session is held: with the interpreter in the room, or by telephone or video.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<SessionMode>))]
public enum SessionMode
{
    OnSite,
    Remote,
}

/// <summary>
/// An interpreter or cultural mediator on an organisation's register: the languages they speak, how
/// they work, when in the week (the office's wall clock) and when they are away. Owned by the
/// organisation that keeps the register and read through the data scope; the platform audits every
/// change of the row, the register audits changes of the hours and absences.
/// </summary>
public sealed class Interpreter : ITenantOwned
{
    public const int MaxNameLength = 200;
    public const int MaxLanguages = 20;
    public const int MaxWindows = 28;
    public const int MaxAbsences = 50;

    public Guid Id { get; init; } = Guid.CreateVersion7();
    public Guid TenantId { get; init; }

    /// <summary>The organisation whose register it is.</summary>
    public Guid OrganisationId { get; init; }

    public required string Name { get; set; }

    /// <summary>The kinds of work offered, their names separated by spaces.</summary>
    public string Kinds { get; set; } = "";

    /// <summary>The languages spoken, ISO 639-1 codes separated by spaces.</summary>
    public string Languages { get; set; } = "";

    public string? Phone { get; set; }
    public string? Email { get; set; }
    public bool OnSite { get; set; }
    public bool Remote { get; set; }

    /// <summary>Off the register for new bookings, kept for the bookings already made.</summary>
    public bool Active { get; set; } = true;

    /// <summary>When the person was last booked; a booking also takes this row first, so that two bookings of one person are made one after the other.</summary>
    public DateTime? LastBookedAt { get; set; }

    public DateTime CreatedAt { get; init; }
    public required string CreatedBy { get; init; }

    public List<WeeklyHours> Hours { get; init; } = [];
    public List<Absence> Absences { get; init; } = [];

    public IReadOnlyList<InterpreterKind> KindList =>
        [.. Kinds.Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(k => Enum.Parse<InterpreterKind>(k))];

    public IReadOnlyList<string> LanguageList => Languages.Split(' ', StringSplitOptions.RemoveEmptyEntries);

    public bool Offers(SessionMode mode) => mode switch
    {
        SessionMode.OnSite => OnSite,
        SessionMode.Remote => Remote,
    };
}

/// <summary>A window of a weekday the person works in, on the office's wall clock: from the minute after midnight to the minute (1440 is midnight at the day's end).</summary>
public sealed class WeeklyHours
{
    public Guid Id { get; init; } = Guid.CreateVersion7();
    public Guid InterpreterId { get; init; }
    public DayOfWeek Day { get; init; }
    public int FromMinute { get; init; }
    public int ToMinute { get; init; }
}

/// <summary>Days the person is away, the first and the last included.</summary>
public sealed class Absence
{
    public Guid Id { get; init; } = Guid.CreateVersion7();
    public Guid InterpreterId { get; init; }
    public DateOnly FirstDay { get; init; }
    public DateOnly LastDay { get; init; }
}
