using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Pathway.Platform.Settings;

/// <summary>
/// A module's settings: an options class bound to its configuration section and validated when
/// the host starts, so a wrong value stops the start with a message naming the setting instead of
/// failing the first request (or the first night) that reads it.
/// </summary>
public static class SettingsServices
{
    public static IServiceCollection AddSettings<TOptions, TValidator>(this IServiceCollection services, string section)
        where TOptions : class
        where TValidator : class, IValidateOptions<TOptions>
    {
        services.AddOptions<TOptions>().BindConfiguration(section).ValidateOnStart();
        services.AddSingleton<IValidateOptions<TOptions>, TValidator>();
        return services;
    }

    /// <summary>The failures of a validation as the platform states configuration errors, one per line.</summary>
    public static string Describe(OptionsValidationException exception) =>
        string.Join(Environment.NewLine, exception.Failures.Select(f => f.StartsWith("Configuration error", StringComparison.Ordinal) ? f : $"Configuration error: {f}"));

    /// <summary>A failure naming the setting in the words of <see cref="InvalidConfigurationException"/>.</summary>
    public static string Failure(string setting, string problem) => new InvalidConfigurationException(setting, problem).Message;
}
