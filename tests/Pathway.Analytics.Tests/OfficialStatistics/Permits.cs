using Pathway.Analytics.OfficialStatistics;

namespace Pathway.Analytics.Tests.OfficialStatistics;

/// <summary>Small hand-made permits for the rules' tests.</summary>
internal static class Permits
{
    public static IssuedPermit Permit(
        string from, string until, EurostatReason reason = EurostatReason.RemuneratedActivities, string person = "p1", string citizenship = "UKR",
        bool temporaryProtection = false, string? issued = null, EarlierPermit? previous = null) =>
        new(person, citizenship, reason, DateOnly.Parse(issued ?? from, System.Globalization.CultureInfo.InvariantCulture), Day(from), until.Length == 0 ? null : Day(until), temporaryProtection, previous);

    public static DateOnly Day(string iso) => DateOnly.ParseExact(iso, "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

    public static PermitTables Tables(int year, params IssuedPermit[] permits) =>
        ResidencePermitTables.Build(permits, year, "PL").ShouldBeOfType<PermitTablesOutcome.Built>().Tables;

    /// <summary>What the last permit of the list counts as.</summary>
    public static ClassifiedPermit Last(params IssuedPermit[] permits) => PermitClassifier.Classify(permits)[^1];
}
