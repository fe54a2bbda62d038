using System.Globalization;
using Microsoft.Extensions.Options;
using Pathway.Platform.Settings;

namespace Pathway.People;

/// <summary>The registry's settings (section <c>Registry</c>), read as written and checked at start-up.</summary>
public sealed class RegistryOptions
{
    public const string Section = "Registry";

    /// <summary>Local time of the nightly duplicate scan, HH:mm; 02:00 when not set.</summary>
    public string? NightlyScanAt { get; set; }

    /// <summary>Scan the demo registry right after seeding (true or false); true when not set.</summary>
    public string? ScanAtSeed { get; set; }

    public TimeOnly NightlyScanTime =>
        string.IsNullOrWhiteSpace(NightlyScanAt) ? new TimeOnly(2, 0) : TimeOnly.ParseExact(NightlyScanAt, "HH:mm", CultureInfo.InvariantCulture);

    public bool ScanWhenSeeding => string.IsNullOrWhiteSpace(ScanAtSeed) || bool.Parse(ScanAtSeed);

    internal sealed class Validator : IValidateOptions<RegistryOptions>
    {
        public ValidateOptionsResult Validate(string? name, RegistryOptions options)
        {
            var failures = new List<string>();
            if (!string.IsNullOrWhiteSpace(options.NightlyScanAt) && !TimeOnly.TryParseExact(options.NightlyScanAt, "HH:mm", CultureInfo.InvariantCulture, DateTimeStyles.None, out _))
            {
                failures.Add(SettingsServices.Failure($"{Section}:{nameof(NightlyScanAt)}", $"'{options.NightlyScanAt}' is not a time of day as HH:mm."));
            }

            if (!string.IsNullOrWhiteSpace(options.ScanAtSeed) && !bool.TryParse(options.ScanAtSeed, out _))
            {
                failures.Add(SettingsServices.Failure($"{Section}:{nameof(ScanAtSeed)}", $"'{options.ScanAtSeed}' is not true or false."));
            }

            return failures.Count > 0 ? ValidateOptionsResult.Fail(failures) : ValidateOptionsResult.Success;
        }
    }
}
