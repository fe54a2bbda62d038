using System.Text;

namespace Pathway.Analytics.Warehouse;

/// <summary>
/// An insert of facts for any number of rows: the column list, then one parenthesised list of
/// parameters per row (<c>@p0 … @pN</c> numbered through all rows), then what a conflict does. The
/// text of each row count is made once. Given its columns' types, the statement also has a form for
/// PostgreSQL that takes each column's values as one array (<see cref="Unnest"/>).
/// </summary>
internal sealed class FactStatement(string head, int columns, string tail, Type[]? columnTypes = null)
{
    private readonly Dictionary<int, string> texts = [];

    public string Head => head;

    public int Columns => columns;

    /// <summary>The type of each column's values, in the column list's order; null when the statement has no array form.</summary>
    public IReadOnlyList<Type>? ColumnTypes => columnTypes;

    /// <summary>
    /// The rows as PostgreSQL's <c>unnest</c> of one array per column (<c>@p0 … @pN</c>, N the columns):
    /// a rebuild's batch in one statement of a few parameters, where rows of parameters would be parsed,
    /// planned and bound value by value (4,800 of them every 200 rows).
    /// </summary>
    public string Unnest { get; } = columnTypes is null ? "" : new StringBuilder(head)
        .Append("SELECT * FROM unnest(").AppendJoin(", ", Enumerable.Range(0, columns).Select(column => "@p" + column.ToString(System.Globalization.CultureInfo.InvariantCulture)))
        .Append(") WHERE true\n").Append(tail).ToString();

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

    /// <summary>The rows' values as one typed array per column (a <c>DateOnly?[]</c>, a <c>string[]</c>…), for <see cref="Unnest"/>.</summary>
    public object[] ColumnArrays(IReadOnlyList<object?[]> rows)
    {
        var types = columnTypes ?? throw new InvalidOperationException("The statement has no array form.");
        var arrays = new object[columns];
        for (var column = 0; column < columns; column++)
        {
            var array = Array.CreateInstance(types[column], rows.Count);
            for (var row = 0; row < rows.Count; row++)
            {
                array.SetValue(rows[row][column], row);
            }

            arrays[column] = array;
        }

        return arrays;
    }
}
