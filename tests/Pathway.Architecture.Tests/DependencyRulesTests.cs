using System.Reflection;
using System.Runtime.CompilerServices;
using NetArchTest.Rules;

namespace Pathway.Architecture.Tests;

/// <summary>
/// The directions of docs/architecture.md: Web -> modules -> Platform; a module -> its engines;
/// engines -> BCL. A rule broken names the types that break it.
/// </summary>
public sealed class DependencyRulesTests
{
    public static TheoryData<string> Modules => [.. Solution.Modules];

    public static TheoryData<string> Engines => [.. Solution.Engines];

    [Fact]
    public void TheSolution_HasTheModulesItIsBuiltOf()
    {
        // Guards the discovery itself: a rule over no modules would pass for nothing.
        Solution.Modules.ShouldContain("Pathway.People");
        Solution.Modules.ShouldContain("Pathway.Analytics");
        Solution.All.ShouldContain(Solution.Host);
    }

    [Fact]
    public void TheRules_SeeADependencyThatExists()
    {
        // The registry does call the record-linkage engine: a rule forbidding it must fail, naming the callers.
        var result = Types.InAssembly(Solution.Load("Pathway.People")).ShouldNot().HaveDependencyOnAny("Pathway.Matching").GetResult();
        result.IsSuccessful.ShouldBeFalse();
        result.FailingTypeNames.ShouldContain(name => name.StartsWith("Pathway.People.Duplicates.", StringComparison.Ordinal));
    }

    [Fact]
    public void Host_UsesNoEngine() =>
        Failing(Types.InAssembly(Solution.Load(Solution.Host)).ShouldNot().HaveDependencyOnAny([.. Solution.Engines]));

    [Theory]
    [MemberData(nameof(Engines))]
    public void Engine_UsesNeitherAspNetNorEfCoreNorThePlatform(string engine) =>
        Failing(Types.InAssembly(Solution.Load(engine)).ShouldNot().HaveDependencyOnAny(
            ["Microsoft.AspNetCore", "Microsoft.EntityFrameworkCore", Solution.Platform, Solution.Host, .. Solution.Modules]));

    [Theory]
    [MemberData(nameof(Modules))]
    public void Module_UsesNoOtherModuleAndNotTheHost(string module) =>
        Failing(Types.InAssembly(Solution.Load(module)).ShouldNot().HaveDependencyOnAny(
            [Solution.Host, .. Solution.Modules.Where(m => m != module)]));

    [Theory]
    [MemberData(nameof(Modules))]
    public void Module_CallsOnlyItsOwnEngines(string module)
    {
        var foreign = Solution.EngineUsers.Where(e => !e.Value.Contains(module)).Select(e => e.Key).ToArray();
        if (foreign.Length == 0)
        {
            return;
        }

        Failing(Types.InAssembly(Solution.Load(module)).ShouldNot().HaveDependencyOnAny(foreign));
    }

    [Fact]
    public void Platform_KnowsNoModuleNorTheHost() =>
        Failing(Types.InAssembly(Solution.Load(Solution.Platform)).ShouldNot().HaveDependencyOnAny(
            [Solution.Host, .. Solution.Modules, .. Solution.Engines]));

    [Fact]
    public void NoAssembly_ShowsItsInternalsToTheHost()
    {
        var visible = Solution.All
            .SelectMany(name => Solution.Load(name).GetCustomAttributes<InternalsVisibleToAttribute>()
                .Where(a => a.AssemblyName.Split(',')[0].Trim() == Solution.Host)
                .Select(_ => name))
            .ToList();
        visible.ShouldBeEmpty();
    }

    [Theory]
    [MemberData(nameof(Modules))]
    public void Module_ShowsItsInternalsToNoOtherModule(string module)
    {
        var others = Solution.Load(module).GetCustomAttributes<InternalsVisibleToAttribute>()
            .Select(a => a.AssemblyName.Split(',')[0].Trim())
            .Where(Solution.All.Contains)
            .Where(name => name != module)
            .ToList();
        others.ShouldBeEmpty();
    }

    private static void Failing(ConditionList rule)
    {
        var result = rule.GetResult();
        (result.FailingTypeNames ?? []).ShouldBeEmpty();
        result.IsSuccessful.ShouldBeTrue();
    }
}
