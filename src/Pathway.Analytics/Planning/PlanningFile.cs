using System.Text;

namespace Pathway.Analytics.Planning;

/// <summary>An uploaded planning file as text, or the line at which it stops being UTF-8.</summary>
internal sealed record PlanningFile(string? Text, int BadLine)
{
    /// <summary>Two years of hourly call counts take about half of this.</summary>
    public const int MaxBytes = 2 * 1024 * 1024;

    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    public static PlanningFile Decode(byte[] content)
    {
        try
        {
            return new PlanningFile(StrictUtf8.GetString(content), 0);
        }
        catch (DecoderFallbackException e)
        {
            return new PlanningFile(null, 1 + content.AsSpan(0, Math.Max(0, e.Index)).Count((byte)'\n'));
        }
    }
}
