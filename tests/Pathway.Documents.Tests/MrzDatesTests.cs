namespace Pathway.Documents.Tests;

public sealed class MrzDatesTests
{
    private static readonly DateOnly Today = new(2026, 3, 1);

    [Theory]
    [InlineData("740812", "1974-08-12")]
    [InlineData("250101", "2025-01-01")]
    [InlineData("260301", "2026-03-01")]
    [InlineData("260302", "1926-03-02")]
    [InlineData("000229", "2000-02-29")]
    public void BirthDate_TwoDigitYear_NeverInTheFuture(string yymmdd, string expected) =>
        MrzDates.BirthDate(yymmdd, Today).ShouldBe(DateOnly.Parse(expected, System.Globalization.CultureInfo.InvariantCulture));

    [Theory]
    [InlineData("120415", "2012-04-15")]
    [InlineData("360301", "2036-03-01")]
    [InlineData("460301", "2046-03-01")]
    [InlineData("460302", "1946-03-02")]
    [InlineData("991231", "1999-12-31")]
    public void ExpiryDate_TwoDigitYear_AtMostTwentyYearsAhead(string yymmdd, string expected) =>
        MrzDates.ExpiryDate(yymmdd, Today).ShouldBe(DateOnly.Parse(expected, System.Globalization.CultureInfo.InvariantCulture));

    [Theory]
    [InlineData("741340")]
    [InlineData("740231")]
    [InlineData("74<<<<")]
    [InlineData("7408")]
    [InlineData("")]
    [InlineData("ABCDEF")]
    public void BirthDate_NotACompleteDate_IsNull(string yymmdd) => MrzDates.BirthDate(yymmdd, Today).ShouldBeNull();

    [Theory]
    [InlineData("740812", true)]
    [InlineData("74<<<<", true)]
    [InlineData("7408<<", true)]
    [InlineData("<<<<<<", true)]
    [InlineData("741340", false)]
    [InlineData("7413<<", false)]
    [InlineData("010229", false)]
    public void IsWellFormed_DateWithUnknownParts_AcceptsFillersOnly(string yymmdd, bool expected) =>
        MrzDates.IsWellFormed(yymmdd).ShouldBe(expected);
}
