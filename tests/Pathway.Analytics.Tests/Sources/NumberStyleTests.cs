using Pathway.Analytics.Sources;

namespace Pathway.Analytics.Tests.Sources;

public sealed class NumberStyleTests
{
    [Fact]
    public void Infer_CommasInGroupsOfThree_AreThousandsSeparators() =>
        NumberStyle.Infer(["18,420", "985", "1,460", "1,234,567"]).ShouldBe(DecimalMark.Point);

    [Fact]
    public void Infer_ACommaNotInGroupsOfThree_IsADecimalComma() =>
        NumberStyle.Infer(["1,460", "12,4"]).ShouldBe(DecimalMark.Comma);

    [Theory]
    [InlineData("1.234,5", true)]
    [InlineData("1,234.5", false)]
    public void Infer_BothMarks_TheLaterIsTheDecimal(string value, bool comma) =>
        NumberStyle.Infer(["7", value]).ShouldBe(comma ? DecimalMark.Comma : DecimalMark.Point);

    [Theory]
    [InlineData("18,420", false, "18420")]
    [InlineData("12,4", true, "12.4")]
    [InlineData("1.234,5", true, "1234.5")]
    [InlineData("1 234 567", false, "1234567")]
    [InlineData("-0.5", false, "-0.5")]
    [InlineData("1.5E3", false, "1500")]
    public void TryParse_WrittenNumbers_AreRead(string text, bool comma, string expected)
    {
        NumberStyle.TryParse(text, comma ? DecimalMark.Comma : DecimalMark.Point, out var value).ShouldBeTrue();
        value.ShouldBe(decimal.Parse(expected, System.Globalization.CultureInfo.InvariantCulture));
    }

    [Theory]
    [InlineData("abc")]
    [InlineData("1.2.3")]
    [InlineData("")]
    public void TryParse_NotANumber_IsRefused(string text) => NumberStyle.TryParse(text, DecimalMark.Point, out _).ShouldBeFalse();
}
