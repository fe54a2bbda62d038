namespace Pathway.Analytics.Disclosure;

/// <summary>
/// The settings of disclosure control.
/// <see cref="Threshold"/>: a cell of 1 to Threshold − 1 persons is suppressed (the minimum
/// frequency rule; 5 by default, so 1 to 4, as the office's other figures).
/// <see cref="ProtectionLevel"/>: the width that the interval an intruder can work out for such a
/// cell must exceed. The default, Threshold − 1, makes the pattern aim at an interval reaching from
/// nought to the threshold ([0, 5] for a cell of 1 to 4): whatever is published stays consistent
/// both with nobody being in the cell and with a count that would have been shown.
/// </summary>
public sealed record DisclosureRules(int Threshold = DisclosureRules.DefaultThreshold, int? ProtectionLevel = null)
{
    public const int DefaultThreshold = 5;

    public static DisclosureRules Default { get; } = new();

    public int Protection => ProtectionLevel ?? (Threshold - 1);
}
