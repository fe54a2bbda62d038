namespace Pathway.Analytics.Fairness;

/// <summary>A group compared with everyone else: a citizenship, a sex, or both together.</summary>
public sealed record FairnessGroup(string? Citizenship, string? Sex)
{
    public const string CitizenshipKind = "citizenship";
    public const string SexKind = "sex";
    public const string CitizenshipAndSexKind = "citizenship-sex";

    public string Kind => (Citizenship, Sex) switch
    {
        (not null, not null) => CitizenshipAndSexKind,
        (not null, null) => CitizenshipKind,
        _ => SexKind,
    };

    internal bool Holds(DecisionCell cell) =>
        (Citizenship is null || string.Equals(cell.Citizenship, Citizenship, StringComparison.Ordinal))
        && (Sex is null || string.Equals(cell.Sex, Sex, StringComparison.Ordinal));
}
