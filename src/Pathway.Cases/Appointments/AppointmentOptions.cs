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

    /// <summary>When each working day's booking windows open, HH:mm in the office's time zone; 08:00 when not set.</summary>
    public string? WindowOpensAt { get; set; }

    /// <summary>When they close and are drawn, HH:mm in the office's time zone; 10:00 when not set.</summary>
    public string? WindowClosesAt { get; set; }

    /// <summary>A window releases the slots of the day this many days ahead; until then that day is bookable only through a window.</summary>
    public int ReleaseDaysAhead { get; set; } = 7;

    /// <summary>How many slots a request may rank.</summary>
    public int MaxPreferences { get; set; } = 5;

    /// <summary>Whether the office opens a window for each service every working day (true or false); true when not set.</summary>
    public string? DailyWindows { get; set; }

    /// <summary>
    /// Whether this node runs the minute-by-minute scheduler that opens and draws windows (true or false);
    /// true when not set. A node that only serves pages can leave it to the others.
    /// </summary>
    public string? Scheduler { get; set; }

    public bool RunsScheduler => string.IsNullOrWhiteSpace(Scheduler) || bool.Parse(Scheduler);

    public TimeOnly WindowOpens => TimeOf(WindowOpensAt, new TimeOnly(8, 0));

    public TimeOnly WindowCloses => TimeOf(WindowClosesAt, new TimeOnly(10, 0));

    public bool OpensDailyWindows => string.IsNullOrWhiteSpace(DailyWindows) || bool.Parse(DailyWindows);

    private static TimeOnly TimeOf(string? value, TimeOnly fallback) =>
        string.IsNullOrWhiteSpace(value) ? fallback : TimeOnly.ParseExact(value, "HH:mm", CultureInfo.InvariantCulture);

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

            foreach (var (key, value) in new[] { (nameof(WindowOpensAt), options.WindowOpensAt), (nameof(WindowClosesAt), options.WindowClosesAt) })
            {
                if (!string.IsNullOrWhiteSpace(value) && !TimeOnly.TryParseExact(value, "HH:mm", CultureInfo.InvariantCulture, DateTimeStyles.None, out _))
                {
                    failures.Add(SettingsServices.Failure($"{Section}:{key}", $"'{value}' is not a time of day as HH:mm."));
                }
            }

            if (failures.Count == 0 && options.WindowCloses <= options.WindowOpens)
            {
                failures.Add(SettingsServices.Failure($"{Section}:{nameof(WindowClosesAt)}", "A booking window closes after it opens, on the same day."));
            }

            if (options.ReleaseDaysAhead is < 1 or > 365)
            {
                failures.Add(SettingsServices.Failure($"{Section}:{nameof(ReleaseDaysAhead)}", string.Create(CultureInfo.InvariantCulture, $"{options.ReleaseDaysAhead} is not a number of days from 1 to 365.")));
            }

            if (options.MaxPreferences is < 1 or > 20)
            {
                failures.Add(SettingsServices.Failure($"{Section}:{nameof(MaxPreferences)}", string.Create(CultureInfo.InvariantCulture, $"{options.MaxPreferences} is not a number of slots from 1 to 20.")));
            }

            if (!string.IsNullOrWhiteSpace(options.DailyWindows) && !bool.TryParse(options.DailyWindows, out _))
            {
                failures.Add(SettingsServices.Failure($"{Section}:{nameof(DailyWindows)}", $"'{options.DailyWindows}' is not true or false."));
            }

            if (!string.IsNullOrWhiteSpace(options.Scheduler) && !bool.TryParse(options.Scheduler, out _))
            {
                failures.Add(SettingsServices.Failure($"{Section}:{nameof(Scheduler)}", $"'{options.Scheduler}' is not true or false."));
            }

            return failures.Count > 0 ? ValidateOptionsResult.Fail(failures) : ValidateOptionsResult.Success;
        }
    }
}
