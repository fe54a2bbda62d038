namespace Pathway.Cases.Localization;

/// <summary>
/// Anchor type of the Cases module's UI and message strings (Localization/CasesText.*.resx, the
/// English text as the key, as in the platform's <c>Text</c>).
/// </summary>
public sealed class CasesText;
