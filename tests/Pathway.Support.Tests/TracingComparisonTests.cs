using Pathway.Support.Beneficiaries;
using Pathway.Support.Tracing;

namespace Pathway.Support.Tests;

/// <summary>How a sought child is compared with a known one: across scripts, with names swapped, against an age range; and what passes the threshold.</summary>
public sealed class TracingComparisonTests
{
    private static readonly DateOnly Today = new(2026, 12, 5);

    private static SoughtPerson Sought(string given, string surname, Sex sex = Sex.Male, int? from = 2008, int? to = 2011, string? origin = null) =>
        new(given, surname, sex, from, to, origin, null);

    private static KnownChild Child(string given, string surname, Sex sex = Sex.Male, int? born = 2009, string? origin = null) =>
        new(given, surname, sex, born, origin, null);

    private static EvidenceLine Line(TracingEvidence evidence, TracingField field) => evidence.Lines.Single(l => l.Field == field);

    [Fact]
    public void CyrillicNames_MeetTheirLatinSpelling()
    {
        var evidence = TracingComparison.Score(Sought("Ахмад", "Рахими"), Child("Ahmad", "Rahimi"));

        Line(evidence, TracingField.GivenNames).Agreement.ShouldBe(Agreement.Agree);
        Line(evidence, TracingField.Surname).Agreement.ShouldBe(Agreement.Agree);
        Line(evidence, TracingField.Surname).Sought.ShouldBe("Рахими");
        Line(evidence, TracingField.Surname).Candidate.ShouldBe("Rahimi");
        evidence.Probability.ShouldBeGreaterThan(TracingComparison.Threshold);
    }

    [Fact]
    public void ArabicScript_MeetsTheLatinSpelling_ThoughItsShortVowelsAreNotWritten()
    {
        var evidence = TracingComparison.Score(Sought("احمد", "رحیمی"), Child("Ahmad", "Rahimi"));

        Line(evidence, TracingField.GivenNames).Agreement.ShouldBe(Agreement.Agree);
        Line(evidence, TracingField.Surname).Agreement.ShouldBe(Agreement.Agree);
        evidence.Probability.ShouldBeGreaterThan(TracingComparison.Threshold);
    }

    [Fact]
    public void GivenNameAndSurname_SwappedByTheRequester_StillAgree()
    {
        var evidence = TracingComparison.Score(Sought("Shevchenko", "Taras"), Child("Taras", "Shevchenko"));

        evidence.NamesSwapped.ShouldBeTrue();
        Line(evidence, TracingField.GivenNames).Agreement.ShouldBe(Agreement.Agree);
        evidence.Probability.ShouldBeGreaterThan(0.5);
    }

    [Theory]
    [InlineData(2009, Agreement.Agree)]
    [InlineData(2008, Agreement.Agree)]
    [InlineData(2011, Agreement.Agree)]
    [InlineData(2012, Agreement.Partial)]
    [InlineData(2007, Agreement.Partial)]
    [InlineData(2014, Agreement.Disagree)]
    public void TheBirthYear_IsWeighedAgainstTheRange(int born, Agreement expected)
    {
        var line = TracingComparison.BirthYear(2008, 2011, born);

        line.Agreement.ShouldBe(expected);
        (line.Weight > 0).ShouldBe(expected == Agreement.Agree);
    }

    [Fact]
    public void ANarrowRange_WeighsMoreThanAWideOne_WhenTheYearFallsInIt()
    {
        TracingComparison.BirthYear(2009, 2009, 2009).Weight.ShouldBeGreaterThan(TracingComparison.BirthYear(2006, 2012, 2009).Weight);
        TracingComparison.BirthYear(null, null, 2009).Agreement.ShouldBe(Agreement.Missing);
        TracingComparison.BirthYear(2008, 2011, null).Weight.ShouldBe(0);
    }

    [Fact]
    public void AboutAnAge_BecomesARangeOfBirthYears()
    {
        TracingRules.BirthYears(Input(age: 14), Today).ShouldBe((2010, 2013));
        TracingRules.BirthYears(Input(age: 14, uncertainty: 0), Today).ShouldBe((2011, 2012));
        TracingRules.BirthYears(Input(birthYear: 2010), Today).ShouldBe((2010, 2010));
        TracingRules.BirthYears(Input(birthYear: 2010, uncertainty: 2), Today).ShouldBe((2008, 2012));
        TracingRules.BirthYears(Input(), Today).ShouldBe((null, null));
    }

    [Fact]
    public void ASibling_SharingOnlyTheSurname_IsNotProposed()
    {
        var evidence = TracingComparison.Score(Sought("Ahmad", "Rahimi"), Child("Farid", "Rahimi"));

        Line(evidence, TracingField.GivenNames).Agreement.ShouldBe(Agreement.Disagree);
        evidence.Probability.ShouldBeLessThan(TracingComparison.Threshold);
    }

    [Fact]
    public void BothNamesAgreeing_WithNothingElseKnown_IsProposed()
    {
        var evidence = TracingComparison.Score(new SoughtPerson("Ахмад", "Рахими", Sex.Unknown, null, null, null, null), Child("Ahmad", "Rahimi", Sex.Unknown, null));

        evidence.Probability.ShouldBeGreaterThan(TracingComparison.Threshold);
        evidence.Probability.ShouldBeLessThan(0.5);
    }

    [Fact]
    public void AgreeingPlaces_AndSex_RaiseTheScore_ADifferentSexLowersIt()
    {
        var plain = TracingComparison.Score(Sought("Ahmed", "Rahimy"), Child("Ahmad", "Rahimi"));
        var placed = TracingComparison.Score(Sought("Ahmed", "Rahimy", origin: "Herat"), Child("Ahmad", "Rahimi", origin: "Herāt"));
        var girl = TracingComparison.Score(Sought("Ahmed", "Rahimy"), Child("Ahmad", "Rahimi", Sex.Female));

        placed.Probability.ShouldBeGreaterThan(plain.Probability);
        Line(placed, TracingField.PlaceOfOrigin).Agreement.ShouldBe(Agreement.Agree);
        Line(girl, TracingField.Sex).Agreement.ShouldBe(Agreement.Disagree);
        girl.Probability.ShouldBeLessThan(plain.Probability);
    }

    [Fact]
    public void TheEvidence_AddsUpToTheScore()
    {
        var evidence = TracingComparison.Score(Sought("Ахмад", "Рахими", origin: "Herat"), Child("Ahmad", "Rahimi", origin: "Herat"));

        evidence.Lines.Select(l => l.Field).ShouldBe(Enum.GetValues<TracingField>());
        var prior = Math.Log2(0.001 / 0.999);
        (prior + evidence.Lines.Sum(l => l.Weight)).ShouldBe(evidence.Weight, 1e-9);
        evidence.Probability.ShouldBe(1 / (1 + Math.Pow(2, -evidence.Weight)), 1e-12);
    }

    [Fact]
    public void ARelativesRequest_MustDescribeAChild_AndNameTheRequester()
    {
        var problems = TracingRules.Check(Input(age: 30) with { RequesterName = " ", RequesterContact = null }, Today).Select(p => $"{p.Field}:{p.Problem}");

        problems.ShouldBe(["age:SoughtNotAChild", "requesterName:RequesterNameMissing", "requesterContact:ContactMissing"]);
    }

    [Fact]
    public void TheInput_IsJudgedFieldByField()
    {
        var input = new TracingInput(null, " ", null, null, 2010, 12, 20, new string('p', 101), null, "2026-13", null, null, null, null, null);

        TracingRules.Check(input, Today).Select(p => $"{p.Field}:{p.Problem}")
            .ShouldBe(["direction:DirectionMissing", "givenNames:NameMissing", "age:AgeAndBirthYear", "placeOfOrigin:PlaceTooLong", "separatedOn:SeparatedOnUnreadable"]);
        TracingRules.Check(Input(birthYear: 2010) with { SeparatedOn = "2027-01" }, Today).Select(p => p.Problem).ShouldBe([TracingProblem.SeparatedOnInFuture]);
        TracingRules.Check(Input(birthYear: 2010) with { SeparatedOn = "2025-03" }, Today).ShouldBeEmpty();
        TracingRules.Check(Input() with { Direction = TracingDirection.ChildSeeksRelative }, Today).Select(p => p.Problem).ShouldBe([TracingProblem.ChildCaseMissing]);
    }

    [Fact]
    public void AChild_IsUnder18ByTheDateOfBirth()
    {
        TracingRules.IsChild(new DateOnly(2008, 12, 6), Today).ShouldBeTrue();
        TracingRules.IsChild(new DateOnly(2008, 12, 5), Today).ShouldBeFalse();
        TracingRules.IsChild(null, Today).ShouldBeFalse();
    }

    private static TracingInput Input(int? birthYear = null, int? age = null, int? uncertainty = null) =>
        new(TracingDirection.RelativeSeeksChild, "Ahmad", "Rahimi", Sex.Male, birthYear, age, uncertainty, null, null, null, null, null, "Karim Rahimi", "uncle", "+49 30 1234 5678", "ru");
}
