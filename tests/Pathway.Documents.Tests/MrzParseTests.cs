using System.Globalization;
namespace Pathway.Documents.Tests;

public sealed class MrzParseTests
{
    [Fact]
    public void Parse_Td3Specimen_ReadsEveryField()
    {
        var result = Mrz.Parse(Specimens.Td3);

        result.Format.ShouldBe(MrzFormat.TD3);
        result.Valid.ShouldBeTrue();
        result.CheckDigitsValid.ShouldBeTrue();
        result.Errors.ShouldBeEmpty();
        result.AppliedRules.ShouldBeEmpty();
        result.Fields.ShouldBe(new MrzFields
        {
            DocumentCode = "P",
            IssuingState = "UTO",
            DocumentNumber = "L898902C3",
            Nationality = "UTO",
            BirthDate = "740812",
            Sex = "F",
            ExpiryDate = "120415",
            Surname = "ERIKSSON",
            GivenNames = "ANNA MARIA",
            PersonalNumber = "ZE184226B",
        });
    }

    [Fact]
    public void Parse_Td1Specimen_ReadsEveryField()
    {
        var result = Mrz.Parse(Specimens.Td1);

        result.Format.ShouldBe(MrzFormat.TD1);
        result.Valid.ShouldBeTrue();
        result.Errors.ShouldBeEmpty();
        result.Fields.ShouldBe(new MrzFields
        {
            DocumentCode = "I",
            IssuingState = "UTO",
            DocumentNumber = "D23145890",
            Nationality = "UTO",
            BirthDate = "740812",
            Sex = "F",
            ExpiryDate = "120415",
            Surname = "ERIKSSON",
            GivenNames = "ANNA MARIA",
        });
    }

    [Fact]
    public void Parse_Td2Specimen_ReadsEveryField()
    {
        var result = Mrz.Parse(Specimens.Td2);

        result.Format.ShouldBe(MrzFormat.TD2);
        result.Valid.ShouldBeTrue();
        result.Errors.ShouldBeEmpty();
        result.Fields.ShouldBe(new MrzFields
        {
            DocumentCode = "I",
            IssuingState = "UTO",
            DocumentNumber = "D23145890",
            Nationality = "UTO",
            BirthDate = "740812",
            Sex = "F",
            ExpiryDate = "120415",
            Surname = "ERIKSSON",
            GivenNames = "ANNA MARIA",
        });
    }

    [Theory]
    [InlineData(Specimens.MrvA, MrzFormat.MrvA, "6ZE184226B")]
    [InlineData(Specimens.MrvB, MrzFormat.MrvB, "")]
    public void Parse_VisaSpecimen_ReadsEveryField(string mrz, MrzFormat format, string optionalData)
    {
        var result = Mrz.Parse(mrz);

        result.Format.ShouldBe(format);
        result.Valid.ShouldBeTrue();
        result.Errors.ShouldBeEmpty();
        result.Fields.ShouldBe(new MrzFields
        {
            DocumentCode = "VI",
            IssuingState = "UTO",
            DocumentNumber = "L8988901C",
            Nationality = "XXX",
            BirthDate = "400907",
            Sex = "F",
            ExpiryDate = "961210",
            Surname = "ERIKSSON",
            GivenNames = "ANNA MARIA",
            OptionalData1 = optionalData,
        });
    }

    [Theory]
    [MemberData(nameof(Specimens.CheckDigits), MemberType = typeof(Specimens))]
    public void Parse_WrongCheckDigit_NamesTheField(string specimen, string field, int line, int position)
    {
        var written = specimen.Split('\n')[line - 1][position - 1];
        var wrong = written == '<' ? '1' : (char)('0' + ((written - '0' + 1) % 10));

        var result = Mrz.Parse(Specimens.With(specimen, line, position, wrong));

        result.Valid.ShouldBeFalse();
        result.CheckDigitsValid.ShouldBeFalse();
        var error = result.Errors.Where(e => e.Field == field).ShouldHaveSingleItem();
        error.Message.ShouldContain(string.Create(CultureInfo.InvariantCulture, $"check digit {wrong} at line {line} position {position} does not match {written} computed for"));
    }

    [Fact]
    public void Parse_WrongDocumentNumberDigit_SaysWhatWasComputedForWhat()
    {
        var result = Mrz.Parse(Specimens.With(Specimens.Td3, 2, 10, '3'));

        result.Errors.ShouldContain(new MrzError("documentNumber", "check digit 3 at line 2 position 10 does not match 6 computed for 'L898902C3'")
        {
            Kind = MrzErrorKind.CheckDigitMismatch,
            Line = 2,
            Position = 10,
            Found = "3",
            Expected = "6",
            Subject = "L898902C3",
        });
    }

    [Fact]
    public void Parse_Td3PersonalNumberAllFillersWithFillerDigit_IsValid()
    {
        var mrz = "P<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<\n" +
                  "L898902C36UTO7408122F1204159<<<<<<<<<<<<<<<" + Composite("L898902C36", "7408122", "1204159<<<<<<<<<<<<<<<");

        var result = Mrz.Parse(mrz);

        result.Valid.ShouldBeTrue();
        result.Fields.PersonalNumber.ShouldBe("");
    }

    [Fact]
    public void Parse_UnknownStateCodes_InvalidButCheckDigitsHold()
    {
        // Neither code is covered by a check digit in TD3.
        var mrz = Specimens.Td3.Replace("P<UTO", "P<ZZZ", StringComparison.Ordinal).Replace("C36UTO", "C36QQQ", StringComparison.Ordinal);

        var result = Mrz.Parse(mrz);

        result.Valid.ShouldBeFalse();
        result.CheckDigitsValid.ShouldBeTrue();
        result.Errors.Select(e => e.Field).ShouldBe(["issuingState", "nationality"], ignoreOrder: true);
        result.Errors.ShouldContain(new MrzError("issuingState", "issuing state 'ZZZ' at line 1 position 3 is not a known ICAO 9303 code") { Kind = MrzErrorKind.UnknownCode, Line = 1, Position = 3, Found = "ZZZ" });
        result.Fields.IssuingState.ShouldBe("ZZZ");
    }

    [Fact]
    public void Parse_GermanCodeWithFillers_IsKnown()
    {
        var mrz = Specimens.Td3.Replace("P<UTO", "P<D<<", StringComparison.Ordinal);

        var result = Mrz.Parse(mrz);

        result.Valid.ShouldBeTrue();
        result.Fields.IssuingState.ShouldBe("D");
    }

    [Fact]
    public void Parse_ImpossibleBirthDateWithRightDigit_IsInvalid()
    {
        var line2 = "L898902C36UTO741340" + Digit("741340") + "F1204159ZE184226B<<<<<1";
        var mrz = "P<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<\n" + line2 + Composite(line2[..10], line2[13..20], line2[21..43]);

        var result = Mrz.Parse(mrz);

        result.CheckDigitsValid.ShouldBeTrue();
        result.Valid.ShouldBeFalse();
        result.Errors.ShouldHaveSingleItem().Field.ShouldBe("birthDate");
    }

    [Fact]
    public void Parse_UnknownSex_IsInvalid()
    {
        var result = Mrz.Parse(Specimens.With(Specimens.Td3, 2, 21, 'Q'));

        result.Errors.ShouldContain(e => e.Field == "sex");
        result.Valid.ShouldBeFalse();
    }

    [Fact]
    public void Parse_FillerForSex_ReadsAsX()
    {
        // Sex is outside every check digit in TD3.
        Mrz.Parse(Specimens.With(Specimens.Td3, 2, 21, '<')).Fields.Sex.ShouldBe("X");
    }

    [Theory]
    [InlineData("Smith, John")]
    [InlineData("")]
    [InlineData("   \n  \n")]
    [InlineData(null)]
    public void Parse_NotAnMrz_HasNoFormat(string? text)
    {
        var result = Mrz.Parse(text);

        result.Format.ShouldBeNull();
        result.Valid.ShouldBeFalse();
        result.CheckDigitsValid.ShouldBeFalse();
        result.Fields.ShouldBe(MrzFields.Empty);
        result.Errors.ShouldContain(e => e.Field == "format");
    }

    private static string Digit(string subject) => CheckDigit.Compute(subject).ToString()!;

    private static string Composite(params string[] parts) => Digit(string.Concat(parts));
}
