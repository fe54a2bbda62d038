namespace Pathway.Platform.Localization;

/// <summary>
/// Anchor type of the platform's UI and message strings (Localization/Text.*.resx). One set of
/// resources for all modules keeps translators in one file per language.
/// </summary>
public sealed class Text;
