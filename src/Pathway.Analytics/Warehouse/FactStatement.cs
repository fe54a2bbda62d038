using System.Text;

namespace Pathway.Analytics.Warehouse;

/// <summary>
/// An insert of facts for any number of rows: the column list, then one parenthesised list of
/// parameters per row (<c>@p0 … @pN</c> numbered through all rows), then what a conflict does. The
/// text of each row count is made once.
/// </summary>
internal sealed class FactStatement(string head, int columns, string tail)
{
    private readonly Dictionary<int, string> texts = [];

    public string Head => head;

    public int Columns => columns;

    public string For(int rows)
    {
        lock (texts)
        {
            if (!texts.TryGetValue(rows, out var text))
            {
                var sql = new StringBuilder(head).Append("VALUES ");
                for (var row = 0; row < rows; row++)
                {
                    sql.Append(row == 0 ? "(" : ", (");
                    for (var column = 0; column < columns; column++)
                    {
                        sql.Append(column == 0 ? "@p" : ", @p").Append((row * columns) + column);
                    }

                    sql.Append(')');
                }

                texts[rows] = text = sql.Append('\n').Append(tail).ToString();
            }

            return text;
        }
    }
}
