namespace Pathway.Support.Localization;

/// <summary>
/// Anchor type of the Support module's UI and message strings (Localization/SupportText.*.resx,
/// the English text as the key, as in the platform's <c>Text</c>).
/// </summary>
public sealed class SupportText;
