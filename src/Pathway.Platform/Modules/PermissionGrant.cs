namespace Pathway.Platform.Modules;

/// <summary>
/// One permission and the roles that hold it, with the reason they do: a module contributes its
/// grants when it is added, so the grant table of a feature lives beside the feature.
/// </summary>
/// <param name="Permission">The policy name endpoints and pages ask for, <c>area.verb</c>.</param>
/// <param name="Roles">The roles granted it (<see cref="Identity.Roles"/>).</param>
/// <param name="Reason">Why these roles and no others: the argument a reviewer of access rights reads.</param>
public sealed record PermissionGrant(string Permission, IReadOnlyList<string> Roles, string Reason);
