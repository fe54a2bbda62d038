using System.Reflection;

namespace Pathway.Architecture.Tests;

/// <summary>
/// The platform's assemblies by their part in the design (docs/architecture.md): the host, the
/// platform, the CLI, the engines, and every other Pathway assembly is a module. A new module is
/// found by its name, so the rules hold for it without a change here.
/// </summary>
internal static class Solution
{
    public const string Host = "Pathway.Web";
    public const string Platform = "Pathway.Platform";

    public static readonly IReadOnlyList<string> Engines = ["Pathway.Documents", "Pathway.Matching", "Pathway.Forecasting"];

    /// <summary>Which module may call an engine; the CLI drives them all in batch.</summary>
    public static readonly IReadOnlyDictionary<string, string[]> EngineUsers = new Dictionary<string, string[]>
    {
        ["Pathway.Documents"] = ["Pathway.People", "Pathway.Cases", "Pathway.Portal", "Pathway.Support"],
        ["Pathway.Matching"] = ["Pathway.People", "Pathway.Support"],
        ["Pathway.Forecasting"] = ["Pathway.Analytics"],
    };

    public static Assembly Load(string name) => Assembly.Load(name);

    /// <summary>Every Pathway assembly beside the tests, by its simple name.</summary>
    public static IReadOnlyList<string> All { get; } =
    [
        .. Directory.GetFiles(AppContext.BaseDirectory, "Pathway.*.dll")
            .Select(Path.GetFileNameWithoutExtension)
            .OfType<string>()
            .Where(name => !name.EndsWith(".Tests", StringComparison.Ordinal) && name != "Pathway.Testing")
            .Order(StringComparer.Ordinal),
    ];

    public static IReadOnlyList<string> Modules { get; } =
        [.. All.Where(name => name != Host && name != Platform && !Engines.Contains(name))];
}
