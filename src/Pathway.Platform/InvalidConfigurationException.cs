namespace Pathway.Platform;

/// <summary>A setting is missing or wrong. The host prints the message and stops.</summary>
public sealed class InvalidConfigurationException(string setting, string problem)
    : Exception($"Configuration error: setting '{setting}' {problem}")
{
    public string Setting { get; } = setting;
}
