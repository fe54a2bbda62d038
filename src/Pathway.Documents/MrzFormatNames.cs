namespace Pathway.Documents;

/// <summary>Format names as people write them in files: "TD3", "td3", "MrvA", "MRV-A", "mrv_a".</summary>
internal static class MrzFormatNames
{
    public static string Of(MrzFormat format) => format.ToString();

    // Enum.TryParse would also take "2" or "TD1,TD3"; a file must name a layout.
    public static MrzFormat? Parse(string? name) =>
        name?.Replace("-", "", StringComparison.Ordinal).Replace("_", "", StringComparison.Ordinal).Replace(" ", "", StringComparison.Ordinal).ToUpperInvariant() switch
        {
            "TD1" => MrzFormat.TD1,
            "TD2" => MrzFormat.TD2,
            "TD3" => MrzFormat.TD3,
            "MRVA" => MrzFormat.MrvA,
            "MRVB" => MrzFormat.MrvB,
            _ => null,
        };
}
