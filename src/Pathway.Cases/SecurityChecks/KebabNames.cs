namespace Pathway.Cases.SecurityChecks;

/// <summary>The API's names of enum values: kebab-case (<c>border-guard</c>, <c>no-objection</c>).</summary>
public static class KebabNames
{
    public static string Of<T>(T value)
        where T : struct, Enum =>
        string.Concat(value.ToString().Select((c, i) => char.IsUpper(c) && i > 0 ? "-" + char.ToLowerInvariant(c) : char.ToLowerInvariant(c).ToString()));

    public static T? Parse<T>(string? name)
        where T : struct, Enum =>
        Enum.GetValues<T>().Cast<T?>().FirstOrDefault(v => string.Equals(Of(v!.Value), name?.Trim(), StringComparison.Ordinal));

    public static string List<T>()
        where T : struct, Enum => string.Join(", ", Enum.GetValues<T>().Select(v => Of(v)));
}
