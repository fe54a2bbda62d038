namespace Pathway.Platform.Ui;

/// <summary>
/// Marks a page of the staff workspace: the host shows it in the staff layout (side navigation,
/// signed-in user). A module's pages cannot name the host's layout, so they name their workspace.
/// </summary>
[AttributeUsage(AttributeTargets.Class, Inherited = false)]
public sealed class StaffPageAttribute : Attribute;
