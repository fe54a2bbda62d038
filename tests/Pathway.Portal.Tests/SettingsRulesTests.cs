using Pathway.Platform.Localization;
using Pathway.Portal.Settings;

namespace Pathway.Portal.Tests;

public sealed class SettingsRulesTests
{
    [Fact]
    public void AGoodChange_IsTrimmed_ItsColourLowerCased_AndItsFeaturesKeptInOrder()
    {
        var errors = new FieldErrors(new KeyText());
        var change = SettingsRules.Check("  Punkt informacyjny ", "#0B5D3B", [PortalFeatures.Wallet, " ", PortalFeatures.Events, null], PortalFeatures.All, errors);

        errors.Any.ShouldBeFalse();
        change.ShouldNotBeNull();
        change.DisplayName.ShouldBe("Punkt informacyjny");
        change.BrandColour.ShouldBe("#0b5d3b");
        change.SwitchedOff.ShouldBe([PortalFeatures.Events, PortalFeatures.Wallet]);
    }

    [Fact]
    public void AnEmptyName_MeansTheDefault() =>
        SettingsRules.Check("   ", "#1d4f91", null, PortalFeatures.All, new FieldErrors(new KeyText()))!.DisplayName.ShouldBeNull();

    [Theory]
    [InlineData("#767676", true)] // 4.54:1
    [InlineData("#777777", false)] // 4.48:1: just short, refused
    [InlineData("#ffff00", false)]
    [InlineData("#000000", true)]
    public void TheColour_MustCarryWhiteText(string colour, bool taken)
    {
        var errors = new FieldErrors(new KeyText());
        SettingsRules.Check(null, colour, null, PortalFeatures.All, errors);
        errors.Has("brandColour").ShouldBe(!taken);
    }

    [Fact]
    public void EveryProblem_IsNamedWithItsField()
    {
        var errors = new FieldErrors(new KeyText());
        var change = SettingsRules.Check("Line one\nline two", "blue", ["portal.weather"], PortalFeatures.All, errors);

        change.ShouldBeNull();
        errors.ToDictionary().Keys.ShouldBe(["displayName", "brandColour", "switchedOff"], ignoreOrder: true);
        var tooLong = new FieldErrors(new KeyText());
        SettingsRules.Check(new string('x', 61), "#000000", null, PortalFeatures.All, tooLong);
        tooLong.ToDictionary()["displayName"][0].ShouldContain("61");
    }
}
