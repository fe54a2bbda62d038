using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Pathway.People.Localization;
using Pathway.People.Registry;

namespace Pathway.People.Tests;

public sealed class PersonRequestParserTests
{
    private static readonly DateOnly Today = new(2026, 11, 23);
    private static readonly IStringLocalizer<PeopleText> Text = new StringLocalizer<PeopleText>(
        new ResourceManagerStringLocalizerFactory(Options.Create(new LocalizationOptions()), NullLoggerFactory.Instance));

    private static RegisterPersonRequest Valid() => new(
        "Shevchenko", "Oleksandr", "m", "1991-08-24", "ukr", "Шевченко", "Олександр", "Cyrl", "Kyiv",
        [new DocumentRequest("passport", "fa 123-456", "UKR", "2020-01-01", "2030-01-01")]);

    [Fact]
    public void Parse_ValidRequest_NormalisesValues()
    {
        var (details, documents, errors) = PersonRequestParser.Parse(Valid(), Text, Today);
        errors.Any.ShouldBeFalse();
        details!.Sex.ShouldBe(Sex.Male);
        details.Citizenship.ShouldBe("UKR");
        details.BirthDate.ShouldBe(new DateOnly(1991, 8, 24));
        documents.Single().Number.ShouldBe("FA123456");
        documents.Single().Kind.ShouldBe(DocumentKind.Passport);
    }

    [Fact]
    public void Parse_FutureBirthDate_IsAnError()
    {
        var (details, _, errors) = PersonRequestParser.Parse(Valid() with { BirthDate = "2027-01-01" }, Text, Today);
        details.ShouldBeNull();
        errors.ToDictionary().Keys.ShouldBe(["birthDate"]);
    }

    [Theory]
    [InlineData("24.08.1991")]
    [InlineData("1991-02-30")]
    [InlineData("yesterday")]
    public void Parse_DateNotIso_IsAnError(string date) =>
        PersonRequestParser.Parse(Valid() with { BirthDate = date }, Text, Today).Errors.ToDictionary().Keys.ShouldBe(["birthDate"]);

    [Fact]
    public void Parse_ExpiryBeforeIssue_IsAnErrorOnTheExpiry()
    {
        var request = Valid() with { Documents = [new DocumentRequest("Visa", "AB1234567", "POL", "2025-01-01", "2024-01-01")] };
        PersonRequestParser.Parse(request, Text, Today).Errors.ToDictionary().Keys.ShouldBe(["documents[0].expiresOn"]);
    }

    [Fact]
    public void Parse_NameLongerThanLimit_IsRejectedNotTruncated()
    {
        var request = Valid() with { Surname = new string('A', PersonRequestParser.MaxNameLength + 1) };
        var (details, _, errors) = PersonRequestParser.Parse(request, Text, Today);
        details.ShouldBeNull();
        errors.ToDictionary()["surname"].Single().ShouldContain("200");
    }

    [Theory]
    [InlineData("D")]
    [InlineData("XXA")]
    public void Parse_IcaoCodes_AreAccepted(string code) =>
        PersonRequestParser.Parse(Valid() with { Citizenship = code }, Text, Today).Errors.Any.ShouldBeFalse();

    [Fact]
    public void Parse_DocumentKindAsNumber_IsRejected() =>
        PersonRequestParser.Parse(Valid() with { Documents = [new DocumentRequest("7", "AB1234567", "POL", null, null)] }, Text, Today)
            .Errors.ToDictionary().Keys.ShouldBe(["documents[0].kind"]);

    [Theory]
    [InlineData("<svg/onload=alert(3)>", "</=()>")]
    [InlineData("AB 123.456", ".")]
    [InlineData("ФА123456", "ФА")]
    [InlineData("AB12345\u00e9", "\u00e9")]
    public void ParseDocument_CharactersOutsideTheMrzAlphabet_AreRefusedAndNamed(string number, string disallowed)
    {
        var (document, errors) = PersonRequestParser.ParseDocument(new DocumentRequest("Passport", number, "UKR", null, null), "", Text);
        document.ShouldBeNull();
        errors.ToDictionary()["number"].ShouldHaveSingleItem().ShouldEndWith(disallowed);
    }

    [Fact]
    public void ParseDocument_SharedNumberReasonLongerThanLimit_IsAnError()
    {
        var (document, errors) = PersonRequestParser.ParseDocument(new DocumentRequest("Passport", "AB123456", "UKR", null, null, new string('x', 501)), "", Text);
        document.ShouldBeNull();
        errors.ToDictionary().Keys.ShouldBe(["sharedNumberReason"]);
    }
}
