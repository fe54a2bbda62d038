using System.Globalization;
using Pathway.Platform.Tenancy;

namespace Pathway.Cases.Appointments;

public enum WindowRequestStatus
{
    /// <summary>Waiting for its window to close.</summary>
    Pending,

    /// <summary>Got a slot: <see cref="WindowRequest.BookingId"/> is the booking made for it.</summary>
    Allocated,

    /// <summary>Got nothing: none of its slots was still free, or the booking rules refused the case.</summary>
    Unserved,
}

/// <summary>
/// A case's one request in a booking window: the slots it would take, best first, and the days on
/// which any slot will do. A case sends one; sending again gives back the same request.
/// </summary>
public sealed class WindowRequest : ITenantOwned
{
    public const int MaxPreferencesLength = 2000;
    public const int MaxDaysLength = 200;
    public const int MaxReasonLength = 40;

    private WindowRequest() { }

    public Guid Id { get; private set; }
    public Guid TenantId { get; private set; }
    public Guid OrganisationId { get; private set; }
    public Guid WindowId { get; private set; }
    public string CaseNumber { get; private set; } = "";

    /// <summary>The migrant's account that sent it.</summary>
    public Guid UserId { get; private set; }
    public string Language { get; private set; } = "en";

    /// <summary>The chosen slots' ids, best first, comma-separated.</summary>
    public string Preferences { get; private set; } = "";

    /// <summary>Days (yyyy-MM-dd, office time) on which any slot of the window will do after the chosen ones, comma-separated.</summary>
    public string Days { get; private set; } = "";
    public WindowRequestStatus Status { get; private set; }

    /// <summary>The place in the draw, from 1; set when the window closes.</summary>
    public int? Position { get; private set; }
    public Guid? BookingId { get; private set; }

    /// <summary>Why an unserved request got nothing (an <see cref="AppointmentProblem"/> name).</summary>
    public string? Reason { get; private set; }
    public DateTime CreatedAt { get; private set; }
    public DateTime? ServedAt { get; private set; }

    public IReadOnlyList<Guid> SlotIds => [.. Preferences.Split(',', StringSplitOptions.RemoveEmptyEntries).Select(Guid.Parse)];

    public IReadOnlyList<DateOnly> AnyOfDays =>
        [.. Days.Split(',', StringSplitOptions.RemoveEmptyEntries).Select(d => DateOnly.ParseExact(d, "yyyy-MM-dd", CultureInfo.InvariantCulture))];

    internal static WindowRequest Create(ReleaseWindow window, string caseNumber, Guid caseOrganisationId, Guid userId, string language,
        IReadOnlyList<Guid> slots, IReadOnlyList<DateOnly> days, DateTime now) => new()
        {
            Id = Guid.CreateVersion7(),
            TenantId = window.TenantId,
            OrganisationId = caseOrganisationId,
            WindowId = window.Id,
            CaseNumber = caseNumber,
            UserId = userId,
            Language = language,
            Preferences = string.Join(',', slots.Select(s => s.ToString("D"))),
            Days = string.Join(',', days.Select(d => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture))),
            Status = WindowRequestStatus.Pending,
            CreatedAt = now,
        };

    internal void Served(int position, Booking? booking, AppointmentProblem? reason, DateTime now)
    {
        Position = position;
        BookingId = booking?.Id;
        Status = booking is null ? WindowRequestStatus.Unserved : WindowRequestStatus.Allocated;
        Reason = booking is null ? reason?.ToString() : null;
        ServedAt = now;
    }
}
