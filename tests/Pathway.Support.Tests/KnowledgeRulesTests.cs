using System.Text;
using Pathway.Platform.Identity;
using Pathway.Platform.Uploads;
using Pathway.Support.Beneficiaries;
using Pathway.Support.Knowledge;
using Pathway.Support.Trainings;

namespace Pathway.Support.Tests;

/// <summary>What the library and the partner directory check, every field at once, and how their forms are read.</summary>
public sealed class KnowledgeRulesTests
{
    private static readonly LibraryInput Document = new("Handbook", DocumentKind.Manual, TrainingArea.MigrationLaw, "uk", null, [Roles.NgoWorker]);

    private static readonly PartnerInput Partner = new("Przystań", PartnerKind.LegalAid, [ServiceKind.LegalAdvice], ["pl", "uk"], null, null, null, null, null, null);

    private static IEnumerable<string> Problems(LibraryInput input) => LibraryDesk.Check(input).Select(p => $"{p.Field}:{p.Problem}");

    private static IEnumerable<string> Problems(PartnerInput input) => PartnerDirectory.Check(input).Select(p => $"{p.Field}:{p.Problem}");

    private static IEnumerable<string> Problems(MeetingInput input, params Guid[] known) =>
        PartnerDirectory.Check(input, known.ToHashSet()).Select(p => $"{p.Field}:{p.Problem}");

    [Fact]
    public void ADocument_NeedsATitleKindAreaPortalLanguageAndReadingRoles()
    {
        Problems(Document).ShouldBeEmpty();
        Problems(new LibraryInput(" ", null, null, "xx", null, null))
            .ShouldBe(["title:TitleMissing", "kind:KindMissing", "area:AreaMissing", "language:LanguageUnknown", "roles:RolesMissing"]);
        Problems(Document with { Language = "prs" }).ShouldBeEmpty("Dari is one of the portal's languages, by its code");
        Problems(Document with { Language = "fa" }).ShouldBe(["language:LanguageUnknown"]);
        Problems(Document with { Kind = (DocumentKind)42, Area = (TrainingArea)42 }).ShouldBe(["kind:KindMissing", "area:AreaMissing"]);
    }

    [Fact]
    public void ADocument_OpensOnlyToStaffRolesThatReadTheLibrary()
    {
        Problems(Document with { Roles = [Roles.Analyst, Roles.HelplineOperator, Roles.CaseOfficer, Roles.Supervisor] }).ShouldBeEmpty();
        Problems(Document with { Roles = [Roles.Migrant] }).ShouldBe(["roles:RoleUnknown"]);
        Problems(Document with { Roles = [Roles.NgoWorker, Roles.ContentEditor] }).ShouldBe(["roles:RoleUnknown"]);
        Problems(Document with { Roles = [] }).ShouldBe(["roles:RolesMissing"]);
    }

    [Fact]
    public void LongTexts_AreRefused_NotCut()
    {
        Problems(Document with { Title = new string('t', LibraryDocument.MaxTitleLength + 1), Description = new string('d', LibraryDocument.MaxDescriptionLength + 1) })
            .ShouldBe(["title:TitleTooLong", "description:DescriptionTooLong"]);
        Problems(Document with { Title = new string('t', LibraryDocument.MaxTitleLength) }).ShouldBeEmpty();
        PartnerDirectory.Check(Partner with { Notes = new string('n', Knowledge.Partner.MaxNotesLength + 1) }).ShouldHaveSingleItem()
            .ShouldBe(new PartnerRefusal(PartnerProblem.TooLong, "notes", Knowledge.Partner.MaxNotesLength));
    }

    [Fact]
    public void APartner_NeedsANameAndKind_AndEveryContactWellFormed()
    {
        Problems(Partner).ShouldBeEmpty();
        Problems(new PartnerInput("", null, [(ServiceKind)9], ["pl", "klingon"], null, "ring us", "a@b", "ftp://example.org", null, null))
            .ShouldBe(["name:NameMissing", "kind:KindMissing", "services:ServiceUnknown", "languages:LanguageUnknown", "phone:PhoneInvalid", "email:EmailInvalid", "website:WebsiteInvalid"]);
        Problems(Partner with { Languages = [.. Enumerable.Repeat("uk", 30)] }).ShouldBeEmpty("a language named twice counts once");
        Problems(Partner with { Languages = ["pl", "uk", "ru", "be", "en", "ka", "hy", "az", "tr", "ar", "fa", "ps", "ur", "hi", "bn", "vi", "zh", "es", "fr", "de", "ti"] })
            .ShouldBe(["languages:TooManyLanguages"]);
    }

    [Theory]
    [InlineData("+48 22 123 45 67", true)]
    [InlineData("(022) 555-01-40", true)]
    [InlineData("112", true)]
    [InlineData("12", false)]
    [InlineData("call +48 22 1", false)]
    public void APhone_IsDigitsWithTheUsualSigns(string phone, bool valid) => PartnerDirectory.IsPhone(phone).ShouldBe(valid);

    [Theory]
    [InlineData("biuro@example.org", true)]
    [InlineData("Anna Lis <anna@example.org>", false)]
    [InlineData("anna@localhost", false)]
    [InlineData("a b@example.org", false)]
    [InlineData("a@example.org, b@example.org", false)]
    public void AnEmail_IsOneAddressAlone(string email, bool valid) => PartnerDirectory.IsEmail(email).ShouldBe(valid);

    [Theory]
    [InlineData("https://example.org/porady", "https://example.org/porady")]
    [InlineData("http://example.org", "http://example.org")]
    [InlineData("example.org", "https://example.org")]
    [InlineData("ftp://example.org", null)]
    [InlineData("javascript:alert(1)", null)]
    [InlineData("https://localhost", null)]
    [InlineData("example org", null)]
    public void AWebsite_IsHttpOrHttps_WithHttpsAddedWhenLeftOut(string written, string? kept) => PartnerDirectory.Website(written).ShouldBe(kept);

    [Fact]
    public void AMeeting_NeedsItsDayTitleAndPartnersOfTheDirectory()
    {
        var known = Guid.NewGuid();
        Problems(new MeetingInput(new DateOnly(2025, 3, 12), "Referral paths", [known], null, null, null), known).ShouldBeEmpty();
        Problems(new MeetingInput(null, " ", [], null, null, null), known).ShouldBe(["heldOn:DayMissing", "title:TitleMissing", "partners:PartnersMissing"]);
        Problems(new MeetingInput(new DateOnly(2025, 3, 12), "x", [known, Guid.NewGuid()], null, null, null), known).ShouldBe(["partners:PartnerUnknown"]);
        Problems(new MeetingInput(new DateOnly(2025, 3, 12), "x", [known], null, new string('m', PartnerMeeting.MaxMinutesLength + 1), new string('n', PartnerMeeting.MaxNextStepsLength + 1)), known)
            .ShouldBe(["minutes:TooLong", "nextSteps:TooLong"]);
    }

    [Fact]
    public void TheForms_AreReadSoThatEveryWrongValueIsNamed()
    {
        var partner = new PartnerForm { Name = "Most", Kind = "Shelter", Services = ["Interpreting", "Juggling"], Languages = "uk, ar;pl  ru" }.Read();
        partner.Kind.ShouldBe(PartnerKind.Shelter);
        partner.Languages.ShouldBe(["uk", "ar", "pl", "ru"]);
        Problems(partner).ShouldBe(["services:ServiceUnknown"]);

        var meeting = new MeetingForm { HeldOn = "12.03.2025", Title = "x", Partners = ["not-an-id"] }.Read();
        Problems(meeting).ShouldBe(["heldOn:DayMissing", "partners:PartnerUnknown"]);

        new LibraryForm { Title = "T", Kind = "Poem", Area = "MigrationLaw", Language = "pl", Roles = [Roles.Analyst] }.Read().Kind.ShouldBeNull();
    }

    [Fact]
    public void TheDemosPdf_IsAWholePdfWithACorrectCrossReferenceTable()
    {
        var pdf = OnePagePdf.Of("Working with interpreters", "(good practice) \\ Ünïcödé dropped");
        UploadedContent.Judge(pdf).ShouldBe(new ContentVerdict.Accepted(UploadKind.Pdf));
        var text = Encoding.ASCII.GetString(pdf);
        var xref = int.Parse(text[(text.LastIndexOf("startxref\n", StringComparison.Ordinal) + 10)..].Split('\n')[0], System.Globalization.CultureInfo.InvariantCulture);
        text[xref..].ShouldStartWith("xref");
        var offsets = text[xref..].Split('\n').Skip(3).Take(5).Select(l => int.Parse(l[..10], System.Globalization.CultureInfo.InvariantCulture)).ToList();
        offsets.Select((offset, i) => text[offset..].StartsWith(string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{i + 1} 0 obj"), StringComparison.Ordinal)).ShouldAllBe(ok => ok);
        text.ShouldContain("\\(good practice\\) \\\\ ncd dropped");
    }
}
