using Pathway.Analytics.Dashboards;
using Pathway.Platform.Localization;

namespace Pathway.Analytics.Statistics;

/// <summary>
/// What the office statistics show: whole months from <see cref="From"/> to <see cref="To"/>, narrowed by
/// any of application type, citizenship and sex. Each filter narrows the datasets that have its dimension
/// and leaves the others as they are; its code is one of the datasets' codes (no filter is the total).
/// </summary>
public sealed record StatisticsFilter(DateOnly From, DateOnly To, string? Type = null, string? Citizenship = null, string? Sex = null)
{
    /// <summary>The dimensions a filter can narrow, by the datasets' ids for them (and the query's names).</summary>
    public static readonly IReadOnlyList<string> Dimensions = ["type", "citizenship", "sex"];

    /// <summary>The code chosen for a dimension of the datasets; null when the filter leaves it at its total (or has no such dimension).</summary>
    public string? Code(string dimension) => dimension switch
    {
        "type" => Type,
        "citizenship" => Citizenship,
        "sex" => Sex,
        _ => null,
    };

    /// <summary>The query string this filter is read back from.</summary>
    public string Query() => string.Join('&', new[]
    {
        ("from", (string?)DashboardFilter.Month(From)), ("to", DashboardFilter.Month(To)), ("type", Type), ("citizenship", Citizenship), ("sex", Sex),
    }.Where(p => p.Item2 is not null).Select(p => p.Item1 + "=" + Uri.EscapeDataString(p.Item2!)));

    /// <summary>
    /// Reads a filter from the page's or the API's query, field by field, against the codes the datasets
    /// offer; null with the errors when something is wrong. The period is the dashboard's: the last twelve
    /// months unless chosen, at most <see cref="DashboardFilter.MaxMonths"/>.
    /// </summary>
    public static StatisticsFilter? Read(StatisticsQuery query, DateOnly today, StatisticsChoices choices, FieldErrors errors)
    {
        var (from, to) = DashboardFilter.Period(query.From, query.To, today, errors);
        var type = CodeOf(query.Type, "type", choices.Types, errors);
        var citizenship = CodeOf(query.Citizenship, "citizenship", choices.Citizenships, errors);
        var sex = CodeOf(query.Sex, "sex", choices.Sexes, errors);
        return errors.Any ? null : new StatisticsFilter(from, to, type, citizenship, sex);
    }

    private static string? CodeOf(string? text, string field, IReadOnlyList<string> codes, FieldErrors errors)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        var code = text.Trim();
        if (codes.Contains(code, StringComparer.Ordinal))
        {
            return code;
        }

        errors.Add(field, "'{0}' is not a code of this dimension's code list.", code.Length <= 40 ? code : code[..40]);
        return null;
    }
}

/// <summary>The statistics' filter as the page's and the API's query string give it.</summary>
public sealed record StatisticsQuery(string? From, string? To, string? Type, string? Citizenship, string? Sex);

/// <summary>
/// The codes a filter may choose: the application types, the citizenships some dataset names (with
/// <c>_O</c>, the others together) and the sexes, all from the protected datasets' code lists.
/// </summary>
public sealed record StatisticsChoices(IReadOnlyList<string> Types, IReadOnlyList<string> Citizenships, IReadOnlyList<string> Sexes);
