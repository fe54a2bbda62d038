using Pathway.Platform.Localization;
using Pathway.Portal.Content;
using Pathway.Portal.Services;

namespace Pathway.Portal.Tests;

public sealed class ServiceTests
{
    [Theory]
    [InlineData("uk", true)]
    [InlineData("ka", true)] // Georgian: not a language of the portal, spoken at services all the same
    [InlineData("ps", true)]
    [InlineData("prs", true)] // Dari, as the portal names it
    [InlineData("fil", true)]
    [InlineData("xx", false)]
    [InlineData("UK", false)] // codes are lower-case (the checks lower them first)
    [InlineData("en-GB", false)] // a language, not a country's variety
    [InlineData("klingon", false)]
    public void LanguageCodes_AreThoseTheCultureDataKnows(string code, bool expected) =>
        ServiceRequests.IsLanguage(code).ShouldBe(expected);

    [Fact]
    public void Languages_AreLoweredAndKeptOnce_AndAWrongOneIsNamed()
    {
        var errors = new FieldErrors(new KeyText());
        ServiceRequests.Languages(["PL", " uk ", "pl", "ka"], errors).ShouldBe(["pl", "uk", "ka"]);
        errors.Any.ShouldBeFalse();

        ServiceRequests.Languages(["pl", "xx1"], errors);
        errors.ToDictionary()["languages"].ShouldHaveSingleItem().ShouldContain("xx1");
    }

    [Fact]
    public void ServedByAWoman_KeepsServicesWhereWomenServe()
    {
        ServiceDetails Staffed(StaffGender staff) => new() { StaffGender = staff };

        new ServiceFilter(Staff: StaffGender.Women).Keeps(Staffed(StaffGender.Women)).ShouldBeTrue();
        new ServiceFilter(Staff: StaffGender.Women).Keeps(Staffed(StaffGender.WomenAndMen)).ShouldBeTrue();
        new ServiceFilter(Staff: StaffGender.Women).Keeps(Staffed(StaffGender.Men)).ShouldBeFalse();
        new ServiceFilter(Staff: StaffGender.Women).Keeps(Staffed(StaffGender.NotStated)).ShouldBeFalse("unsaid is not a promise");
        new ServiceFilter().Keeps(Staffed(StaffGender.NotStated)).ShouldBeTrue();
    }

    [Fact]
    public void ASpacedList_KeepsWholeCodes_AndNothingForNone()
    {
        var list = Pathway.Portal.Content.SpacedList.Of(["pl", "prs"]);
        list.ShouldBe(" pl prs ");
        list.Contains(" ps ", StringComparison.Ordinal).ShouldBeFalse();
        Pathway.Portal.Content.SpacedList.Codes(list).ShouldBe(["pl", "prs"]);
        Pathway.Portal.Content.SpacedList.Holding("prs").ShouldBe("% prs %");
        Pathway.Portal.Content.SpacedList.Of([]).ShouldBe("");
        Pathway.Portal.Content.SpacedList.Codes("").ShouldBeEmpty();
    }

    [Fact]
    public void AFilter_MatchesWholeLanguageCodesAndGroups()
    {
        var details = new ServiceDetails { Languages = Pathway.Portal.Content.SpacedList.Of(["pl", "prs"]), TargetGroups = Pathway.Portal.Content.SpacedList.Of(["women"]), District = "Wola" };

        new ServiceFilter(Language: "prs").Keeps(details).ShouldBeTrue();
        new ServiceFilter(Language: "ps").Keeps(details).ShouldBeFalse("Pashto is not Dari, though its code is inside Dari's");
        new ServiceFilter(Group: "women", District: "Wola").Keeps(details).ShouldBeTrue();
        new ServiceFilter(District: "Wol").Keeps(details).ShouldBeFalse();
    }

    [Fact]
    public void TheMap_KeepsNorthUpAndTheCitysShape_InsideItsMargins()
    {
        PublishedService At(string slug, double latitude, double longitude) => new(
            new PublishedContent(Guid.NewGuid(), ContentKind.Service, slug, "pl", "pl", slug, null, default, "", false),
            new ServiceDetails { Latitude = latitude, Longitude = longitude });
        var west = At("west", 52.24, 20.93);
        var east = At("east", 52.24, 21.09);
        var north = At("north", 52.26, 21.01);
        var south = At("south", 52.19, 21.02);
        var unplaced = new PublishedService(west.Content with { Slug = "nowhere" }, new ServiceDetails());

        var markers = ServiceMap.Place([west, east, north, south, unplaced], s => s.Content.Slug.Length);

        markers.Count.ShouldBe(4, "a service without coordinates is on the list, not the map");
        var bySlug = markers.ToDictionary(m => m.Service.Content.Slug);
        bySlug["west"].X.ShouldBeLessThan(bySlug["east"].X);
        bySlug["north"].Y.ShouldBeLessThan(bySlug["south"].Y);
        markers.ShouldAllBe(m => m.X >= ServiceMap.Margin - 0.1 && m.X <= ServiceMap.Width - ServiceMap.Margin + 0.1 && m.Y >= ServiceMap.Margin - 0.1 && m.Y <= ServiceMap.Height - ServiceMap.Margin + 0.1);
        // 0.16° of longitude at 52° N is about 11 km, 0.07° of latitude about 7.8 km: the width is about 1.4 times the height.
        var width = bySlug["east"].X - bySlug["west"].X;
        var height = bySlug["south"].Y - bySlug["north"].Y;
        (width / height).ShouldBe(0.16 * Math.Cos(52.2375 * Math.PI / 180) / 0.07, 0.02);
    }

    [Fact]
    public void ASinglePlace_StandsInTheMiddle()
    {
        var one = new PublishedService(
            new PublishedContent(Guid.NewGuid(), ContentKind.Service, "one", "pl", "pl", "one", null, default, "", false),
            new ServiceDetails { Latitude = 52.2, Longitude = 21.0 });

        var marker = ServiceMap.Place([one], _ => 1).ShouldHaveSingleItem();

        (marker.X, marker.Y).ShouldBe((ServiceMap.Width / 2, ServiceMap.Height / 2));
    }
}
