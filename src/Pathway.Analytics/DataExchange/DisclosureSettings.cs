using System.Globalization;
using Microsoft.Extensions.Options;
using Pathway.Analytics.Disclosure;
using Pathway.Platform.Settings;

namespace Pathway.Analytics.DataExchange;

/// <summary>
/// The settings of disclosure control for what leaves the warehouse (section <c>Analytics:Disclosure</c>),
/// read as written and checked at start-up.
/// </summary>
public sealed class DisclosureSettings
{
    public const string Section = "Analytics:Disclosure";

    /// <summary>
    /// The minimum frequency: a cell of 1 to Threshold − 1 persons is suppressed. 5 when not set, so
    /// cells of 1 to 4 persons, as the office's other figures (<see cref="DisclosureRules.DefaultThreshold"/>).
    /// </summary>
    public string? Threshold { get; set; }

    public DisclosureRules Rules => new(string.IsNullOrWhiteSpace(Threshold) ? DisclosureRules.DefaultThreshold : int.Parse(Threshold, NumberStyles.None, CultureInfo.InvariantCulture));

    internal sealed class Validator : IValidateOptions<DisclosureSettings>
    {
        /// <summary>Above this nearly every cell of a cube of persons would be hidden: a mistyped setting, not a policy.</summary>
        private const int Highest = 100;

        public ValidateOptionsResult Validate(string? name, DisclosureSettings options)
        {
            if (string.IsNullOrWhiteSpace(options.Threshold))
            {
                return ValidateOptionsResult.Success;
            }

            return int.TryParse(options.Threshold, NumberStyles.None, CultureInfo.InvariantCulture, out var threshold) && threshold is >= 2 and <= Highest
                ? ValidateOptionsResult.Success
                : ValidateOptionsResult.Fail(SettingsServices.Failure($"{Section}:{nameof(Threshold)}",
                    $"'{options.Threshold}' is not a whole number from 2 to {Highest} (cells of 1 to the threshold − 1 persons are suppressed)."));
        }
    }
}
