using Pathway.Cases.Applications;
using Pathway.Cases.Catalogue;

namespace Pathway.Cases.Tests.Applications;

public class ApplicationChecklistTests
{
    private static readonly DateOnly Today = new(2026, 12, 2);

    private static CatalogueEntry Entry(string code) => CatalogueEntry.On(PolishCatalogue.For(Guid.NewGuid()).Single(t => t.Code == code), Today);

    private static OnlineApplication Filled(string type) => new()
    {
        ApplicationType = type,
        Surname = "Shevchenko", GivenNames = "Oleksandr", BirthDate = new(1990, 1, 15), Sex = "M", Citizenship = "UKR",
        PassportNumber = "FX123456", PassportExpiresOn = new(2034, 1, 1),
        Purpose = "Work", AddressStreet = "ul. Marszałkowska 1", AddressPostalCode = "00-001", AddressCity = "Warszawa",
    };

    private static void FileEvery(OnlineApplication application, CatalogueEntry entry)
    {
        foreach (var document in ApplicationChecklist.Required(entry, application, Today))
        {
            application.Files.Add(new ApplicationFile { DocumentCode = document.Code });
        }
    }

    [Fact]
    public void For_AnEmptyDraft_ListsEveryFieldAndAlwaysRequiredDocumentAsMissing()
    {
        var entry = Entry("other-circumstances");
        var checklist = ApplicationChecklist.For(new OnlineApplication { ApplicationType = "other-circumstances" }, entry, Today);

        checklist.IsComplete.ShouldBeFalse();
        checklist.Missing.Where(l => l.IsDocument).Select(l => l.Key).ShouldBe(["health-insurance", "passport", "photo", "stamp-duty"], ignoreOrder: true);
        checklist.Missing.Select(l => l.Key).ShouldContain("surname");
        checklist.Missing.Select(l => l.Key).ShouldNotContain("employerName", "the employer is asked for work only");
    }

    [Fact]
    public void For_WorkAsksForTheEmployer_AndStudiesForTheSchool()
    {
        var work = Entry("temporary-work");
        var studies = Entry("studies");
        var application = Filled("temporary-work");
        FileEvery(application, work);

        ApplicationChecklist.For(application, work, Today).Missing.Select(l => l.Key).ShouldBe(["employerName", "employerNip"]);
        application.EmployerName = "Budimex";
        application.EmployerNip = "5260250274";
        ApplicationChecklist.For(application, work, Today).IsComplete.ShouldBeTrue();
        var student = Filled("studies");
        FileEvery(student, studies);
        ApplicationChecklist.For(student, studies, Today).Missing.Select(l => l.Key).ShouldBe(["schoolName"]);
    }

    [Fact]
    public void For_AMinor_NeedsTheParentsConsent_AndAnExpiredPassportIsMissing()
    {
        var entry = Entry("family");
        var adult = Filled("family");
        FileEvery(adult, entry);
        var child = Filled("family");
        child.BirthDate = Today.AddYears(-17);
        foreach (var document in entry.Documents.Where(d => d.Condition == DocumentCondition.Always))
        {
            child.Files.Add(new ApplicationFile { DocumentCode = document.Code });
        }

        ApplicationChecklist.For(adult, entry, Today).IsComplete.ShouldBeTrue();
        ApplicationChecklist.For(child, entry, Today).Missing.Select(l => l.Key).ShouldBe(["parents-consent"]);
        adult.PassportExpiresOn = Today.AddDays(-1);
        ApplicationChecklist.For(adult, entry, Today).Missing.Select(l => l.Key).ShouldBe(["passportExpiresOn"]);
    }
}
