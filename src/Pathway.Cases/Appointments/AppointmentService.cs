using Microsoft.Extensions.Localization;

namespace Pathway.Cases.Appointments;

/// <summary>
/// What a migrant comes to the counter for. Flag values, so a counter can hold the set of
/// services it serves in one column.
/// </summary>
[Flags]
public enum AppointmentService
{
    None = 0,

    /// <summary>Fingerprints taken for the residence card.</summary>
    Fingerprints = 1,

    /// <summary>Collecting the residence card.</summary>
    Collection = 2,

    /// <summary>Filing the application in person.</summary>
    Submission = 4,

    /// <summary>Questions at the information point; walk-in only, never booked as a slot.</summary>
    Information = 8,
}

internal static class AppointmentServices
{
    public static readonly IReadOnlyList<AppointmentService> All = [AppointmentService.Fingerprints, AppointmentService.Collection, AppointmentService.Submission];

    /// <summary>The service's name in the reader's language.</summary>
    public static string Describe(AppointmentService service, IStringLocalizer text) => service switch
    {
        AppointmentService.Fingerprints => text["Fingerprints"],
        AppointmentService.Collection => text["Card collection"],
        AppointmentService.Submission => text["Application submission"],
        AppointmentService.Information => text["Information"],
        _ => service.ToString(),
    };

    /// <summary>One service by its name as the API writes it (case-insensitive); a set of several is not one service.</summary>
    public static AppointmentService? Parse(string? text) =>
        All.FirstOrDefault(s => string.Equals(s.ToString(), text?.Trim(), StringComparison.OrdinalIgnoreCase)) is var found && found != AppointmentService.None ? found : null;
}
