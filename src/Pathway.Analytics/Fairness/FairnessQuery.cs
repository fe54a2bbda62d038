using Pathway.Analytics.Dashboards;
using Pathway.Platform.Localization;

namespace Pathway.Analytics.Fairness;

/// <summary>The monitor's filter as the page's and the API's query give it: the dashboard's whole months and office, nothing else (the groups are what it compares).</summary>
public sealed record FairnessQuery(string? From, string? To, string? Office)
{
    internal DashboardFilter? Filter(DateOnly today, FieldErrors errors) => DashboardFilter.Read(new DashboardQuery(From, To, Office, null, null, null, null), today, errors);
}
