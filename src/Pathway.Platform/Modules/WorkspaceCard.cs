namespace Pathway.Platform.Modules;

/// <summary>
/// A card on the staff workspace's home page: a component of the module that renders one
/// <c>&lt;li&gt;</c> with what the user can do there. Shown to those granted <paramref name="Permission"/>.
/// </summary>
public sealed record WorkspaceCard(Type Component, string Permission, int Order);

/// <summary>
/// A card on a person's own account page (<c>/my</c>): a component of the module that renders one
/// <c>&lt;li&gt;</c> with what stands for them there (their cases, their documents). Shown to those
/// granted <paramref name="Permission"/>, unless the office switched <paramref name="Feature"/> off.
/// The component inherits <see cref="Ui.WorkspaceCardBase"/>, whose reads do not share the page's context.
/// </summary>
public sealed record AccountCard(Type Component, string Permission, int Order, string? Feature = null);
