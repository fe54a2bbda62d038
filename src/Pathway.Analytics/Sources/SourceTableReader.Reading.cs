using System.Globalization;
using Pathway.Analytics.Sources.CodeLists;
using Sylvan.Data.Csv;

namespace Pathway.Analytics.Sources;

internal static partial class SourceTableReader
{
    /// <summary>One pass over a file's records, gathering the table or its faults.</summary>
    private sealed class Reading(CsvDataReader csv, char separator, SourceOptions options)
    {
        private readonly List<SourceProblem> problems = [];
        private int problemCount;

        private readonly List<SourceStructure> structures = [];
        private readonly Dictionary<string, int> structureIndex = new(StringComparer.Ordinal);
        private readonly Dictionary<string, SourceSeriesRead> series = new(StringComparer.Ordinal);
        private readonly Dictionary<(int Series, PeriodKind Kind, DateOnly Start), int> seen = [];
        private readonly List<Pending> pending = [];

        private SourceFormat format;
        private bool ecbKey;
        private bool labels;
        private List<Column> columns = [];
        private Column[] dimensions = [];
        private Dictionary<string, string?>[] codes = [];
        private Func<string, bool>?[] lists = [];
        private List<SourceProblem>[] codeProblems = [];
        private int[] knownCodes = [];
        private bool[] labelLike = [];
        private int freqDimension = -1;
        private Column time = null!;
        private Column value = null!;
        private int structureName = -1;
        private int action = -1;
        private int seriesKey = -1;
        private int obsKey = -1;
        private int skipped;

        private sealed record Pending(int Series, TimePeriod Period, string RawValue, string? Status, string? Flag, string? Confidentiality, int? UnitMultiplier, int Line);

        public SourceReading Run()
        {
            var line = 1;
            if (!csv.Read())
            {
                return Refused(new SourceProblem(0, null, 0, SourceProblemKind.Empty));
            }

            var header = Fields();
            if (!ReadHeader(header))
            {
                return Result();
            }

            line += Breaks(header);
            while (csv.Read())
            {
                line++;
                var fields = Fields();
                var start = line;
                line += Breaks(fields);
                if (fields.Length == 1 && fields[0].Length == 0)
                {
                    // A blank line, as editors leave at the end of a file.
                    continue;
                }

                if (fields.Length != header.Length)
                {
                    Add(new SourceProblem(start, null, 0, SourceProblemKind.FieldCount, fields.Length.ToString(CultureInfo.InvariantCulture)));
                    continue;
                }

                ReadRow(fields, start);
            }

            if (pending.Count == 0 && problemCount == 0)
            {
                Add(new SourceProblem(0, null, 0, SourceProblemKind.Empty));
            }

            return Result();
        }

        private string[] Fields()
        {
            var fields = new string[csv.RowFieldCount];
            for (var i = 0; i < fields.Length; i++)
            {
                fields[i] = csv.GetString(i);
            }

            return fields;
        }

        // Line breaks inside quoted fields: the next record starts that many lines further down.
        private static int Breaks(string[] fields)
        {
            var breaks = 0;
            foreach (var field in fields)
            {
                for (var i = 0; i < field.Length; i++)
                {
                    if (field[i] == '\n' || (field[i] == '\r' && (i + 1 == field.Length || field[i + 1] != '\n')))
                    {
                        breaks++;
                    }
                }
            }

            return breaks;
        }

        private void Add(SourceProblem problem)
        {
            problemCount++;
            if (problems.Count < MostProblems)
            {
                problems.Add(problem);
            }
        }

        private bool ReadHeader(string[] header)
        {
            var first = header[0].Trim();
            var start = 1;
            if (StructureHeader().Match(first) is { Success: true } s && s.Length == first.Length)
            {
                format = SourceFormat.SdmxCsv2;
                start = 2;
                if (At(header, start, "STRUCTURE_NAME"))
                {
                    structureName = start++;
                }

                if (At(header, start, "ACTION"))
                {
                    action = start++;
                }
            }
            else if (first.Equals("DATAFLOW", StringComparison.OrdinalIgnoreCase))
            {
                format = SourceFormat.SdmxCsv1;
            }
            else if (first.Equals("KEY", StringComparison.OrdinalIgnoreCase)
                && header.Any(h => h.Trim().Equals("TIME_PERIOD", StringComparison.OrdinalIgnoreCase)))
            {
                // The ECB's SDMX-CSV: the series key prefixed with the dataflow's id comes first.
                format = SourceFormat.SdmxCsv1;
                ecbKey = true;
            }
            else
            {
                format = SourceFormat.Csv;
                start = 0;
            }

            if (format != SourceFormat.Csv)
            {
                if (At(header, start, "SERIES_KEY"))
                {
                    seriesKey = start++;
                }

                if (At(header, start, "OBS_KEY"))
                {
                    obsKey = start++;
                }
            }

            // labels=name: each component's column is followed by a column of its names.
            var step = structureName >= 0 ? 2 : 1;
            labels = format != SourceFormat.Csv && structureName < 0 && header.Skip(start).Any(h => h.Contains(':', StringComparison.Ordinal));
            var found = new List<(string Id, string? Label, int Index, int NameIndex)>();
            for (var i = start; i < header.Length; i += step)
            {
                var (id, label) = labels ? SplitLabel(header[i]) : (header[i].Trim(), null);
                var nameIndex = step == 2 && i + 1 < header.Length ? i + 1 : -1;
                found.Add((id, nameIndex >= 0 ? Blank(header[nameIndex]) : label, i, nameIndex));
            }

            foreach (var duplicate in found.GroupBy(f => f.Id, StringComparer.OrdinalIgnoreCase).Where(g => g.Count() > 1))
            {
                var second = duplicate.Skip(1).First();
                Add(new SourceProblem(1, second.Id, second.Index + 1, SourceProblemKind.DuplicateColumn, second.Id));
            }

            var timeIndex = Find(found, options.TimeColumn, format == SourceFormat.Csv ? TimeNames : ["TIME_PERIOD"], SourceProblemKind.NoTimeColumn);
            var valueIndex = Find(found, options.ValueColumn, format == SourceFormat.Csv ? ValueNames : ["OBS_VALUE"], SourceProblemKind.NoValueColumn);
            if (problemCount > 0)
            {
                return false;
            }

            var valuePosition = found[valueIndex].Index;
            columns = found.Select((f, i) => new Column(f.Id, f.Label, f.Index, f.NameIndex,
                    i == timeIndex ? Role.Time
                    : i == valueIndex ? Role.Value
                    : KnownColumns.TryGetValue(f.Id, out var known) ? known
                    // SDMX services write the dimensions first, then the measures, then the attributes.
                    : format != SourceFormat.Csv && f.Index > valuePosition ? Role.Other
                    : Role.Dimension))
                .ToList();
            time = columns.Single(c => c.Role == Role.Time);
            value = columns.Single(c => c.Role == Role.Value);
            dimensions = [.. columns.Where(c => c.Role == Role.Dimension)];
            codes = [.. dimensions.Select(_ => new Dictionary<string, string?>(StringComparer.Ordinal))];
            lists = [.. dimensions.Select(d => KnownCodeLists.For(d.Id))];
            codeProblems = [.. dimensions.Select(_ => new List<SourceProblem>())];
            knownCodes = new int[dimensions.Length];
            labelLike = new bool[dimensions.Length];
            freqDimension = Array.FindIndex(dimensions, d => d.Id.Equals("FREQ", StringComparison.OrdinalIgnoreCase));
            return true;
        }

        private static bool At(string[] header, int index, string name) =>
            index < header.Length && header[index].Trim().Equals(name, StringComparison.OrdinalIgnoreCase);

        private static string? Blank(string text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();

        /// <summary>The column named by the user, else the first of the usual names; a fault when there is none.</summary>
        private int Find(List<(string Id, string? Label, int Index, int NameIndex)> found, string? named, string[] usual, SourceProblemKind none)
        {
            if (!string.IsNullOrWhiteSpace(named))
            {
                var index = found.FindIndex(f => f.Id.Equals(named.Trim(), StringComparison.OrdinalIgnoreCase));
                if (index < 0)
                {
                    Add(new SourceProblem(1, named.Trim(), 0, SourceProblemKind.NamedColumnMissing, string.Join(", ", found.Select(f => f.Id))));
                }

                return index;
            }

            foreach (var name in usual)
            {
                var index = found.FindIndex(f => f.Id.Equals(name, StringComparison.OrdinalIgnoreCase));
                if (index >= 0)
                {
                    return index;
                }
            }

            Add(new SourceProblem(1, null, 0, none, string.Join(", ", found.Select(f => f.Id))));
            return -1;
        }

        private (string Code, string? Label) Cell(string[] fields, Column column, bool coded)
        {
            if (column.NameIndex >= 0)
            {
                return (fields[column.Index].Trim(), Blank(fields[column.NameIndex]));
            }

            return labels && coded ? SplitLabel(fields[column.Index]) : (fields[column.Index].Trim(), null);
        }

        private void ReadRow(string[] fields, int line)
        {
            var before = problemCount;
            var structure = "";
            if (format != SourceFormat.Csv && !ecbKey)
            {
                if (format == SourceFormat.SdmxCsv2
                    && fields[0].Trim().ToLowerInvariant() is not ("dataflow" or "datastructure" or "dataprovision"))
                {
                    Add(new SourceProblem(line, "STRUCTURE", 1, SourceProblemKind.UnknownStructureType, fields[0]));
                }

                var idIndex = format == SourceFormat.SdmxCsv2 ? 1 : 0;
                var (id, label) = SplitStructure(fields[idIndex]);
                if (structureName >= 0)
                {
                    label = Blank(fields[structureName]);
                }

                if (id.Length == 0)
                {
                    Add(new SourceProblem(line, format == SourceFormat.SdmxCsv2 ? "STRUCTURE_ID" : "DATAFLOW", idIndex + 1, SourceProblemKind.MissingStructure));
                }

                structure = Structure(id, label);
            }
            else if (ecbKey)
            {
                var whole = fields[0].Trim();
                structure = Structure(whole[..Math.Max(0, whole.IndexOf('.', StringComparison.Ordinal))], null);
            }

            if (action >= 0)
            {
                var act = fields[action].Trim().ToUpperInvariant();
                if (act == "D")
                {
                    Add(new SourceProblem(line, "ACTION", action + 1, SourceProblemKind.DeleteAction, fields[action]));
                }
                else if (act is not ("" or "I" or "A" or "M" or "R"))
                {
                    Add(new SourceProblem(line, "ACTION", action + 1, SourceProblemKind.UnknownAction, fields[action]));
                }
            }

            var rawValue = fields[value.Index].Trim();
            var (period, _) = Cell(fields, time, coded: true);
            var dims = new string[dimensions.Length];
            var dimLabels = new string?[dimensions.Length];
            for (var d = 0; d < dimensions.Length; d++)
            {
                (dims[d], dimLabels[d]) = Cell(fields, dimensions[d], coded: true);
            }

            if (rawValue.Length == 0 && (period.Length == 0 || dims.Any(c => c.Length == 0)))
            {
                // A row of attributes attached to a partial key (SDMX-CSV 2.x): no observation to load.
                skipped++;
                return;
            }

            for (var d = 0; d < dimensions.Length; d++)
            {
                var code = dims[d];
                if (code.Length == 0)
                {
                    // SDMX-CSV 2.x rows of several structures leave the columns of the others' dimensions empty.
                    if (format != SourceFormat.SdmxCsv2)
                    {
                        Add(new SourceProblem(line, dimensions[d].Id, dimensions[d].Number, SourceProblemKind.MissingDimension));
                    }

                    continue;
                }

                if (!codes[d].TryGetValue(code, out var known) || known is null && dimLabels[d] is not null)
                {
                    codes[d][code] = dimLabels[d];
                }

                if (lists[d] is { } list)
                {
                    if (list(code))
                    {
                        knownCodes[d]++;
                    }
                    else
                    {
                        labelLike[d] |= !LooksLikeCode(code);
                        var problem = new SourceProblem(line, dimensions[d].Id, dimensions[d].Number, SourceProblemKind.UnknownCode, code);
                        if (format == SourceFormat.Csv)
                        {
                            // Decided at the end: a plain table may write labels instead of codes.
                            codeProblems[d].Add(problem);
                        }
                        else
                        {
                            Add(problem);
                        }
                    }
                }
            }

            TimePeriod parsed = default;
            if (period.Length == 0)
            {
                Add(new SourceProblem(line, time.Id, time.Number, SourceProblemKind.MissingDimension));
            }
            else if (!TimePeriod.TryParse(period, out parsed) && !(period.Contains(':', StringComparison.Ordinal) && TimePeriod.TryParse(SplitLabel(period).Code, out parsed)))
            {
                Add(new SourceProblem(line, time.Id, time.Number, SourceProblemKind.UnreadableTime, period));
            }
            else if (freqDimension >= 0 && FrequencyCodes.PeriodOf(dims[freqDimension]) is { } expected && expected != parsed.Kind)
            {
                Add(new SourceProblem(line, time.Id, time.Number, SourceProblemKind.TimeNotOfFrequency, period));
            }

            var key = string.Join('.', dims);
            CheckKeys(fields, line, structure, key, period);
            if (problemCount > before)
            {
                return;
            }

            var number = SeriesNumber(structure, key, dims);
            if (seen.TryGetValue((number, parsed.Kind, parsed.Start), out var first))
            {
                Add(new SourceProblem(line, time.Id, time.Number, SourceProblemKind.DuplicateKey, key.Length == 0 ? period : key + " " + period, first));
                return;
            }

            seen[(number, parsed.Kind, parsed.Start)] = line;
            string? status = null, flag = null, confidentiality = null;
            int? multiplier = null;
            foreach (var column in columns)
            {
                var cell = column.Role is Role.Status or Role.Flag or Role.Confidentiality or Role.UnitMultiplier ? Cell(fields, column, coded: true).Code : null;
                if (string.IsNullOrEmpty(cell))
                {
                    continue;
                }

                switch (column.Role)
                {
                    case Role.Status:
                        status = cell;
                        break;
                    case Role.Flag:
                        flag = cell;
                        break;
                    case Role.Confidentiality:
                        confidentiality = cell;
                        break;
                    case Role.UnitMultiplier when int.TryParse(cell, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var m):
                        multiplier = m;
                        break;
                }
            }

            pending.Add(new Pending(number, parsed with { Written = period }, rawValue, status, flag, confidentiality, multiplier, line));
        }

        private void CheckKeys(string[] fields, int line, string structure, string key, string period)
        {
            if (seriesKey >= 0 && fields[seriesKey].Trim() is { Length: > 0 } written && written != key)
            {
                Add(new SourceProblem(line, "SERIES_KEY", seriesKey + 1, SourceProblemKind.KeyMismatch, written));
            }

            if (obsKey >= 0 && fields[obsKey].Trim() is { Length: > 0 } obs && obs != key + "." + period)
            {
                Add(new SourceProblem(line, "OBS_KEY", obsKey + 1, SourceProblemKind.KeyMismatch, obs));
            }

            if (ecbKey)
            {
                var whole = fields[0].Trim();
                if (whole != structure + "." + key)
                {
                    Add(new SourceProblem(line, "KEY", 1, SourceProblemKind.KeyMismatch, whole));
                }
            }
        }

        private string Structure(string id, string? label)
        {
            if (!structureIndex.ContainsKey(id))
            {
                structureIndex[id] = structures.Count;
                structures.Add(new SourceStructure(id, label));
            }
            else if (label is not null && structures[structureIndex[id]].Label is null)
            {
                structures[structureIndex[id]] = new SourceStructure(id, label);
            }

            return id;
        }

        private int SeriesNumber(string structure, string key, string[] dims)
        {
            var full = structure + "\u0001" + key;
            if (!series.TryGetValue(full, out var found))
            {
                found = new SourceSeriesRead(series.Count + 1, structure, key, dims);
                series[full] = found;
            }

            return found.Number;
        }

        private SourceReading Result()
        {
            for (var d = 0; d < dimensions.Length; d++)
            {
                // A plain table's column of labels ("Total", "European Union (28 countries)"): not one code of its list, and not written as codes.
                var labelsOnly = format == SourceFormat.Csv && knownCodes[d] == 0 && labelLike[d];
                if (!labelsOnly)
                {
                    codeProblems[d].ForEach(Add);
                }
            }

            var observations = new List<SourceObservationRead>(pending.Count);
            if (problemCount == 0)
            {
                var markers = new HashSet<string>(options.Markers, StringComparer.Ordinal);
                var values = new string[pending.Count];
                var flags = new string?[pending.Count];
                for (var i = 0; i < pending.Count; i++)
                {
                    (values[i], flags[i]) = Split(pending[i].RawValue, markers);
                }

                var mark = NumberStyle.Infer(values.Where(v => !IsMissing(v, markers)));
                for (var i = 0; i < pending.Count; i++)
                {
                    var row = pending[i];
                    decimal? number = null;
                    if (!IsMissing(values[i], markers))
                    {
                        if (NumberStyle.TryParse(values[i], mark, out var parsed))
                        {
                            number = parsed;
                        }
                        else
                        {
                            Add(new SourceProblem(row.Line, value.Id, value.Number, SourceProblemKind.UnreadableValue, row.RawValue));
                            continue;
                        }
                    }

                    observations.Add(new SourceObservationRead(row.Series, row.Period.Written, row.Period.Start, row.Period.FrequencyCode, number,
                        row.Status, row.Flag ?? flags[i], row.Confidentiality, row.UnitMultiplier, row.Line));
                }
            }

            if (problemCount > 0)
            {
                var listed = problems.OrderBy(p => p.Line).ThenBy(p => p.ColumnNumber).ToList();
                if (problemCount > listed.Count)
                {
                    listed.Add(new SourceProblem(0, null, 0, SourceProblemKind.TooManyProblems, (problemCount - listed.Count).ToString(CultureInfo.InvariantCulture)));
                }

                return new SourceReading(null, listed);
            }

            var dimensionsRead = dimensions.Select((d, i) => new SourceDimensionRead(d.Id, d.Label, format == SourceFormat.Csv && lists[i] is not null && knownCodes[i] == 0, codes[i])).ToList();
            return new SourceReading(
                new SourceFile(format, separator, structures, dimensionsRead, time.Id, value.Id, [.. series.Values], observations, skipped),
                []);
        }

        private bool IsMissing(string text, HashSet<string> markers) =>
            text.Length == 0 || markers.Contains(text) || (format != SourceFormat.Csv && text.Equals("NaN", StringComparison.OrdinalIgnoreCase));

        /// <summary>A value and the flags Eurostat writes after it in the same cell ("1 234 p", ": c"), when the flags are all that keeps it from being read.</summary>
        private static (string Value, string? Flag) Split(string raw, HashSet<string> markers)
        {
            var match = ValueWithFlag().Match(raw);
            if (match.Success && match.Groups["value"].Value is var head
                && (markers.Contains(head) || NumberStyle.TryParse(head, DecimalMark.Point, out _) || NumberStyle.TryParse(head, DecimalMark.Comma, out _)))
            {
                return (head, match.Groups["flag"].Value);
            }

            return (raw, null);
        }
    }
}
