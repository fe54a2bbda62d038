namespace Pathway.Documents.Tests;

public sealed class TransliterationTests
{
    [Theory]
    // Latin letters with marks (ICAO 9303 Part 3, multinational Latin characters).
    [InlineData("Müller", "MUELLER")]
    [InlineData("Åsa Ørsted", "AASA<OERSTED")]
    [InlineData("Strauß", "STRAUSS")]
    [InlineData("Þórunn", "THORUNN")]
    [InlineData("Ægir", "AEGIR")]
    [InlineData("Łukasz Żółć", "LUKASZ<ZOLC")]
    [InlineData("Peña", "PENA")]
    [InlineData("Çelik Şahin", "CELIK<SAHIN")]
    [InlineData("D'Artagnan", "DARTAGNAN")]
    [InlineData("  Anna-Maria   von Berg ", "ANNA<MARIA<VON<BERG")]
    [InlineData("Smith Jr., John", "SMITH<JR<JOHN")]
    [InlineData("", "")]
    [InlineData(null, "")]
    // Cyrillic (ICAO table, Ukrainian and Belarusian letters included).
    [InlineData("Шевченко", "SHEVCHENKO")]
    [InlineData("Олександр", "OLEKSANDR")]
    [InlineData("Юлія", "IULIIA")]
    [InlineData("Сергій", "SERGII")]
    [InlineData("Євген", "IEVGEN")]
    [InlineData("Ґалаґан", "GALAGAN")]
    [InlineData("Їжакевич", "IZHAKEVICH")]
    [InlineData("Щербак", "SHCHERBAK")]
    [InlineData("Хмельницький", "KHMELNITSKII")]
    [InlineData("Ярослав", "IAROSLAV")]
    [InlineData("Подъячев", "PODIEIACHEV")]
    [InlineData("Крыленко", "KRYLENKO")]
    [InlineData("Ўладзіслаў", "ULADZISLAU")]
    [InlineData("Мар'яна", "MARIANA")]
    // Greek (ELOT 743 as in Greek passports).
    [InlineData("ΠΑΠΑΔΟΠΟΥΛΟΣ", "PAPADOPOULOS")]
    [InlineData("Γεώργιος", "GEORGIOS")]
    [InlineData("Ευάγγελος", "EVANGELOS")]
    [InlineData("Ευθύμιος", "EFTHYMIOS")]
    [InlineData("Μπακογιάννης", "BAKOGIANNIS")]
    [InlineData("Χρήστος", "CHRISTOS")]
    [InlineData("Ψαρρός", "PSARROS")]
    // Arabic (ICAO table: consonants, long vowels; short vowels are not written).
    [InlineData("أحمد", "XAEXHMD")]
    [InlineData("خالد", "XKHALD")]
    [InlineData("مُحَمَّد", "MXHMD")]
    [InlineData("عبد الله", "EBD<ALLH")]
    // Scripts without a table leave nothing rather than guesses.
    [InlineData("王", "")]
    public void ToMrz_Name_GivesIcaoSpelling(string? name, string expected) => Transliteration.ToMrz(name).ShouldBe(expected);

    [Theory]
    [InlineData("Шевченко Тарас", "Shevchenko Taras")]
    [InlineData("ШЕВЧЕНКО", "SHEVCHENKO")]
    [InlineData("Анна-Марія", "Anna-Mariia")]
    [InlineData("Щука", "Shchuka")]
    [InlineData("Müller", "Mueller")]
    [InlineData("Γεώργιος Παπαδόπουλος", "Georgios Papadopoulos")]
    [InlineData("محمد", "Mhmd")]
    [InlineData("يوسف", "Yusf")]
    [InlineData("علي", "Ali")]
    [InlineData("خالد", "Khald")]
    [InlineData("O'Brien, Seán", "OBrien Sean")]
    public void ToLatin_Name_GivesReadableSpelling(string name, string expected) => Transliteration.ToLatin(name).ShouldBe(expected);

    [Fact]
    public void ToMrz_AnyText_GivesOnlyMrzCharactersAndNoDoubleFiller()
    {
        var random = new Random(6);
        for (var i = 0; i < 2_000; i++)
        {
            var text = new string(Enumerable.Range(0, random.Next(30)).Select(_ => (char)random.Next(0x20, 0x700)).ToArray());

            var mrz = Transliteration.ToMrz(text);

            mrz.ShouldAllBe(c => (c >= 'A' && c <= 'Z') || c == '<');
            mrz.ShouldNotContain("<<");
            mrz.ShouldNotStartWith("<");
            mrz.ShouldNotEndWith("<");
        }
    }

    [Theory]
    [InlineData("Anna\uD835")]
    [InlineData("\uDC00Nowak 𝐀")]
    public void ToMrz_LoneSurrogateOrAstralLetter_DoesNotThrow(string name)
    {
        Transliteration.ToMrz(name).ShouldNotBeNull();
        Transliteration.ToLatin(name).ShouldNotBeNull();
        NameSkeleton.Words(name).ShouldNotBeNull();
    }
}
