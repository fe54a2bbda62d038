namespace Pathway.Cases.Letters;

/// <summary>The letters an office writes in a residence case. Written in the API as kebab-case.</summary>
public enum LetterKind
{
    /// <summary>Wezwanie do usunięcia braków formalnych (KPA art. 64 §2).</summary>
    FormalDeficiency,
    /// <summary>Wezwanie do przedłożenia dowodów (KPA art. 50, 77).</summary>
    EvidenceRequest,
    /// <summary>Wezwanie do osobistego stawiennictwa: fingerprints and the passport.</summary>
    Summons,
    /// <summary>Zawiadomienie o niezałatwieniu sprawy w terminie (KPA art. 36).</summary>
    DelayNotice,
    /// <summary>The decision: granted, refused or discontinued, with the appeal instruction.</summary>
    Decision,
}

public static class LetterKindNames
{
    public static string Of(LetterKind kind) => kind switch
    {
        LetterKind.FormalDeficiency => "formal-deficiency",
        LetterKind.EvidenceRequest => "evidence-request",
        LetterKind.Summons => "summons",
        LetterKind.DelayNotice => "delay-notice",
        LetterKind.Decision => "decision",
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, null),
    };

    /// <summary>The letter's title in the reader's language.</summary>
    public static string Title(LetterKind kind, Microsoft.Extensions.Localization.IStringLocalizer text) => kind switch
    {
        LetterKind.FormalDeficiency => text["Notice to remedy formal deficiencies"],
        LetterKind.EvidenceRequest => text["Request for evidence"],
        LetterKind.Summons => text["Summons to appear in person"],
        LetterKind.DelayNotice => text["Notice of delay"],
        LetterKind.Decision => text["Decision"],
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, null),
    };

    public static LetterKind? Parse(string? name) =>
        Enum.GetValues<LetterKind>().Cast<LetterKind?>().FirstOrDefault(k => string.Equals(Of(k!.Value), name, StringComparison.Ordinal));
}
