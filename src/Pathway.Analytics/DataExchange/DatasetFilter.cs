using System.Globalization;
using Microsoft.Extensions.Primitives;
using Pathway.Platform.Localization;

namespace Pathway.Analytics.DataExchange;

/// <summary>
/// What a caller asks of a dataset: the months from and to (whole months, both optional) and at most
/// one code per dimension (the others come at every code and their total).
/// </summary>
public sealed record DatasetFilter(string? From, string? To, IReadOnlyDictionary<string, string> Codes)
{
    public const string FromField = "from";
    public const string ToField = "to";

    /// <summary>As the audit trail records it: <c>from=2025-01; to=2025-12; citizenship=UKR</c>.</summary>
    public string Describe() => string.Join("; ",
        new[] { (FromField, From), (ToField, To) }.Concat(Codes.OrderBy(c => c.Key, StringComparer.Ordinal).Select(c => (c.Key, (string?)c.Value)))
            .Where(p => p.Item2 is not null).Select(p => $"{p.Item1}={p.Item2}"));

    internal DateOnly? FromMonth => Month(From);

    internal DateOnly? ToMonth => Month(To);

    /// <summary>
    /// Reads the query string field by field against the dataset's dimensions and their code lists
    /// (<paramref name="codeLists"/>, by dimension id); null with the errors when something is wrong.
    /// </summary>
    public static DatasetFilter? Read(IEnumerable<KeyValuePair<string, StringValues>> query, ExchangeDataset dataset, IReadOnlyDictionary<string, IReadOnlyList<string>> codeLists, FieldErrors errors)
    {
        string? from = null, to = null;
        var codes = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (name, values) in query)
        {
            if (values.Count != 1 || string.IsNullOrWhiteSpace(values[0]))
            {
                errors.Add(name, "Give one value.");
                continue;
            }

            var value = values[0]!.Trim();
            if (name is FromField or ToField)
            {
                if (Month(value) is null)
                {
                    errors.Add(name, "Write the month as YYYY-MM, e.g. {0}.", "2026-03");
                }
                else if (name == FromField)
                {
                    from = value;
                }
                else
                {
                    to = value;
                }
            }
            else if (dataset.Dimensions.FirstOrDefault(d => d.Id == name) is { } dimension)
            {
                if (value == DatasetCatalogue.Total || codeLists[dimension.Id].Contains(value, StringComparer.Ordinal))
                {
                    codes[dimension.Id] = value;
                }
                else
                {
                    errors.Add(name, "'{0}' is not a code of this dimension's code list.", value);
                }
            }
            else
            {
                errors.Add(name, "There is no dimension {0} in this table. The dimensions are: {1}.", name,
                    string.Join(", ", dataset.Dimensions.Select(d => d.Id).Prepend(ToField).Prepend(FromField)));
            }
        }

        if (!errors.Any && Month(from) is { } first && Month(to) is { } last && last < first)
        {
            errors.Add(ToField, "The last month cannot be before the first.");
        }

        return errors.Any ? null : new DatasetFilter(from, to, codes);
    }

    private static DateOnly? Month(string? text) =>
        text is not null && text.Length == 7 && DateOnly.TryParseExact(text + "-01", "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var month) ? month : null;
}
