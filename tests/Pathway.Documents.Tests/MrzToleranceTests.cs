namespace Pathway.Documents.Tests;

/// <summary>What scanners and keyboard-wedge readers add is undone; what would change a character is reported.</summary>
public sealed class MrzToleranceTests
{
    [Theory]
    [InlineData("p<utoeriksson<<anna<maria<<<<<<<<<<<<<<<<<<<\nl898902c36uto7408122f1204159ze184226b<<<<<10")]
    [InlineData("P<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<\r\nL898902C36UTO7408122F1204159ZE184226B<<<<<10\r\n")]
    [InlineData("  \n\nP<UTO ERIKSSON<<ANNA<MARIA <<<<<<<<<<<<<<<<<<<  \n \t \nL898902C3 6 UTO 740812 2 F 120415 9 ZE184226B<<<<<10\n\n")]
    [InlineData("P<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<L898902C36UTO7408122F1204159ZE184226B<<<<<10")]
    [InlineData("P<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<\nL898902C36UTO7408122F12\n04159ZE184226B<<<<<10")]
    [InlineData("P<UTOERIKSSON<<ANNA<\nMARIA<<<<<<<<<<<<<<<<<<<\nL898902C36UTO7408122F1204159ZE184226B<<<<<10")]
    public void Parse_ScannerNoise_ReadsTheSpecimen(string text)
    {
        var result = Mrz.Parse(text);

        result.Valid.ShouldBeTrue(string.Join("; ", result.Errors));
        result.Fields.ShouldBe(Mrz.Parse(Specimens.Td3).Fields);
    }

    [Fact]
    public void Parse_FragmentStraddlingTwoLines_IsNotRejoined()
    {
        // 43 + 45 characters add up to 88, but no stray break makes a line longer than the zone.
        var lines = Specimens.Td3.Split('\n');
        var text = lines[0][..43] + "\n" + lines[0][43] + lines[1];

        var result = Mrz.Parse(text);

        result.Format.ShouldBeNull();
        result.Errors.ShouldHaveSingleItem().Message.ShouldBe("expected 3 lines of 30, 2 lines of 36 or 2 lines of 44 characters but found 2 line(s) of 43, 45 characters");
    }

    [Fact]
    public void Parse_TrailingGarbageLine_ReadsTheZoneButIsInvalid()
    {
        var result = Mrz.Parse(Specimens.Td3 + "\nOK 12");

        result.Format.ShouldBe(MrzFormat.TD3);
        result.Fields.DocumentNumber.ShouldBe("L898902C3");
        result.CheckDigitsValid.ShouldBeTrue();
        result.Valid.ShouldBeFalse();
        result.Errors.ShouldBe([new MrzError("format", "line 3 ('OK12') is not part of the TD3 MRZ") { Kind = MrzErrorKind.OutsideZone, Line = 3, Found = "OK12" }]);
    }

    [Fact]
    public void Parse_TrailingGarbageOnALine_HasNoFormat()
    {
        var result = Mrz.Parse(Specimens.Td3 + "#");

        result.Format.ShouldBeNull();
        result.Errors.ShouldContain(new MrzError("format", "character '#' at line 2 position 45 is not an MRZ character (A-Z, 0-9, '<')") { Kind = MrzErrorKind.ForeignCharacter, Line = 2, Position = 45, Found = "#" });
    }

    [Fact]
    public void Parse_OcrGuillemetForFillers_IsReportedNotGuessed()
    {
        var result = Mrz.Parse(Specimens.Td3.Replace("<<<<<10", "««<10", StringComparison.Ordinal));

        result.Format.ShouldBeNull();
        result.Errors.ShouldContain(e => e.Message.Contains("character '«' at line 2", StringComparison.Ordinal));
    }

    [Fact]
    public void Parse_OcrLetterOInCheckDigit_IsAnErrorNotACorrection()
    {
        var result = Mrz.Parse(Specimens.With(Specimens.Td3, 2, 20, 'O'));

        result.CheckDigitsValid.ShouldBeFalse();
        result.Errors.ShouldContain(new MrzError("birthDate", "check digit O at line 2 position 20 does not match 2 computed for '740812'")
        {
            Kind = MrzErrorKind.CheckDigitMismatch,
            Line = 2,
            Position = 20,
            Found = "O",
            Expected = "2",
            Subject = "740812",
        });
    }

    [Fact]
    public void Parse_ForeignCharacterInsideZone_IsReportedWithItsPosition()
    {
        var result = Mrz.Parse(Specimens.With(Specimens.Td3, 1, 7, 'É'));

        result.Format.ShouldBe(MrzFormat.TD3);
        result.Valid.ShouldBeFalse();
        result.Errors.ShouldContain(new MrzError("format", "character 'É' at line 1 position 7 is not an MRZ character (A-Z, 0-9, '<')") { Kind = MrzErrorKind.ForeignCharacter, Line = 1, Position = 7, Found = "É" });
    }

    [Fact]
    public void Parse_HugeText_IsRefusedCheaply()
    {
        Mrz.Parse(new string('<', 1_000_000)).Errors.ShouldHaveSingleItem().Field.ShouldBe("format");
    }
}
