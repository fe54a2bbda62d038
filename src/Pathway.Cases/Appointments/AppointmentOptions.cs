using System.Globalization;
using Microsoft.Extensions.Options;
using Pathway.Platform.Settings;

namespace Pathway.Cases.Appointments;

/// <summary>
/// Appointment settings (section <c>Appointments</c>), checked at start-up. By default a case with
/// 2 no-shows in the last 90 days can no longer book online: an officer books it, after talking to
/// the migrant.
/// </summary>
public sealed class AppointmentOptions
{
    public const string Section = "Appointments";

    /// <summary>No-shows within <see cref="NoShowDays"/> that stop online booking; 0 turns the rule off.</summary>
    public int NoShowLimit { get; set; } = 2;

    /// <summary>How far back no-shows count, in days.</summary>
    public int NoShowDays { get; set; } = 90;

    internal sealed class Validator : IValidateOptions<AppointmentOptions>
    {
        public ValidateOptionsResult Validate(string? name, AppointmentOptions options)
        {
            var failures = new List<string>();
            if (options.NoShowLimit is < 0 or > 100)
            {
                failures.Add(SettingsServices.Failure($"{Section}:{nameof(NoShowLimit)}", string.Create(CultureInfo.InvariantCulture, $"{options.NoShowLimit} is not a number of no-shows from 0 (no limit) to 100.")));
            }

            if (options.NoShowDays is < 1 or > 3660)
            {
                failures.Add(SettingsServices.Failure($"{Section}:{nameof(NoShowDays)}", string.Create(CultureInfo.InvariantCulture, $"{options.NoShowDays} is not a number of days from 1 to 3660.")));
            }

            return failures.Count > 0 ? ValidateOptionsResult.Fail(failures) : ValidateOptionsResult.Success;
        }
    }
}
