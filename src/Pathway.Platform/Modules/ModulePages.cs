using System.Reflection;

namespace Pathway.Platform.Modules;

/// <summary>An assembly whose routable pages the host's router serves beside its own.</summary>
public sealed record ModulePages(Assembly Assembly);
