namespace Pathway.Platform.Modules;

/// <summary>A link in the staff workspace's side navigation, shown to those granted <paramref name="Permission"/>.</summary>
/// <param name="Href">Relative to the language base, as the layout's other links (<c>staff/persons</c>).</param>
/// <param name="Label">The English label; the key of its translation in <paramref name="Strings"/>.</param>
/// <param name="Strings">The anchor type of the module's resources that translate the label.</param>
/// <param name="Order">Position among all entries: lower comes first (People 100s, Analytics 200s, platform 900s).</param>
/// <param name="Feature">The <see cref="FeatureSwitch"/> the entry belongs to: not shown where the office switched it off.</param>
public sealed record NavigationEntry(string Href, string Label, string Permission, Type Strings, int Order, string? Feature = null);

/// <summary>
/// A link in the public portal's header, for everyone, signed in or not (the guides, the events).
/// </summary>
/// <param name="Href">Relative to the language base (<c>portal/events</c>).</param>
/// <param name="Label">The English label; the key of its translation in <paramref name="Strings"/>.</param>
/// <param name="Strings">The anchor type of the module's resources that translate the label.</param>
/// <param name="Order">Position among the links: lower comes first.</param>
/// <param name="Feature">The <see cref="FeatureSwitch"/> the link belongs to: not shown where the office switched it off.</param>
public sealed record PublicLink(string Href, string Label, Type Strings, int Order, string? Feature = null);
