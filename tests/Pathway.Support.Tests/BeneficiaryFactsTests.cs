using System.Text.Json;
using Pathway.Platform.Support;
using Pathway.Support.Beneficiaries;
using Pathway.Support.Closures;
using Pathway.Support.Needs;

namespace Pathway.Support.Tests;

/// <summary>
/// What statistics are told of a support case at each change (intake, a transfer, a closure and its reopening,
/// an assessment's needs, anonymisation), the version that rises once a save, and that no name, birth date,
/// number, language or note goes with it.
/// </summary>
public sealed class BeneficiaryFactsTests
{
    private static readonly Guid Tenant = Guid.NewGuid();
    private static readonly Guid Ngo = Guid.NewGuid();
    private static readonly Guid Office = Guid.NewGuid();
    private static readonly DateTime Registered = new(2026, 3, 31, 23, 30, 0, DateTimeKind.Utc);

    private static Beneficiary Case(Guid? person = null) => new()
    {
        TenantId = Tenant, OrganisationId = Ngo, Number = "B-2026-00042", GivenNames = "Zarmina", Surname = "Rahimi", BirthDate = new DateOnly(2009, 6, 15),
        Sex = Sex.Female, Citizenship = "AFG", Language = "prs", LegalBasis = LegalBasis.Consent, MatchKey = "ZARMINA|RAHIMI|2009-06-15", PersonId = person,
        CreatedAt = Registered, CreatedBy = "ewa@ngo.example",
    };

    private static BeneficiaryFacts Told(Beneficiary beneficiary, CaseStanding standing)
    {
        beneficiary.Told(standing);
        var facts = beneficiary.DomainEvents.OfType<BeneficiaryFacts>().Single();
        beneficiary.ClearDomainEvents();
        return facts;
    }

    [Fact]
    public void AnIntake_TellsTheCaseRegistered_WithTheAgeOnThatDay_AndNoNeeds()
    {
        var beneficiary = Case();
        var facts = Told(beneficiary, CaseStanding.New);

        (facts.BeneficiaryId, facts.TenantId, facts.OrganisationId, facts.Version, facts.Removed).ShouldBe((beneficiary.Id, Tenant, Ngo, 1, false));
        (facts.PersonId, facts.RegisteredOn, facts.ClosedOn, facts.ClosureReason).ShouldBe(((Guid?)null, new DateOnly(2026, 3, 31), (DateOnly?)null, (string?)null));
        (facts.Citizenship, facts.Sex, facts.AgeOnRegistration).ShouldBe(("AFG", "F", (int?)16));
        facts.NeedCategories.ShouldBeEmpty();
        beneficiary.Version.ShouldBe(1);
    }

    [Theory]
    [InlineData(Sex.Female, "F")]
    [InlineData(Sex.Male, "M")]
    [InlineData(Sex.Other, "X")]
    [InlineData(Sex.Unknown, null)]
    public void Sex_IsToldAsTheServicesTellIt(Sex sex, string? told)
    {
        var beneficiary = Case();
        beneficiary.Sex = sex;
        beneficiary.BirthDate = null;
        beneficiary.Citizenship = null;
        var facts = Told(beneficiary, CaseStanding.New);
        (facts.Sex, facts.AgeOnRegistration, facts.Citizenship).ShouldBe((told, (int?)null, (string?)null));
    }

    [Fact]
    public void TheVersion_RisesOnceASave_HoweverOftenTheCaseIsToldBeforeIt()
    {
        var beneficiary = Case();
        beneficiary.Told(CaseStanding.New);
        beneficiary.Told(new CaseStanding(null, [NeedCategory.Disability]));
        var only = beneficiary.DomainEvents.OfType<BeneficiaryFacts>().ShouldHaveSingleItem();
        only.Version.ShouldBe(1);
        only.NeedCategories.ShouldBe(["Disability"]);
        beneficiary.ClearDomainEvents();

        Told(beneficiary, CaseStanding.New).Version.ShouldBe(2);
        beneficiary.Version.ShouldBe(2);
    }

    [Fact]
    public void ATransfer_TellsTheOrganisationThatHoldsTheCaseNow()
    {
        var beneficiary = Case(person: Guid.NewGuid());
        Told(beneficiary, CaseStanding.New);
        beneficiary.MoveTo(Office, "B-2026-00007", new CaseTeamMember { BeneficiaryId = beneficiary.Id, UserId = Guid.NewGuid(), Name = "anna@office.example" });
        var facts = Told(beneficiary, CaseStanding.New);
        (facts.OrganisationId, facts.Version, facts.PersonId).ShouldBe((Office, 2, beneficiary.PersonId));
    }

    [Fact]
    public void AClosure_TellsTheDayAndTheReason_AndAReopening_TakesBoth()
    {
        var beneficiary = Case();
        var needs = new CaseStanding(null, [NeedCategory.MentalHealth]);
        beneficiary.CloseAt(new DateTime(2026, 9, 1, 22, 15, 0, DateTimeKind.Utc));
        var closed = Told(beneficiary, needs.ClosedFor(ClosureReason.MovedAway));
        (closed.ClosedOn, closed.ClosureReason).ShouldBe(((DateOnly?)new DateOnly(2026, 9, 1), "MovedAway"));
        closed.NeedCategories.ShouldBe(["MentalHealth"]);

        beneficiary.CloseAt(null);
        var reopened = Told(beneficiary, needs.ClosedFor(ClosureReason.MovedAway));
        (reopened.ClosedOn, reopened.ClosureReason).ShouldBe(((DateOnly?)null, (string?)null), "an open case has no reason to be closed, whatever its standing says");
    }

    [Fact]
    public void TheNeeds_AreTheirCategoriesNames_Sorted_AndOnlyThose()
    {
        var facts = Told(Case(), new CaseStanding(null, [NeedCategory.Trafficking, NeedCategory.Disability, NeedCategory.UnaccompaniedOrSeparatedChild]));
        facts.NeedCategories.ShouldBe(["Disability", "Trafficking", "UnaccompaniedOrSeparatedChild"]);
        new CaseStanding(null, [NeedCategory.Trafficking, NeedCategory.Disability]).SameNeeds([NeedCategory.Disability, NeedCategory.Trafficking]).ShouldBeTrue();
        new CaseStanding(null, [NeedCategory.Trafficking]).SameNeeds([]).ShouldBeFalse();
        CaseStanding.New.SameNeeds([]).ShouldBeTrue();
    }

    [Fact]
    public void Anonymisation_TellsTheCaseRemoved_WithoutTheRegistryLink()
    {
        var beneficiary = Case(person: Guid.NewGuid());
        beneficiary.CloseAt(Registered.AddYears(1));
        Told(beneficiary, new CaseStanding(ClosureReason.GoalsReached, []));
        beneficiary.Anonymise(Registered.AddYears(7));
        var facts = Told(beneficiary, new CaseStanding(ClosureReason.GoalsReached, []));

        (facts.Removed, facts.PersonId, facts.Version, facts.ClosureReason).ShouldBe((true, (Guid?)null, 2, "GoalsReached"));
        (facts.Citizenship, facts.Sex).ShouldBe(("AFG", "F"), "what the figures count stays");
    }

    [Fact]
    public void TheFacts_CarryNoNameBirthDateNumberLanguageOrNote()
    {
        var beneficiary = Case(person: Guid.NewGuid());
        beneficiary.CloseAt(Registered.AddDays(40));
        var facts = Told(beneficiary, new CaseStanding(ClosureReason.Other, [NeedCategory.SeriousIllness]));
        var json = JsonSerializer.Serialize(facts);
        foreach (var personal in new[] { "Zarmina", "Rahimi", "2009-06-15", "B-2026-00042", "prs", "ewa@ngo.example", "ZARMINA" })
        {
            json.ShouldNotContain(personal);
        }

        string[] fields = ["Name", "GivenNames", "Surname", "BirthDate", "Number", "Language", "Note", "MatchKey", "CreatedBy", "LegalBasis"];
        typeof(BeneficiaryFacts).GetProperties().Select(p => p.Name).Intersect(fields).ShouldBeEmpty();
    }
}
