using System.Text;

namespace Pathway.Forecasting.Staffing;

/// <summary>Columns padded to their widest cell: text left-aligned in the first column, figures right-aligned after it.</summary>
internal static class PlainTable
{
    public static string Render(IReadOnlyList<string[]> lines)
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

                text.Append(c == 0 ? line[c].PadRight(widths[c]) : line[c].PadLeft(widths[c]));
            }

            text.Append('\n');
        }

        return text.ToString();
    }
}
