namespace Pathway.Platform;

/// <summary>One CSV field as RFC 4180 writes it: quoted when it holds a comma, a quote or a line break.</summary>
public static class CsvField
{
    public static string Quote(string value) =>
        value.AsSpan().IndexOfAny(",\"\n\r") >= 0 ? $"\"{value.Replace("\"", "\"\"", StringComparison.Ordinal)}\"" : value;
}
