namespace Pathway.Documents.Tests;

public sealed class MrzGenerateTests
{
    private static readonly MrzFields Eriksson = new()
    {
        DocumentCode = "P",
        IssuingState = "UTO",
        DocumentNumber = "L898902C3",
        Nationality = "UTO",
        BirthDate = "740812",
        Sex = "F",
        ExpiryDate = "120415",
        Surname = "Eriksson",
        GivenNames = "Anna Maria",
        PersonalNumber = "ZE184226B",
    };

    [Theory]
    [MemberData(nameof(Specimens.All), MemberType = typeof(Specimens))]
    public void Generate_FieldsOfSpecimen_GivesSpecimenBack(string specimen, MrzFormat format)
    {
        var parsed = Mrz.Parse(specimen);

        var generated = Mrz.Generate(parsed.Fields, format);

        generated.Errors.ShouldBeEmpty();
        generated.Text.ShouldBe(specimen);
    }

    [Fact]
    public void Generate_NativeScriptNames_AreTransliterated()
    {
        var generated = Mrz.Generate(Eriksson with { IssuingState = "UKR", Nationality = "UKR", Surname = "Шевченко", GivenNames = "Тарас Григорович" }, MrzFormat.TD3);

        generated.Text.Split('\n')[0].ShouldBe("P<UKRSHEVCHENKO<<TARAS<GRIGOROVICH<<<<<<<<<<");
        Mrz.Parse(generated.Text).Valid.ShouldBeTrue();
    }

    [Fact]
    public void Generate_NamesTooLong_ShortensGivenNamesFirst()
    {
        var generated = Mrz.Generate(Eriksson with { Surname = "Papadopoulou-Konstantinidou", GivenNames = "Alexandra Evangelia" }, MrzFormat.TD3);

        generated.Succeeded.ShouldBeTrue();
        generated.Text.Split('\n')[0].ShouldBe("P<UTOPAPADOPOULOU<KONSTANTINIDOU<<ALEXANDRA<");
        generated.Notes.ShouldHaveSingleItem().ShouldContain("given names shortened");
    }

    [Fact]
    public void Generate_SurnameAloneTooLong_ShortensSurname()
    {
        var generated = Mrz.Generate(Eriksson with { DocumentCode = "I", Surname = new string('A', 50), PersonalNumber = "" }, MrzFormat.TD1);

        generated.Succeeded.ShouldBeTrue();
        generated.Text.Split('\n')[2].ShouldBe(new string('A', 30));
    }

    [Fact]
    public void Generate_EmptyPersonalNumber_WritesFillerCheckDigit()
    {
        var generated = Mrz.Generate(Eriksson with { PersonalNumber = "" }, MrzFormat.TD3);

        generated.Text.Split('\n')[1][28..43].ShouldBe("<<<<<<<<<<<<<<<");
        Mrz.Parse(generated.Text).Valid.ShouldBeTrue();
    }

    [Fact]
    public void Generate_BadInput_ReportsEveryProblem()
    {
        var fields = Eriksson with { BirthDate = "", ExpiryDate = "121340", Sex = "Q", Nationality = "ZZZ", Surname = "" };

        var generated = Mrz.Generate(fields, MrzFormat.TD3);

        generated.Succeeded.ShouldBeFalse();
        generated.Text.ShouldBe("");
        generated.Errors.Select(e => e.Field).ShouldBe(["birthDate", "expiryDate", "nationality", "sex", "surname"], ignoreOrder: true);
    }

    [Fact]
    public void Generate_UndefinedFormat_IsAnErrorNotAnException()
    {
        Mrz.Generate(Eriksson, (MrzFormat)42).Errors.ShouldHaveSingleItem().Field.ShouldBe("format");
    }

    [Theory]
    [InlineData(MrzFormat.TD3, "V", "documentCode")]
    [InlineData(MrzFormat.MrvA, "P", "documentCode")]
    [InlineData(MrzFormat.TD3, "PPP", "documentCode")]
    public void Generate_DocumentCodeNotForFormat_IsRejected(MrzFormat format, string code, string field)
    {
        Mrz.Generate(Eriksson with { DocumentCode = code, PersonalNumber = "" }, format).Errors.ShouldContain(e => e.Field == field);
    }

    [Theory]
    [InlineData(MrzFormat.TD3, "L8989020C31")]
    [InlineData(MrzFormat.MrvB, "L8989020C31")]
    [InlineData(MrzFormat.TD2, "D23145890734567")]
    [InlineData(MrzFormat.TD1, "D2314589073456789012345")]
    public void Generate_DocumentNumberTooLongForFormat_IsRejected(MrzFormat format, string number)
    {
        var fields = Eriksson with { DocumentCode = format is MrzFormat.MrvB ? "V" : "I", DocumentNumber = number, PersonalNumber = "" };

        Mrz.Generate(fields, format).Errors.ShouldContain(e => e.Field == "documentNumber");
    }

    [Theory]
    [InlineData(MrzFormat.TD1, "PersonalNumber")]
    [InlineData(MrzFormat.TD3, "OptionalData1")]
    [InlineData(MrzFormat.TD2, "OptionalData2")]
    public void Generate_FieldTheFormatLacks_IsRejected(MrzFormat format, string property)
    {
        var fields = (Eriksson with { DocumentCode = "I", PersonalNumber = "" }) switch
        {
            var f when property == "PersonalNumber" => f with { PersonalNumber = "123" },
            var f when property == "OptionalData1" => f with { DocumentCode = "P", OptionalData1 = "123" },
            var f => f with { OptionalData2 = "123" },
        };

        Mrz.Generate(fields, format).Succeeded.ShouldBeFalse();
    }

    [Fact]
    public void Generate_RandomFields_ParseBackValidWithTheSameFields()
    {
        var random = new Random(9303);
        var formats = Enum.GetValues<MrzFormat>();
        for (var i = 0; i < 2_000; i++)
        {
            var format = formats[random.Next(formats.Length)];
            var fields = RandomFields(random, format);

            var generated = Mrz.Generate(fields, format);

            generated.Errors.ShouldBeEmpty(fields.ToString());
            var parsed = Mrz.Parse(generated.Text);
            parsed.Valid.ShouldBeTrue(generated.Text);
            parsed.Format.ShouldBe(format);
            parsed.Fields.ShouldBe(fields, generated.Text);
        }
    }

    private static MrzFields RandomFields(Random random, MrzFormat format)
    {
        const string alphanumeric = "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789";
        string Text(string alphabet, int min, int max) =>
            new(Enumerable.Range(0, random.Next(min, max + 1)).Select(_ => alphabet[random.Next(alphabet.Length)]).ToArray());
        string Date() => new DateOnly(1930, 1, 1).AddDays(random.Next(40_000)).ToString("yyMMdd", System.Globalization.CultureInfo.InvariantCulture);
        string[] codes = ["UTO", "POL", "UKR", "D", "XXA", "GBD", "EUE"];
        var visa = format is MrzFormat.MrvA or MrzFormat.MrvB;
        var (numberMax, optional1Max) = format switch
        {
            MrzFormat.TD1 => (22, 15),
            MrzFormat.TD2 => (14, 7),
            MrzFormat.TD3 => (9, 0),
            MrzFormat.MrvA => (9, 16),
            MrzFormat.MrvB => (9, 8),
        };
        var number = Text(alphanumeric, 1, numberMax);
        // A long number leaves the optional data what remains after it, its check digit and a filler.
        var optionalRoom = number.Length > 9 ? optional1Max - (number.Length - 9) - 2 : optional1Max;
        return new MrzFields
        {
            DocumentCode = visa ? "V" + Text("ABC", 0, 1) : format is MrzFormat.TD3 ? "P" : "I" + Text("D", 0, 1),
            IssuingState = codes[random.Next(codes.Length)],
            DocumentNumber = number,
            Nationality = codes[random.Next(codes.Length)],
            BirthDate = Date(),
            Sex = new[] { "M", "F", "X" }[random.Next(3)],
            ExpiryDate = Date(),
            Surname = Text("ABCDEFGHIJKLMNOPQRSTUVWXYZ", 1, 12),
            GivenNames = Text("ABCDEFGHIJKLMNOPQRSTUVWXYZ", 0, 8),
            PersonalNumber = format is MrzFormat.TD3 ? Text(alphanumeric, 0, 14) : "",
            // Optional data ending in a filler cannot be told from padding; starting with one, from the end of a long number.
            OptionalData1 = optionalRoom > 0 ? Text(alphanumeric, 0, optionalRoom) : "",
            OptionalData2 = format is MrzFormat.TD1 ? Text(alphanumeric, 0, 11) : "",
        };
    }
}
