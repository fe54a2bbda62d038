namespace Pathway.Platform.Modules;

/// <summary>
/// A card on the staff workspace's home page: a component of the module that renders one
/// <c>&lt;li&gt;</c> with what the user can do there. Shown to those granted <paramref name="Permission"/>.
/// </summary>
public sealed record WorkspaceCard(Type Component, string Permission, int Order);
