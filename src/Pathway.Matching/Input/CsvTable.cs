using System.Buffers;
using System.Globalization;
using System.Text.Unicode;

namespace Pathway.Matching.Input;

/// <summary>
/// A CSV file read column-wise as text. Fields are trimmed (FEBRL separates with ", "), empty
/// fields are null, leading zeros are kept, quoted fields may hold commas, quotes and line breaks.
/// Values are interned per column: a million records hold a few thousand distinct names.
/// Bytes are validated as UTF-8 field by field so an encoding error names its line.
/// </summary>
internal sealed class CsvTable
{
    private CsvTable(string[] header, string?[][] columns, int[] lines)
    {
        Header = header;
        Columns = columns;
        Lines = lines;
    }

    public string[] Header { get; }

    /// <summary>Per column, per row: the trimmed value or null.</summary>
    public string?[][] Columns { get; }

    /// <summary>Per row: the 1-based line on which it starts (the header is line 1).</summary>
    public int[] Lines { get; }

    public int RowCount => Lines.Length;

    public static async Task<(CsvTable? Table, InputError? Error)> ReadAsync(string path, IProgress<LinkageProgress>? progress, CancellationToken cancellation)
    {
        if (!File.Exists(path))
        {
            return (null, new InputError(InputErrorKind.FileNotFound, path, 0, "The file does not exist."));
        }

        var bytes = await File.ReadAllBytesAsync(path, cancellation).ConfigureAwait(false);
        return Parse(path, bytes, progress, cancellation);
    }

    internal static (CsvTable? Table, InputError? Error) Parse(string path, ReadOnlySpan<byte> data, IProgress<LinkageProgress>? progress, CancellationToken cancellation)
    {
        if (data.StartsWith("\uFEFF"u8))
        {
            data = data[3..];
        }

        var chars = ArrayPool<char>.Shared.Rent(4096);
        try
        {
            var reader = new Reader(path, data);
            var header = new List<string>();
            var fields = new List<string?>();
            if (!reader.NextRow(fields, ref chars, null, out var error, out var headerLine))
            {
                return (null, error ?? new InputError(InputErrorKind.EmptyFile, path, 1, "The file is empty: a header line is needed."));
            }

            header.AddRange(fields.Select(f => f ?? ""));
            var width = header.Count;
            var interned = Enumerable.Range(0, width).Select(_ => new Dictionary<string, string>(StringComparer.Ordinal)).ToArray();
            var columns = Enumerable.Range(0, width).Select(_ => new List<string?>()).ToArray();
            var lines = new List<int>();
            while (reader.NextRow(fields, ref chars, interned, out error, out var line))
            {
                if (fields.Count != width)
                {
                    return (null, new InputError(InputErrorKind.RaggedRow, path, line, string.Create(CultureInfo.InvariantCulture, $"The row has {fields.Count} fields; the header has {width}.")));
                }

                for (var c = 0; c < width; c++)
                {
                    columns[c].Add(fields[c]);
                }

                lines.Add(line);
                if ((lines.Count & 0xFFFF) == 0)
                {
                    cancellation.ThrowIfCancellationRequested();
                    progress?.Report(new LinkageProgress("reading", reader.Position, data.Length));
                }
            }

            if (error is not null)
            {
                return (null, error);
            }

            progress?.Report(new LinkageProgress("reading", data.Length, data.Length));
            return (new CsvTable([.. header], [.. columns.Select(c => c.ToArray())], [.. lines]), null);
        }
        finally
        {
            ArrayPool<char>.Shared.Return(chars);
        }
    }

    private ref struct Reader(string path, ReadOnlySpan<byte> data)
    {
        private readonly ReadOnlySpan<byte> data = data;
        private int line = 1;

        public int Position { get; private set; }

        /// <summary>Reads the next non-blank row; false at the end or on an error.</summary>
        public bool NextRow(List<string?> fields, ref char[] chars, Dictionary<string, string>[]? interned, out InputError? error, out int rowLine)
        {
            error = null;
            while (true)
            {
                fields.Clear();
                rowLine = line;
                if (Position >= data.Length)
                {
                    return false;
                }

                var blank = true;
                while (true)
                {
                    var fieldLine = line;
                    var (start, end, quoted, ended) = NextField();
                    var raw = data[start..end];
                    if (!quoted)
                    {
                        raw = raw.Trim(" \t\r"u8);
                    }

                    blank &= raw.Length == 0 && !quoted;
                    if (!TryDecode(raw, quoted, ref chars, out var text))
                    {
                        error = new InputError(InputErrorKind.InvalidEncoding, path, fieldLine, "The line is not valid UTF-8 text.");
                        return false;
                    }

                    fields.Add(Intern(text, interned, fields.Count));
                    if (ended)
                    {
                        break;
                    }
                }

                if (!(blank && fields.Count == 1))
                {
                    return true;
                }
            }
        }

        private static string? Intern(ReadOnlySpan<char> text, Dictionary<string, string>[]? interned, int column)
        {
            text = text.Trim();
            if (text.Length == 0)
            {
                return null;
            }

            if (interned is null || column >= interned.Length)
            {
                return text.ToString();
            }

            var lookup = interned[column].GetAlternateLookup<ReadOnlySpan<char>>();
            if (lookup.TryGetValue(text, out var existing))
            {
                return existing;
            }

            var value = text.ToString();
            interned[column][value] = value;
            return value;
        }

        private static bool TryDecode(ReadOnlySpan<byte> raw, bool quoted, ref char[] chars, out ReadOnlySpan<char> text)
        {
            if (chars.Length < raw.Length)
            {
                ArrayPool<char>.Shared.Return(chars);
                chars = ArrayPool<char>.Shared.Rent(raw.Length * 2);
            }

            var status = Utf8.ToUtf16(raw, chars, out _, out var written, replaceInvalidSequences: false);
            if (status != System.Buffers.OperationStatus.Done)
            {
                text = default;
                return false;
            }

            var span = chars.AsSpan(0, written);
            if (quoted && span.Contains("\"\"", StringComparison.Ordinal))
            {
                text = span.ToString().Replace("\"\"", "\"", StringComparison.Ordinal);
                return true;
            }

            text = span;
            return true;
        }

        // Returns the field's byte range (without quotes), and whether the row ended after it.
        private (int Start, int End, bool Quoted, bool RowEnded) NextField()
        {
            var p = Position;
            while (p < data.Length && data[p] is (byte)' ' or (byte)'\t')
            {
                p++;
            }

            if (p < data.Length && data[p] == (byte)'"')
            {
                var start = p + 1;
                var q = start;
                while (q < data.Length)
                {
                    if (data[q] == (byte)'"')
                    {
                        if (q + 1 < data.Length && data[q + 1] == (byte)'"')
                        {
                            q += 2;
                            continue;
                        }

                        break;
                    }

                    if (data[q] == (byte)'\n')
                    {
                        line++;
                    }

                    q++;
                }

                var end = q;
                q = Math.Min(q + 1, data.Length);
                while (q < data.Length && data[q] is not ((byte)',' or (byte)'\n'))
                {
                    q++;
                }

                return Finish(start, end, q, quoted: true);
            }

            var stop = Position;
            while (stop < data.Length && data[stop] is not ((byte)',' or (byte)'\n'))
            {
                stop++;
            }

            return Finish(Position, stop, stop, quoted: false);
        }

        private (int, int, bool, bool) Finish(int start, int end, int delimiter, bool quoted)
        {
            if (delimiter >= data.Length)
            {
                Position = data.Length;
                return (start, end, quoted, true);
            }

            Position = delimiter + 1;
            if (data[delimiter] == (byte)'\n')
            {
                line++;
                return (start, end, quoted, true);
            }

            return (start, end, quoted, false);
        }
    }
}
