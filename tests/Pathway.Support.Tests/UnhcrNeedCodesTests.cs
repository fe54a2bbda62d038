using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Primitives;
using Pathway.Support.Needs;

namespace Pathway.Support.Tests;

public sealed class UnhcrNeedCodesTests
{
    [Theory]
    [InlineData(NeedCategory.UnaccompaniedOrSeparatedChild, null, "SC")]
    [InlineData(NeedCategory.UnaccompaniedOrSeparatedChild, "sc-uc", "SC-UC")]
    [InlineData(NeedCategory.GenderBasedOrDomesticViolence, "SV-FM", "SV-FM")]
    [InlineData(NeedCategory.Disability, null, "DS")]
    [InlineData(NeedCategory.SeriousIllness, " SM-CI ", "SM-CI")]
    [InlineData(NeedCategory.MentalHealth, null, "SM-MI")]
    [InlineData(NeedCategory.OlderPerson, "ER", "ER")]
    [InlineData(NeedCategory.SingleParent, "SP-GP", "SP-GP")]
    [InlineData(NeedCategory.TortureSurvivor, null, "TR")]
    [InlineData(NeedCategory.PregnancyOrBreastfeeding, "WR-LC", "WR-LC")]
    public void TryRecord_TakesTheCategorysOwnSubCode_OrItsCode(NeedCategory category, string? chosen, string recorded)
    {
        UnhcrNeedCodes.TryRecord(category, chosen, out var code).ShouldBeTrue();
        code.ShouldBe(recorded);
    }

    [Theory]
    [InlineData(NeedCategory.Trafficking)]
    [InlineData(NeedCategory.Lgbtiq)]
    [InlineData(NeedCategory.PregnancyOrBreastfeeding)]
    public void TryRecord_ANeedTheListHasNoCodeFor_IsRecordedWithoutOne(NeedCategory category)
    {
        UnhcrNeedCodes.TryRecord(category, null, out var code).ShouldBeTrue();
        code.ShouldBeNull();
    }

    [Theory]
    [InlineData(NeedCategory.Disability, "SC-UC")]
    [InlineData(NeedCategory.SeriousIllness, "SM-MI")]
    [InlineData(NeedCategory.Trafficking, "LP-RP")]
    [InlineData(NeedCategory.MentalHealth, "SM-XX")]
    public void TryRecord_ACodeOfAnotherCategory_IsRefused(NeedCategory category, string chosen) =>
        UnhcrNeedCodes.TryRecord(category, chosen, out _).ShouldBeFalse();

    [Fact]
    public void SubCodes_EachBelongsToOneCategoryOnly_AndIsWrittenAsTheListWritesIt()
    {
        var all = Enum.GetValues<NeedCategory>().SelectMany(UnhcrNeedCodes.SubCodes).ToList();
        all.ShouldBeUnique();
        all.ShouldAllBe(c => System.Text.RegularExpressions.Regex.IsMatch(c, "^(CR|SC|WR|ER|SP|DS|SM|FU|LP|TR|SV)-[A-Z]{2}$"));
    }

    [Fact]
    public void NeedsForm_ReadsTheTickedNeeds_TheirSubCodes_AndTheFormOfExploitation()
    {
        var form = new FormCollection(new Dictionary<string, StringValues>
        {
            ["Assessment.AssessedOn"] = "2026-03-01",
            ["Assessment.Needs"] = new StringValues(["UnaccompaniedOrSeparatedChild", "Trafficking", "Nonsense"]),
            ["Assessment.Code.UnaccompaniedOrSeparatedChild"] = "SC-SC",
            ["Assessment.Code.OlderPerson"] = "ER-NF",
            ["Assessment.Exploitation"] = "CriminalActivities",
            ["Assessment.Note"] = "  ",
            ["Assessment.NextReviewOn"] = "01.04.2026",
        });
        var input = NeedsForm.Read(form);
        input.AssessedOn.ShouldBe(new DateOnly(2026, 3, 1));
        input.Needs!.ShouldBe([new NeedInput(NeedCategory.UnaccompaniedOrSeparatedChild, "SC-SC"), new NeedInput(NeedCategory.Trafficking), new NeedInput(null)]);
        input.Exploitation.ShouldBe(Exploitation.CriminalActivities);
        (input.Note, input.NoSpecificNeeds, input.NextReviewOn, input.NextReviewUnreadable).ShouldBe((null, false, null, true));
    }
}
