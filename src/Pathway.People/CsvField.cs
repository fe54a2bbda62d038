namespace Pathway.People;

/// <summary>One CSV field as RFC 4180 writes it: quoted when it holds a comma, a quote or a line break.</summary>
internal static class CsvField
{
    public static string Quote(string value) =>
        value.AsSpan().IndexOfAny(",\"\n\r") >= 0 ? $"\"{value.Replace("\"", "\"\"")}\"" : value;
}
