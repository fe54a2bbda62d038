using System.Globalization;
using Microsoft.Extensions.Options;
using Pathway.Platform.Settings;

namespace Pathway.Cases.Applications;

/// <summary>
/// Online application settings (section <c>Applications</c>), checked at start-up: the limits of
/// uploads, where the files are kept, and which office unit takes the cases.
/// </summary>
public sealed class ApplicationOptions
{
    public const string Section = "Applications";

    public long MaxFileBytes { get; set; } = 10 * 1024 * 1024;

    public int MaxFiles { get; set; } = 20;

    /// <summary>The folder of the uploaded files, relative to the application's folder unless absolute.</summary>
    public string FileFolder { get; set; } = "data/applications";

    /// <summary>The name of the office unit that takes online applications; empty: the tenant's first office unit by name.</summary>
    public string? ReceivingUnit { get; set; }

    internal sealed class Validator : IValidateOptions<ApplicationOptions>
    {
        public ValidateOptionsResult Validate(string? name, ApplicationOptions options)
        {
            var failures = new List<string>();
            if (options.MaxFileBytes is < 1024 or > 100 * 1024 * 1024)
            {
                failures.Add(SettingsServices.Failure($"{Section}:{nameof(MaxFileBytes)}", string.Create(CultureInfo.InvariantCulture, $"{options.MaxFileBytes} is not a size from 1024 bytes to 100 MB.")));
            }

            if (options.MaxFiles is < 1 or > 200)
            {
                failures.Add(SettingsServices.Failure($"{Section}:{nameof(MaxFiles)}", string.Create(CultureInfo.InvariantCulture, $"{options.MaxFiles} is not a number of files from 1 to 200.")));
            }

            if (string.IsNullOrWhiteSpace(options.FileFolder))
            {
                failures.Add(SettingsServices.Failure($"{Section}:{nameof(FileFolder)}", "Name the folder of the uploaded files."));
            }

            return failures.Count > 0 ? ValidateOptionsResult.Fail(failures) : ValidateOptionsResult.Success;
        }
    }
}
