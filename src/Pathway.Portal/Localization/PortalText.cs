namespace Pathway.Portal.Localization;

/// <summary>
/// Anchor type of the Portal module's UI and message strings (Localization/PortalText.*.resx, the
/// English text as the key, as in the platform's <c>Text</c>).
/// </summary>
public sealed class PortalText;
