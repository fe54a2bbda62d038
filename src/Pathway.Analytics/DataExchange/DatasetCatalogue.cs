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
    public const string Services = "services";
    public const string Calls = "calls";

    /// <summary>Whole months a case has waited at a month's end: under 1, 1 to 2, 2 to 3, 3 or more (the dashboard's bands).</summary>
    public static readonly IReadOnlyList<string> WaitBands = ["M_LT1", "M1-2", "M2-3", "M_GE3"];

    /// <summary>The support module's kinds of service, then <see cref="Other"/> for a kind it adds later, so no service goes uncounted.</summary>
    public static readonly IReadOnlyList<string> ServiceKinds = ["LegalAdvice", "PsychologicalCounselling", "Interpreting", "CaseManagement", "SocialAssistance", Other];

    public const string Answered = "Answered";
    public const string Abandoned = "Abandoned";
    public const string Logged = "Logged";

    /// <summary>
    /// What became of a call, one result each: answered by a person (an incoming call of the telephony), abandoned in the
    /// queue, logged by an operator by hand, or <see cref="Other"/> (outgoing, automated, redirected, not answered without a queue).
    /// </summary>
    public static readonly IReadOnlyList<string> CallResults = [Answered, Abandoned, Logged, Other];

    /// <summary>The helpline's call rules' categories, then <see cref="Other"/> for one the rules add later.</summary>
    public static readonly IReadOnlyList<string> CallCategories = ["Incoming", "OutgoingByOperator", "AutomatedHelpline", "Redirected", "Ignored", Other];

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
        new(Services, "Support services delivered",
            "Support services delivered each month by NGOs and advisory points, by kind of service and the beneficiary's citizenship and sex. "
            + "A figure counts services, but is hidden when too few persons received them, however many services they were.",
            // Partners only: the services are the NGOs' and advisory points' work, held under their agreements with the office, and
            // their beneficiaries are persons in need of protection; the office does not publish them to anyone.
            Public: false,
            // The kind is what must not be learnt about a person (psychological counselling is about health): a group all given one kind is protected.
            [new("kind", "Kind of service", DimensionCodes.Fixed, Sensitive: true), Citizenship, new("sex", "Sex", DimensionCodes.Fixed)]),
        new(Calls, "Helpline calls",
            "The helpline's calls each month, by result (answered by a person, abandoned in the queue, logged by an operator by hand, other) "
            + "and by the category the call rules gave them. A call logged by hand may also be counted by the telephony.",
            // Open data: a call names nobody (no caller number is kept) and the helpline's load is the office's own service. Still
            // protected as the others: a caller is a person, and a month's one or two calls of a kind could point to someone known to have called.
            Public: true,
            [new("result", "Result", DimensionCodes.Fixed), new("category", "Call category", DimensionCodes.Fixed)]),
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
        "kind" => ServiceKinds,
        "result" => CallResults,
        "category" => CallCategories,
        _ => throw new ArgumentException($"{dimension} has no fixed code list.", nameof(dimension)),
    };

    /// <summary>A code's label in the reader's language; null for a code that is its own name (a citizenship).</summary>
    public static string? Label(string dimension, string code, IStringLocalizer text) => (dimension, code) switch
    {
        (_, Total) => text["Total"],
        ("result", Other) => text["Other calls"],
        ("category", Other) => text["Other category"],
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
        ("kind", _) => DashboardCharts.ServiceKindLabel(code, text),
        ("result", Answered) => text["Calls answered"],
        ("result", Abandoned) => text["Calls abandoned"],
        ("result", _) => text["Calls logged by hand"],
        ("category", "Incoming") => text["Incoming"],
        ("category", "OutgoingByOperator") => text["Outgoing by an operator"],
        ("category", "AutomatedHelpline") => text["Automated helpline"],
        ("category", "Redirected") => text["Redirected to another unit"],
        ("category", _) => text["Not counted by the call rules"],
        _ => null,
    };
}
