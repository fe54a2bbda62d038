using System.Globalization;
using Microsoft.Extensions.Options;
using Pathway.Platform.Settings;

namespace Pathway.Cases.PaperFiles;

/// <summary>Settings of the RFID reads (section <c>Cases:PaperFiles</c>), checked at start-up.</summary>
public sealed class PaperFileOptions
{
    public const string Section = "Cases:PaperFiles";

    /// <summary>Seconds within which a second read of one tag by one reader is the same sighting; 60 when not set.</summary>
    public string? CollapseWindowSeconds { get; set; }

    public TimeSpan CollapseWindow =>
        TimeSpan.FromSeconds(string.IsNullOrWhiteSpace(CollapseWindowSeconds) ? 60 : int.Parse(CollapseWindowSeconds, CultureInfo.InvariantCulture));

    internal sealed class Validator : IValidateOptions<PaperFileOptions>
    {
        public ValidateOptionsResult Validate(string? name, PaperFileOptions options) =>
            string.IsNullOrWhiteSpace(options.CollapseWindowSeconds)
            || (int.TryParse(options.CollapseWindowSeconds, NumberStyles.None, CultureInfo.InvariantCulture, out var seconds) && seconds <= 86_400)
                ? ValidateOptionsResult.Success
                : ValidateOptionsResult.Fail(SettingsServices.Failure($"{Section}:{nameof(CollapseWindowSeconds)}", $"'{options.CollapseWindowSeconds}' is not a number of seconds from 0 to 86400."));
    }
}
