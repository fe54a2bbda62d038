using Pathway.Platform.Tenancy;

namespace Pathway.Platform.Tests;

public sealed class BrandColoursTests
{
    [Theory]
    [InlineData("#000000", 21.0)]
    [InlineData("#ffffff", 1.0)]
    [InlineData("#777777", 4.48)] // the grey just short of AA, as WebAIM's checker gives it
    [InlineData("#767676", 4.54)] // the lightest grey that passes
    [InlineData("#1d4f91", 8.14)] // the default: AA and AAA
    public void ContrastWithWhite_IsWcagsRatio(string colour, double expected) =>
        BrandColours.ContrastWithWhite(colour).ShouldBe(expected, 0.01);

    [Theory]
    [InlineData("#1D4F91", true)]
    [InlineData("#1d4f9", false)]
    [InlineData("1d4f91", false)]
    [InlineData("#1d4f91;}", false)]
    [InlineData("red", false)]
    [InlineData(null, false)]
    public void OnlySixHexDigits_AreAColour(string? value, bool expected) => BrandColours.IsHexColour(value).ShouldBe(expected);

    [Fact]
    public void TheStyleSheet_DerivesItsShades_AndFallsBackToTheDefault_ForAnythingElse()
    {
        BrandColours.StyleSheet("#8A1C1C").ShouldBe(":root { --brand: #8a1c1c; --brand-dark: #611414; --tint: #f6eded; }\n");
        BrandColours.StyleSheet("red;} body { display: none").ShouldContain($"--brand: {Tenant.DefaultBrandColour};");
        BrandColours.StyleSheet(null).ShouldContain($"--brand: {Tenant.DefaultBrandColour};");
    }

    [Fact]
    public void Features_AreOnUnlessSwitchedOff()
    {
        var tenant = new Tenant { Slug = "t", Name = "T", SwitchedOffFeatures = "portal.events, portal.wallet" };
        tenant.IsOn("portal.events").ShouldBeFalse();
        tenant.IsOn("portal.wallet").ShouldBeFalse();
        tenant.IsOn("portal.assistant").ShouldBeTrue();
        new Tenant { Slug = "t", Name = "T" }.IsOn("portal.events").ShouldBeTrue();
    }
}
