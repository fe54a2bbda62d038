using Pathway.Matching.Dates;

namespace Pathway.Matching.Tests;

public sealed class DateComparisonTests
{
    private static DateLevel Compare(string a, string b) => DateComparison.Compare(BirthDate.Parse(a), BirthDate.Parse(b));

    [Theory]
    [InlineData("1985-03-07", "07.03.1985", DateLevel.Exact)]
    [InlineData("1985-03-07", "19850307", DateLevel.Exact)]
    [InlineData("1985-03-07", "1985-07-03", DateLevel.DayMonthSwapped)]
    [InlineData("1985-03-07", "1985-03-08", DateLevel.OneComponentDifferent)]
    [InlineData("1985-03-07", "1986-03-07", DateLevel.OneComponentDifferent)]
    [InlineData("1985-03-07", "1985-11-20", DateLevel.WithinYear)]
    [InlineData("1985-03-07", "1972-10-20", DateLevel.Different)]
    [InlineData("1985-01-01", "1985-01-01", DateLevel.ExactWeak)]
    [InlineData("1900-01-01", "1900-01-01", DateLevel.ExactWeak)]
    [InlineData("1985", "1985-03-07", DateLevel.ExactWeak)]
    [InlineData("1985", "1985", DateLevel.ExactWeak)]
    public void Compare_DatePairs_GiveTolerantLevels(string a, string b, DateLevel expected) =>
        Compare(a, b).ShouldBe(expected);

    [Fact]
    public void Compare_MissingDate_IsMissing() =>
        DateComparison.Compare(null, BirthDate.Parse("1985-03-07")).ShouldBe(DateLevel.Missing);

    [Theory]
    [InlineData("not a date")]
    [InlineData("1985-13-01")]
    [InlineData("32.01.1985")]
    public void Parse_Garbage_IsNull(string text) => BirthDate.Parse(text).ShouldBeNull();

    [Fact]
    public void Score_WeakDateAgreement_WeighsLessThanFullDate()
    {
        var model = LinkageModel.Default;
        var full = model.ScorePair(Person("a", birth: "1985-03-07"), Person("b", birth: "1985-03-07"));
        var weak = model.ScorePair(Person("a", birth: "1985-01-01"), Person("b", birth: "1985-01-01"));
        weak.TotalWeight.ShouldBeLessThan(full.TotalWeight);
    }

    internal static Record Person(string id, string? given = null, string? surname = null, string? birth = null, string? document = null, string? city = null) =>
        new(id, new Dictionary<FieldRole, string?>
        {
            [FieldRole.GivenName] = given,
            [FieldRole.Surname] = surname,
            [FieldRole.BirthDate] = birth,
            [FieldRole.DocumentNumber] = document,
            [FieldRole.City] = city,
        });
}
