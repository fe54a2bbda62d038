using Parquet;
using Parquet.Schema;

namespace Pathway.Analytics.Warehouse;

/// <summary>
/// One column of an exported table: its Parquet field (the database's column name, a proper logical type,
/// required or optional as the column is) and how a row group's values are taken from the rows.
/// </summary>
internal abstract class ExportColumn<TRow>(DataField dataField)
{
    public DataField Field { get; } = dataField;

    public abstract Task WriteAsync(ParquetRowGroupWriter group, IReadOnlyList<TRow> rows, CancellationToken cancellationToken);
}

/// <summary>The kinds of column the warehouse has, each mapped to the Parquet type analysts' tools read natively.</summary>
internal static class ExportColumn
{
    /// <summary>UTF-8 text.</summary>
    public static ExportColumn<TRow> Text<TRow>(string name, Func<TRow, string> value) => new TextColumn<TRow>(new DataField<string>(name, nullable: false), value);

    public static ExportColumn<TRow> OptionalText<TRow>(string name, Func<TRow, string?> value) => new TextColumn<TRow>(new DataField<string>(name, nullable: true), value);

    /// <summary>
    /// An id as its 36-character text: Parquet's UUID type is 16 raw bytes, which pandas, R and Power BI
    /// show as binary, while text joins and filters in every tool.
    /// </summary>
    public static ExportColumn<TRow> Id<TRow>(string name, Func<TRow, Guid> value) => Text<TRow>(name, row => value(row).ToString("D"));

    /// <summary>A 32-bit integer.</summary>
    public static ExportColumn<TRow> Number<TRow>(string name, Func<TRow, int> value) => new ValueColumn<TRow, int>(new DataField<int>(name, nullable: false), value);

    public static ExportColumn<TRow> OptionalNumber<TRow>(string name, Func<TRow, int?> value) => new OptionalValueColumn<TRow, int>(new DataField<int?>(name, nullable: true), value);

    public static ExportColumn<TRow> Flag<TRow>(string name, Func<TRow, bool> value) => new ValueColumn<TRow, bool>(new DataField<bool>(name, nullable: false), value);

    public static ExportColumn<TRow> OptionalFlag<TRow>(string name, Func<TRow, bool?> value) => new OptionalValueColumn<TRow, bool>(new DataField<bool?>(name, nullable: true), value);

    /// <summary>A calendar day: Parquet's DATE (days since 1970-01-01).</summary>
    public static ExportColumn<TRow> Day<TRow>(string name, Func<TRow, DateOnly> value) => new ValueColumn<TRow, DateOnly>(new DataField<DateOnly>(name, nullable: false), value);

    public static ExportColumn<TRow> OptionalDay<TRow>(string name, Func<TRow, DateOnly?> value) => new OptionalValueColumn<TRow, DateOnly>(new DataField<DateOnly?>(name, nullable: true), value);

    /// <summary>
    /// An instant: Parquet's TIMESTAMP in microseconds, adjusted to UTC (the precision PostgreSQL keeps). The
    /// warehouse holds UTC; SQLite gives it back without a kind, so it is named UTC here, never converted.
    /// </summary>
    public static ExportColumn<TRow> Instant<TRow>(string name, Func<TRow, DateTime> value) =>
        new ValueColumn<TRow, DateTime>(
            new DateTimeDataField(name, DateTimeFormat.Timestamp, isAdjustedToUTC: true, unit: DateTimeTimeUnit.Micros, isNullable: false),
            row => DateTime.SpecifyKind(value(row), DateTimeKind.Utc));

    private sealed class TextColumn<TRow>(DataField dataField, Func<TRow, string?> value) : ExportColumn<TRow>(dataField)
    {
        public override Task WriteAsync(ParquetRowGroupWriter group, IReadOnlyList<TRow> rows, CancellationToken cancellationToken)
        {
            var values = new string?[rows.Count];
            for (var i = 0; i < values.Length; i++)
            {
                values[i] = value(rows[i]);
            }

            return group.WriteAsync(Field, values!);
        }
    }

    private sealed class ValueColumn<TRow, T>(DataField dataField, Func<TRow, T> value) : ExportColumn<TRow>(dataField)
        where T : struct
    {
        public override Task WriteAsync(ParquetRowGroupWriter group, IReadOnlyList<TRow> rows, CancellationToken cancellationToken)
        {
            var values = new T[rows.Count];
            for (var i = 0; i < values.Length; i++)
            {
                values[i] = value(rows[i]);
            }

            return group.WriteAsync<T>(Field, new ReadOnlyMemory<T>(values), cancellationToken: cancellationToken);
        }
    }

    private sealed class OptionalValueColumn<TRow, T>(DataField dataField, Func<TRow, T?> value) : ExportColumn<TRow>(dataField)
        where T : struct
    {
        public override Task WriteAsync(ParquetRowGroupWriter group, IReadOnlyList<TRow> rows, CancellationToken cancellationToken)
        {
            var values = new T?[rows.Count];
            for (var i = 0; i < values.Length; i++)
            {
                values[i] = value(rows[i]);
            }

            return group.WriteAsync<T>(Field, new ReadOnlyMemory<T?>(values), cancellationToken: cancellationToken);
        }
    }
}
