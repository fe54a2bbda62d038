using Pathway.People.Demo;

namespace Pathway.People.Tests;

public sealed class DemoPersonGeneratorTests
{
    private static readonly Guid Tenant = Guid.Parse("11111111-1111-1111-1111-111111111111");
    private static readonly Guid[] Offices = [Guid.Parse("22222222-2222-2222-2222-222222222222")];
    private static readonly Guid Ngo = Guid.Parse("33333333-3333-3333-3333-333333333333");
    private static readonly DateTime Now = new(2026, 11, 23, 12, 0, 0, DateTimeKind.Utc);

    private static List<Pathway.People.Registry.Person> Generate(int seed, int count) =>
        new DemoPersonGenerator(seed, Tenant, Offices, Ngo, Now).Generate(count).ToList();

    [Fact]
    public void Generate_SameSeed_SamePeople()
    {
        var first = Generate(7, 200).Select(p => (p.Surname, p.GivenNames, p.BirthDate, p.Documents[0].Number));
        var second = Generate(7, 200).Select(p => (p.Surname, p.GivenNames, p.BirthDate, p.Documents[0].Number));
        first.ShouldBe(second);
    }

    [Fact]
    public void Generate_ManyPeople_FollowsTheOfficesCitizenshipMix()
    {
        var people = Generate(1, 20_000);
        var share = people.GroupBy(p => p.Citizenship).ToDictionary(g => g.Key, g => g.Count() / (double)people.Count);
        share["UKR"].ShouldBeInRange(0.38, 0.50);
        share.Keys.ShouldContain("GEO");
        share.Keys.ShouldContain("NPL");
        share.Keys.ShouldContain("COL");
        people.Count(p => p.OrganisationId == Ngo).ShouldBeInRange(1_600, 2_400);
    }

    [Fact]
    public void Generate_CyrillicCitizens_HaveNativeAndLatinNames()
    {
        var ukrainians = Generate(3, 2_000).Where(p => p.Citizenship == "UKR").ToList();
        ukrainians.ShouldAllBe(p => p.NativeScript == "Cyrl" && p.NativeSurname != null && p.NativeSurname.Any(c => c >= 'А' && c <= 'я' || c == 'і' || c == 'ї' || c == 'є'));
        ukrainians.ShouldAllBe(p => p.Surname.All(c => c == ' ' || c == '-' || (c >= 'A' && c <= 'Z')));
    }

    [Fact]
    public void Generate_Documents_AreValidAtIssueAndExpireLater()
    {
        foreach (var person in Generate(5, 2_000))
        {
            person.Documents.ShouldNotBeEmpty();
            person.Documents.ShouldAllBe(d => d.ExpiresOn > d.IssuedOn && d.IssuedOn <= DateOnly.FromDateTime(Now));
            person.BirthDate.ShouldBeLessThanOrEqualTo(DateOnly.FromDateTime(Now));
        }
    }

    [Fact]
    public void Generate_WithSecondRecords_GivesANumberOfAKindAndStateToOnePerson_ExceptTheFlaggedSamePassportRecords()
    {
        var documents = new DemoPersonGenerator(5, Tenant, Offices, Ngo, Now, duplicateShare: 0.1).Generate(60_000).SelectMany(p => p.Documents).ToList();
        documents.Where(d => d.SharedNumberReason is null).GroupBy(d => (d.Kind, d.IssuingState, d.Number)).ShouldAllBe(g => g.Count() == 1);
        var flagged = documents.Where(d => d.SharedNumberReason is not null).ToList();
        flagged.ShouldNotBeEmpty("half the second records come back on the same passport");
        flagged.ShouldAllBe(d => documents.Any(o => o.SharedNumberReason == null && o.Number == d.Number && o.Kind == d.Kind && o.IssuingState == d.IssuingState));
    }

    [Fact]
    public void Generate_ManyPeople_HasFamiliesAndNamesakesFromOneTown()
    {
        var people = Generate(11, 20_000);

        // Relatives: one surname, citizenship and birthplace; twins share the date too, but not the given name.
        var families = people.GroupBy(p => (p.Surname, p.Citizenship, p.BirthPlace)).Where(g => g.Count() > 1).ToList();
        families.Count.ShouldBeGreaterThan(1_000);
        var twins = families.Count(g => g.GroupBy(p => p.BirthDate).Any(d => d.Select(p => p.GivenNames).Distinct().Count() > 1));
        twins.ShouldBeGreaterThan(20);

        // Namesakes: the same full name from the same town, different people with different birth dates.
        var namesakes = people.GroupBy(p => (p.GivenNames, p.Surname, p.BirthPlace)).Count(g => g.Select(p => p.BirthDate).Distinct().Count() > 1);
        namesakes.ShouldBeGreaterThan(200);
    }

    [Theory]
    [InlineData("OLEKSANDR", "ALEKSANDR")]
    [InlineData("YULIIA", "YULIYA")]
    [InlineData("VIKTORIIA IRYNA", "VIKTORIYA IRINA")]
    [InlineData("HRYTSIUK", "HRYTSYUK")]
    [InlineData("ZAITSENKA", "ZAITSENKA")]
    public void OlderRomanisation_PassportForms_GiveTheOlderSpelling(string passport, string older) =>
        DemoVariants.OlderRomanisation(passport).ShouldBe(older);

    [Fact]
    public void DateTypo_ChangesOneDigitOfTheWrittenDate()
    {
        var random = new Random(3);
        for (var i = 0; i < 500; i++)
        {
            var date = new DateOnly(1950, 1, 1).AddDays(random.Next(25_000));
            var typed = DemoVariants.DateTypo(date, random).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
            var original = date.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
            original.Zip(typed).Count(c => c.First != c.Second).ShouldBeLessThanOrEqualTo(1);
        }
    }
}
