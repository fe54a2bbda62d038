namespace Pathway.Documents.Tests;

public sealed class MrzLongDocumentNumberTests
{
    private const string Number = "D23145890735";

    private static readonly MrzFields Card = new()
    {
        DocumentCode = "I",
        IssuingState = "UTO",
        DocumentNumber = Number,
        Nationality = "UTO",
        BirthDate = "740812",
        Sex = "F",
        ExpiryDate = "120415",
        Surname = "ERIKSSON",
        GivenNames = "ANNA MARIA",
        OptionalData2 = "OPT2",
    };

    [Fact]
    public void Generate_Td1LongNumber_ContinuesIntoOptionalData()
    {
        var generated = Mrz.Generate(Card with { OptionalData1 = "XY" }, MrzFormat.TD1);

        var digit = CheckDigit.Compute(Number);
        generated.Text.Split('\n')[0].ShouldBe($"I<UTOD23145890<735{digit}<XY<<<<<<<<");
    }

    [Theory]
    [InlineData(MrzFormat.TD1)]
    [InlineData(MrzFormat.TD2)]
    public void Parse_LongNumber_ReadsWholeNumberAndRemainingOptionalData(MrzFormat format)
    {
        var generated = Mrz.Generate(Card with { OptionalData1 = "XY", OptionalData2 = format is MrzFormat.TD1 ? "OPT2" : "" }, format);

        var result = Mrz.Parse(generated.Text);

        result.Valid.ShouldBeTrue();
        result.AppliedRules.ShouldBeEmpty();
        result.Fields.DocumentNumber.ShouldBe(Number);
        result.Fields.OptionalData1.ShouldBe("XY");
    }

    [Fact]
    public void Parse_NationalVariantDigit_IsAcceptedAndNamed()
    {
        var variantDigit = CheckDigit.Compute("D23145890<735")!.Value;
        CheckDigit.Compute(Number).ShouldNotBe(variantDigit, "the example must tell the rules apart");

        var result = Mrz.Parse(WithLongNumberDigit(variantDigit));

        result.Valid.ShouldBeTrue();
        result.CheckDigitsValid.ShouldBeTrue();
        result.Fields.DocumentNumber.ShouldBe(Number);
        result.AppliedRules.ShouldBe(["long document number check digit computed with the filler included (national TD1 variant)"]);
    }

    [Fact]
    public void Parse_DigitFittingNoRule_IsRejected()
    {
        var icao = CheckDigit.Compute(Number)!.Value;
        var variant = CheckDigit.Compute("D23145890<735")!.Value;
        var wrong = "0123456789".First(d => d != icao && d != variant);

        var result = Mrz.Parse(WithLongNumberDigit(wrong));

        result.Valid.ShouldBeFalse();
        result.CheckDigitsValid.ShouldBeFalse();
        result.AppliedRules.ShouldBeEmpty();
        var error = result.Errors.ShouldHaveSingleItem();
        error.Field.ShouldBe("documentNumber");
        error.Message.ShouldContain("no known national variant");
        error.Kind.ShouldBe(MrzErrorKind.LongDocumentNumberMismatch);
        (error.Line, error.Position, error.Found, error.Expected, error.Subject).ShouldBe((1, 19, wrong.ToString(), icao.ToString(), Number));
    }

    [Fact]
    public void Parse_Td2VariantDigit_IsRejectedBecauseTheVariantIsTd1Only()
    {
        var generated = Mrz.Generate(Card with { OptionalData2 = "" }, MrzFormat.TD2).Text;
        var variant = CheckDigit.Compute("D23145890<735")!.Value;
        var lines = generated.Split('\n');
        var line2 = lines[1][..32] + variant + lines[1][33..35];
        line2 += CheckDigit.Compute(line2[..10] + line2[13..20] + line2[21..35]);

        var result = Mrz.Parse(lines[0] + "\n" + line2);

        result.Errors.ShouldContain(e => e.Field == "documentNumber");
        result.AppliedRules.ShouldBeEmpty();
    }

    // The card as an issuer using another digit would write it, composite digit recomputed to match.
    private static string WithLongNumberDigit(char digit)
    {
        var lines = Mrz.Generate(Card, MrzFormat.TD1).Text.Split('\n');
        var line1 = lines[0][..18] + digit + lines[0][19..];
        var line2 = lines[1][..29];
        line2 += CheckDigit.Compute(line1[5..30] + line2[..7] + line2[8..15] + line2[18..29]);
        return string.Join('\n', line1, line2, lines[2]);
    }
}
