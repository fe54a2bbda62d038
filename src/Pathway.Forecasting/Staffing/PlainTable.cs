using System.Text;

namespace Pathway.Forecasting.Staffing;

/// <summary>Columns padded to their widest cell: text left-aligned in the leading columns, figures right-aligned after them.</summary>
internal static class PlainTable
{
    public static string Render(IReadOnlyList<string[]> lines, int textColumns = 1)
    {
        var widths = new int[lines[0].Length];
        foreach (var line in lines)
        {
            for (var c = 0; c < line.Length; c++)
            {
                widths[c] = Math.Max(widths[c], line[c].Length);
            }
        }

        var text = new StringBuilder();
        foreach (var line in lines)
        {
            for (var c = 0; c < line.Length; c++)
            {
                if (c > 0)
                {
                    text.Append("  ");
                }

                text.Append(c < textColumns ? line[c].PadRight(widths[c]) : line[c].PadLeft(widths[c]));
            }

            text.Append('\n');
        }

        return text.ToString();
    }
}
