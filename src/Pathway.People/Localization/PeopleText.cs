namespace Pathway.People.Localization;

/// <summary>
/// Anchor type of the People module's UI and message strings (Localization/PeopleText.*.resx, the
/// English text as the key, as in the platform's <c>Text</c>).
/// </summary>
public sealed class PeopleText;
