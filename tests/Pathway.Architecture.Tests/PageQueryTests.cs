using System.Reflection;
using Microsoft.AspNetCore.Components;

namespace Pathway.Architecture.Tests;

/// <summary>
/// A page's values from the address are read as text and parsed by the page: Blazor's own parsing
/// of a number, flag or id throws on a value of the wrong kind (<c>?page=abc</c>), and the reader
/// gets a server error instead of the page.
/// </summary>
public sealed class PageQueryTests
{
    [Fact]
    public void EveryValueAPageTakesFromTheAddress_IsText()
    {
        var typed = Solution.All.Select(Solution.Load)
            .SelectMany(assembly => assembly.GetTypes())
            .Where(type => typeof(IComponent).IsAssignableFrom(type))
            .SelectMany(type => type.GetProperties(BindingFlags.Instance | BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.DeclaredOnly))
            .Where(property => property.GetCustomAttribute<SupplyParameterFromQueryAttribute>() is not null && property.PropertyType != typeof(string) && property.PropertyType != typeof(string[]))
            .Select(property => $"{property.DeclaringType!.FullName}.{property.Name} ({property.PropertyType.Name})")
            .ToList();

        typed.ShouldBeEmpty();
    }
}
