namespace Pathway.Analytics.Localization;

/// <summary>
/// Anchor type of the Analytics module's UI and message strings (Localization/AnalyticsText.*.resx,
/// the English text as the key, as in the platform's <c>Text</c>).
/// </summary>
public sealed class AnalyticsText;
