using Microsoft.Extensions.Localization;
using Pathway.Analytics.Dashboards;
using Pathway.Analytics.Warehouse;

namespace Pathway.Analytics.DataExchange;

/// <summary>The datasets the office exchanges, and the codes and labels they share.</summary>
public static class DatasetCatalogue
{
    public const string Agency = "PATHWAY";
    public const string Version = "1.0";
    public const string ScopePrefix = "exchange.";

    /// <summary>SDMX's code for the total of a dimension (CL_* lists write <c>_T</c>).</summary>
    public const string Total = "_T";

    /// <summary>SDMX's code for "other": the categories too small to be named.</summary>
    public const string Other = "_O";

    public const string Applications = "applications";
    public const string Decisions = "decisions";
    public const string Backlog = "backlog";

    /// <summary>Whole months a case has waited at a month's end: under 1, 1 to 2, 2 to 3, 3 or more (the dashboard's bands).</summary>
    public static readonly IReadOnlyList<string> WaitBands = ["M_LT1", "M1-2", "M2-3", "M_GE3"];

    private static readonly DatasetDimension ApplicationType = new("type", "Application type", DimensionCodes.ApplicationTypes);
    private static readonly DatasetDimension Citizenship = new("citizenship", "Citizenship", DimensionCodes.Citizenships);

    public static readonly IReadOnlyList<ExchangeDataset> All =
    [
        new(Applications, "Applications lodged",
            "Residence applications lodged each month, by application type, citizenship and sex.",
            Public: true,
            [ApplicationType, Citizenship, new("sex", "Sex", DimensionCodes.Fixed)]),
        new(Decisions, "Decisions",
            "Decisions made each month, by outcome, application type and citizenship.",
            Public: false,
            // The outcome is what must not be learnt about a person: a group all refused is protected.
            [new("outcome", "Outcome", DimensionCodes.Fixed, Sensitive: true), ApplicationType, Citizenship]),
        new(Backlog, "Backlog",
            "Cases awaiting a decision at the end of each month, by how long they had waited.",
            Public: true,
            [new("wait", "Waiting time", DimensionCodes.Fixed)]),
    ];

    public static ExchangeDataset? Find(string id) => All.FirstOrDefault(d => string.Equals(d.Id, id, StringComparison.Ordinal));

    /// <summary>The permissions that are key scopes of the datasets, one per dataset.</summary>
    public static IEnumerable<string> Scopes => All.Select(d => d.Scope);

    /// <summary>A fixed dimension's codes.</summary>
    internal static IReadOnlyList<string> FixedCodes(string dimension) => dimension switch
    {
        "sex" => FactCodes.Sexes,
        "outcome" => FactCodes.Outcomes,
        "wait" => WaitBands,
        _ => throw new ArgumentException($"{dimension} has no fixed code list.", nameof(dimension)),
    };

    /// <summary>A code's label in the reader's language; null for a code that is its own name (a citizenship).</summary>
    public static string? Label(string dimension, string code, IStringLocalizer text) => (dimension, code) switch
    {
        (_, Total) => text["Total"],
        (_, Other) => text["Other"],
        ("sex", "F") => text["Female"],
        ("sex", "M") => text["Male"],
        ("sex", "X") => text["Unspecified"],
        ("sex", _) => text["Not recorded"],
        ("outcome", "Granted") => text["Granted"],
        ("outcome", "Refused") => text["Refused"],
        ("outcome", _) => text["Discontinued"],
        ("wait", "M_LT1") => text["Under 1 month"],
        ("wait", "M1-2") => text["1 to 2 months"],
        ("wait", "M2-3") => text["2 to 3 months"],
        ("wait", _) => text["3 months or more"],
        ("type", _) => ApplicationTypeLabels.Of(code, text),
        _ => null,
    };
}
