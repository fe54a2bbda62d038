using System.Text.Json;
using Microsoft.Extensions.Localization;
using Pathway.Cases.Applications;
using Pathway.Platform.Localization;

namespace Pathway.Cases.Tests.Applications;

public class EmployerAnnexTests
{
    private static EmployerAnnexForm Valid() => new(
        "Budex Sp. z o.o.", "123-456-32-18", "123456785", "ul. Prosta 1, 00-001 Warszawa", "Spawacz", "Warszawa", "employment",
        "2026-06-01", "1/1", "5200,5", "Jan Kowalski", "Prezes zarządu", true);

    [Theory]
    [InlineData("123456785", "123456785")]
    [InlineData("123-456-785", "123456785")]
    [InlineData("12345678512347", "12345678512347")]
    public void Regon_AValidNumber_GivesItsDigits(string text, string digits) => Regon.Normalise(text).ShouldBe(digits);

    [Theory]
    [InlineData("123456789")]
    [InlineData("12345678512340")]
    // The 14-digit number's first nine must be a valid REGON themselves.
    [InlineData("12345678012345")]
    [InlineData("12345678")]
    [InlineData("12345678A")]
    [InlineData(null)]
    public void Regon_AWrongNumber_IsNull(string? text) => Regon.Normalise(text).ShouldBeNull();

    [Fact]
    public void Token_Is256BitsOfBase64Url_AndOnlyItsHashIsKept()
    {
        var token = EmployerAnnexRequest.NewToken();
        var other = EmployerAnnexRequest.NewToken();

        token.Length.ShouldBe(43);
        token.ShouldMatch("^[A-Za-z0-9_-]{43}$");
        token.ShouldNotBe(other);
        EmployerAnnexRequest.Hash(token).ShouldMatch("^[0-9a-f]{64}$");
        EmployerAnnexRequest.Hash(token).ShouldBe(EmployerAnnexRequest.Hash(token));
        EmployerAnnexRequest.Hash(token).ShouldNotBe(EmployerAnnexRequest.Hash(other));
    }

    [Fact]
    public void Request_ExpiresAfterFourteenDays()
    {
        var sent = new DateTime(2026, 5, 4, 10, 0, 0, DateTimeKind.Utc);
        var request = new EmployerAnnexRequest { CreatedAt = sent, ExpiresAt = sent + EmployerAnnexRequest.Lifetime };

        request.IsExpired(sent.AddDays(14).AddSeconds(-1)).ShouldBeFalse();
        request.IsExpired(sent.AddDays(14)).ShouldBeTrue();
    }

    [Fact]
    public void Validate_AFullAnnex_GivesCanonicalJsonWithNormalisedNumbers()
    {
        var errors = new FieldErrors(new EnglishText());

        var content = Valid().Validate(errors);

        errors.Any.ShouldBeFalse();
        var json = JsonDocument.Parse(content!).RootElement;
        json.GetProperty("Nip").GetString().ShouldBe("1234563218");
        json.GetProperty("MonthlyGrossPln").GetString().ShouldBe("5200.50");
        (Valid() with { Nip = "1234563218", MonthlyGrossPln = "5200.50" }).Validate(new FieldErrors(new EnglishText())).ShouldBe(content);
    }

    [Fact]
    public void Validate_WrongNumbersPayAndContract_AndNoDeclaration_GiveTheirFieldErrors()
    {
        var errors = new FieldErrors(new EnglishText());

        var content = (Valid() with { Nip = "1234563219", Regon = "123456789", MonthlyGrossPln = "0", ContractType = "b2b", StartDate = "1.6.2026", Position = " ", Declaration = false })
            .Validate(errors);

        content.ShouldBeNull();
        errors.ToDictionary().Keys.ShouldBe(["nip", "regon", "position", "contractType", "startDate", "monthlyGrossPln", "declaration"], ignoreOrder: true);
    }

    private sealed class EnglishText : IStringLocalizer
    {
        public LocalizedString this[string name] => new(name, name);

        public LocalizedString this[string name, params object[] arguments] => new(name, string.Format(System.Globalization.CultureInfo.InvariantCulture, name, arguments));

        public IEnumerable<LocalizedString> GetAllStrings(bool includeParentCultures) => [];
    }
}
