using Pathway.People.Registry;

namespace Pathway.People.Tests;

public sealed class NameKeyTests
{
    [Theory]
    [InlineData("Łukasz Żółć-Nowak", "LUKASZ ZOLC NOWAK")]
    [InlineData("  Nguyễn   Văn  ", "NGUYEN VAN")]
    [InlineData("Öztürk", "OZTURK")]
    [InlineData("Şahin", "SAHIN")]
    [InlineData("Yılmaz", "YILMAZ")]
    [InlineData("Straße", "STRASSE")]
    [InlineData("O'Brien", "O BRIEN")]
    [InlineData("Шевченко", "ШЕВЧЕНКО")]
    [InlineData("Олійник", "ОЛІИНИК")]
    [InlineData("", "")]
    [InlineData(null, "")]
    public void Of_Name_GivesSearchKey(string? name, string expected) => NameKey.Of(name).ShouldBe(expected);

    [Fact]
    public void Of_ArabicName_KeepsItsLetters() => NameKey.Of("الأحمد").ShouldBe("الاحمد");

    [Theory]
    [InlineData("Anna\uD835", "ANNA")]
    [InlineData("\uDC00Nowak", "NOWAK")]
    public void Of_LoneSurrogate_IsDroppedNotThrown(string name, string expected) => NameKey.Of(name).ShouldBe(expected);
}
