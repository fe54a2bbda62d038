using Pathway.Matching.Dates;
using Pathway.Matching.Scoring;

namespace Pathway.Matching.Tests;

/// <summary>The date levels pairs are scored with: typos and swaps close, namesakes' nearby dates not.</summary>
public sealed class BirthDateLevelTests
{
    private static DateLevel LevelOf(string a, string b)
    {
        string[] dates = [a, b];
        var set = RecordSet.Build(["a", "b"], [DefaultParameters.For("date_of_birth", FieldRole.BirthDate)], (_, i) => dates[i], frequenciesFromData: false);
        return (DateLevel)ComparisonVector.LevelOf(ComparisonVector.Compute(set, 0, 1), 0);
    }

    [Theory]
    [InlineData("1971-06-24", "1971-06-21", DateLevel.OneComponentDifferent)]
    [InlineData("1971-06-24", "1971-05-24", DateLevel.OneComponentDifferent)]
    [InlineData("1971-06-24", "1981-06-24", DateLevel.OneComponentDifferent)]
    [InlineData("1971-06-04", "1971-04-06", DateLevel.DayMonthSwapped)]
    [InlineData("1971-06-24", "1971-11-24", DateLevel.WithinYear)]
    [InlineData("1971-06-24", "1971-06-02", DateLevel.WithinYear)]
    [InlineData("1971-06-24", "1973-06-24", DateLevel.OneComponentDifferent)]
    [InlineData("1971-06-24", "1969-06-24", DateLevel.Different)]
    [InlineData("1971-01-01", "1971-09-17", DateLevel.ExactWeak)]
    [InlineData("1971-01-01", "1972-09-17", DateLevel.WithinYear)]
    [InlineData("1971-01-01", "1975-09-17", DateLevel.Different)]
    public void Level_DatePairs_TellTyposFromNamesakes(string a, string b, DateLevel expected) =>
        LevelOf(a, b).ShouldBe(expected);
}
