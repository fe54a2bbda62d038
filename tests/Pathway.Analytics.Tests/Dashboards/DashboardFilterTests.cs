using Pathway.Analytics.Dashboards;
using Pathway.Platform.Localization;

namespace Pathway.Analytics.Tests.Dashboards;

public sealed class DashboardFilterTests
{
    private static readonly DateOnly Today = new(2026, 12, 5);

    private static (DashboardFilter? Filter, Dictionary<string, string[]> Errors) Read(
        string? from = null, string? to = null, string? office = null, string? type = null, string? citizenship = null, string? sex = null, string? ageBand = null,
        string? voivodeship = null)
    {
        var errors = new FieldErrors(new KeyText());
        var filter = DashboardFilter.Read(new DashboardQuery(from, to, office, type, citizenship, sex, ageBand, voivodeship), Today, errors);
        return (filter, errors.ToDictionary());
    }

    [Fact]
    public void WithoutAnything_ItIsTheLastTwelveMonths_UpToTheCurrentOne()
    {
        var (filter, _) = Read();
        filter.ShouldBe(new DashboardFilter(new DateOnly(2026, 1, 1), new DateOnly(2026, 12, 1)));
        filter!.Months.ShouldBe(12);
        filter.End.ShouldBe(new DateOnly(2027, 1, 1));
    }

    [Fact]
    public void AFromAlone_CountsTwelveMonthsFromIt()
    {
        Read(from: "2025-03").Filter!.To.ShouldBe(new DateOnly(2026, 2, 1));
    }

    [Fact]
    public void EachWrongFilter_IsNamed()
    {
        var (filter, errors) = Read(from: "2026-13", office: "the big one", citizenship: "UA", sex: "Q", ageBand: "Y0-5", voivodeship: "15");
        filter.ShouldBeNull();
        errors.Keys.ShouldBe(["from", "office", "citizenship", "sex", "ageBand", "voivodeship"], ignoreOrder: true);
        errors["voivodeship"].ShouldBe(["Choose a voivodeship from the list."]);
    }

    [Fact]
    public void ASpan_BackwardsOrLongerThanFiveYears_IsRefused()
    {
        Read(from: "2026-05", to: "2026-04").Errors["to"].ShouldBe(["The last month cannot be before the first."]);
        Read(from: "2020-01", to: "2025-01").Errors["to"].ShouldBe(["Choose at most 60 months."]);
        Read(from: "2020-01", to: "2024-12").Filter!.Months.ShouldBe(60);
    }

    [Fact]
    public void TheQuery_ReadsBackToTheSameFilter()
    {
        var office = Guid.NewGuid();
        var (filter, _) = Read(from: "2026-02", to: "2026-07", office: office.ToString(), type: "temporary-work", citizenship: "ukr", sex: "F", ageBand: "Y18-34", voivodeship: "14");
        var parts = filter!.Query().Split('&').Select(p => p.Split('=')).ToDictionary(p => p[0], p => Uri.UnescapeDataString(p[1]), StringComparer.Ordinal);
        Read(parts["from"], parts["to"], parts["office"], parts["type"], parts["citizenship"], parts["sex"], parts["ageBand"], parts["voivodeship"]).Filter.ShouldBe(filter);
        filter.Citizenship.ShouldBe("UKR");
    }
}
