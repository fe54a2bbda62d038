using Pathway.Cases.Applications;

namespace Pathway.Cases.Tests.Applications;

public class NipTests
{
    [Theory]
    [InlineData("5260250274", "5260250274")]
    [InlineData("526-025-02-74", "5260250274")]
    [InlineData("PL 526 025 02 74", "5260250274")]
    [InlineData("1234563218", "1234563218")]
    public void Normalise_AValidNip_GivesItsTenDigits(string text, string digits) => Nip.Normalise(text).ShouldBe(digits);

    [Theory]
    [InlineData("5260250275")]
    [InlineData("526025027")]
    [InlineData("52602502741")]
    [InlineData("526025027A")]
    [InlineData("")]
    [InlineData(null)]
    // The weighted sum leaves 10 here: no NIP is issued with that checksum.
    [InlineData("0000000030")]
    public void Normalise_AWrongNip_IsNull(string? text) => Nip.Normalise(text).ShouldBeNull();
}
