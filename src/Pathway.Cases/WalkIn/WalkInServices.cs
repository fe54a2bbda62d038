using System.Globalization;
using Pathway.Cases.Appointments;

namespace Pathway.Cases.WalkIn;

/// <summary>The services a walk-in visitor can take a ticket for, and the letter each ticket number starts with.</summary>
internal static class WalkInServices
{
    public static readonly IReadOnlyList<AppointmentService> All =
        [AppointmentService.Information, AppointmentService.Submission, AppointmentService.Fingerprints, AppointmentService.Collection];

    /// <summary>A letter per service so the same number can be out for two services at once without confusion.</summary>
    public static char Prefix(AppointmentService service) => service switch
    {
        AppointmentService.Information => 'A',
        AppointmentService.Submission => 'B',
        AppointmentService.Fingerprints => 'C',
        AppointmentService.Collection => 'D',
        _ => throw new ArgumentOutOfRangeException(nameof(service), service, "Not a walk-in service."),
    };

    public static string Code(AppointmentService service, int number) =>
        string.Create(CultureInfo.InvariantCulture, $"{Prefix(service)}{number:000}");

    /// <summary>One walk-in service by its name as the API writes it (case-insensitive).</summary>
    public static AppointmentService? Parse(string? text) =>
        All.FirstOrDefault(s => string.Equals(s.ToString(), text?.Trim(), StringComparison.OrdinalIgnoreCase)) is var found && found != AppointmentService.None ? found : null;
}
