using Pathway.Platform.Tenancy;
using Pathway.Support.Retention;

namespace Pathway.Support.Tests;

/// <summary>How long each kind of record is kept, within which bounds an organisation chooses, and from when a record is due.</summary>
public sealed class RetentionRulesTests
{
    [Fact]
    public void Defaults_CoverEveryKindOfRecord_WithinTheirOwnBounds()
    {
        foreach (var type in RetentionRules.All)
        {
            var period = RetentionRules.Defaults[type];
            RetentionRules.Check(type, period.Amount, period.Unit).ShouldBeNull(type.ToString());
        }

        RetentionRules.Defaults[RetentionRecordType.ClosedCases].ShouldBe(new RetentionPeriod(5, RetentionUnit.Years));
        RetentionRules.Defaults[RetentionRecordType.HelplineCalls].ShouldBe(new RetentionPeriod(24, RetentionUnit.Months));
    }

    [Fact]
    public void ClosedCases_AreAnonymised_EverythingElseDeleted()
    {
        RetentionRules.ActionOf(RetentionRecordType.ClosedCases).ShouldBe(RetentionAction.Anonymise);
        RetentionRules.All.Where(t => t != RetentionRecordType.ClosedCases).ShouldAllBe(t => RetentionRules.ActionOf(t) == RetentionAction.Delete);
    }

    [Theory]
    [InlineData(0, RetentionUnit.Years, RetentionProblem.AmountNotPositive)]
    [InlineData(-3, RetentionUnit.Months, RetentionProblem.AmountNotPositive)]
    [InlineData(11, RetentionUnit.Months, RetentionProblem.AmountOutOfRange)]
    [InlineData(21, RetentionUnit.Years, RetentionProblem.AmountOutOfRange)]
    [InlineData(12, RetentionUnit.Months, null)]
    [InlineData(20, RetentionUnit.Years, null)]
    public void APeriodForClosedCases_IsPositive_AndFromOneToTwentyYears(int amount, RetentionUnit unit, RetentionProblem? expected) =>
        RetentionRules.Check(RetentionRecordType.ClosedCases, amount, unit).ShouldBe(expected);

    [Fact]
    public void APeriod_NeedsANumberAndAKnownUnit()
    {
        RetentionRules.Check(RetentionRecordType.HelplineCalls, null, RetentionUnit.Months).ShouldBe(RetentionProblem.AmountNotPositive);
        RetentionRules.Check(RetentionRecordType.HelplineCalls, 6, null).ShouldBe(RetentionProblem.UnitMissing);
        RetentionRules.Check(RetentionRecordType.HelplineCalls, 6, (RetentionUnit)7).ShouldBe(RetentionProblem.UnitMissing);
        RetentionRules.Check(RetentionRecordType.HelplineCalls, 3, RetentionUnit.Months).ShouldBeNull();
        RetentionRules.Check(RetentionRecordType.HelplineCalls, 2, RetentionUnit.Months).ShouldBe(RetentionProblem.AmountOutOfRange);
    }

    [Fact]
    public void TheHelpline_IsTheOfficesOnly()
    {
        RetentionRules.AppliesTo(RetentionRecordType.HelplineCalls, OrganisationKind.OfficeUnit).ShouldBeTrue();
        RetentionRules.AppliesTo(RetentionRecordType.HelplineCalls, OrganisationKind.PartnerNgo).ShouldBeFalse();
        RetentionRules.AppliesTo(RetentionRecordType.GbvIncidents, OrganisationKind.PartnerNgo).ShouldBeTrue();
    }

    [Fact]
    public void TheHelplinesPeriod_IsTheShortestAnOfficeUnitChose_ElseTheDefault()
    {
        RetentionRules.HelplinePeriod([]).ShouldBe(RetentionRules.Defaults[RetentionRecordType.HelplineCalls]);
        RetentionRules.HelplinePeriod([new RetentionPeriod(3, RetentionUnit.Years), new RetentionPeriod(18, RetentionUnit.Months)])
            .ShouldBe(new RetentionPeriod(18, RetentionUnit.Months));
    }

    [Fact]
    public void ARecord_IsDueWhenItsPeriodHasRun_CountedFromItsDate()
    {
        var closed = new DateTime(2021, 3, 15, 10, 0, 0, DateTimeKind.Utc);
        var fiveYears = new RetentionPeriod(5, RetentionUnit.Years);
        RetentionRules.DueAt(closed, fiveYears).ShouldBe(new DateTime(2026, 3, 15, 10, 0, 0, DateTimeKind.Utc));
        (closed <= RetentionRules.Cutoff(new DateTime(2026, 3, 15, 9, 59, 0, DateTimeKind.Utc), fiveYears)).ShouldBeFalse("a minute early");
        (closed <= RetentionRules.Cutoff(new DateTime(2026, 3, 15, 10, 0, 0, DateTimeKind.Utc), fiveYears)).ShouldBeTrue();
        // The end of February: a period of months never skips into March.
        RetentionRules.DueAt(new DateTime(2024, 2, 29, 0, 0, 0, DateTimeKind.Utc), new RetentionPeriod(12, RetentionUnit.Months)).ShouldBe(new DateTime(2025, 2, 28, 0, 0, 0, DateTimeKind.Utc));
    }

    [Fact]
    public void AReportedMonth_IsCountedFromItsEnd()
    {
        var tenYears = new RetentionPeriod(10, RetentionUnit.Years);
        // March 2016's incidents are kept through March 2026 and due on the first of April.
        RetentionRules.LastDueMonth(new DateOnly(2026, 3, 31), tenYears).ShouldBe(new DateOnly(2016, 2, 1));
        RetentionRules.LastDueMonth(new DateOnly(2026, 4, 1), tenYears).ShouldBe(new DateOnly(2016, 3, 1));
    }

    [Fact]
    public void AHold_StandsUntilLifted_OrThroughItsLastDay()
    {
        var hold = new LegalHold { CaseNumber = "B-2026-00001", Reason = "Court case", PlacedBy = "s", Until = new DateOnly(2026, 5, 31) };
        hold.StandsOn(new DateOnly(2026, 5, 31)).ShouldBeTrue();
        hold.StandsOn(new DateOnly(2026, 6, 1)).ShouldBeFalse();
        var open = new LegalHold { CaseNumber = "B-2026-00002", Reason = "Complaint", PlacedBy = "s" };
        open.StandsOn(new DateOnly(2040, 1, 1)).ShouldBeTrue();
        open.Lift("Settled", "s", DateTime.UtcNow).ShouldBeTrue();
        open.Lift("again", "s", DateTime.UtcNow).ShouldBeFalse();
        open.StandsOn(new DateOnly(2026, 1, 1)).ShouldBeFalse();
    }

    [Fact]
    public void AnonymisingACase_KeepsTheBirthYearAndCitizenship_AndDropsTheRest()
    {
        var beneficiary = new Beneficiaries.Beneficiary
        {
            Number = "B-2020-00001", GivenNames = "Oksana", Surname = "Melnyk", BirthDate = new DateOnly(1988, 3, 14), Citizenship = "UKR", Language = "uk",
            MatchKey = "melnyk oksana 1988-03-14", PersonId = Guid.NewGuid(), CreatedBy = "w",
        };
        beneficiary.Team.Add(new Beneficiaries.CaseTeamMember { Name = "w" });
        beneficiary.Anonymise(new DateTime(2026, 1, 1, 0, 0, 0, DateTimeKind.Utc));
        beneficiary.Name.ShouldNotContain("Oksana");
        beneficiary.BirthDate.ShouldBe(new DateOnly(1988, 1, 1));
        beneficiary.Citizenship.ShouldBe("UKR");
        beneficiary.MatchKey.ShouldBeEmpty();
        beneficiary.PersonId.ShouldBeNull();
        beneficiary.Team.ShouldBeEmpty();
        beneficiary.IsAnonymised.ShouldBeTrue();
    }
}
