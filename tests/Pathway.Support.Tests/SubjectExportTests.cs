using Pathway.Platform.Audit;
using Pathway.Platform.Printing;
using Pathway.Support.Beneficiaries;
using Pathway.Support.Plans;
using Pathway.Support.SubjectExport;

namespace Pathway.Support.Tests;

/// <summary>The export's shape built from a case's records, and the printed lines cut where their direction changes.</summary>
public sealed class SubjectExportTests
{
    private static readonly Guid Ngo = Guid.CreateVersion7();
    private static readonly Guid Clinic = Guid.CreateVersion7();
    private static readonly DateTime Now = new(2026, 5, 12, 9, 30, 0, DateTimeKind.Unspecified);

    private static Plan Approved(Guid caseId)
    {
        var writer = new PlanActor(Guid.CreateVersion7(), "Maria");
        var plan = Plan.Start(Guid.Empty, Ngo, caseId, PlanKind.Care, writer, Now);
        plan.Edit(PlanKind.Care, [new GoalDraft(null, GoalArea.Housing, "A room of her own", [new TaskDraft(null, "Visit the housing office", TaskAssignee.Migrant, null, null, null)])], writer, Now).ShouldBeNull();
        plan.Submit(writer, Now).ShouldBeNull();
        plan.Approve(new PlanActor(Guid.CreateVersion7(), "Ewa"), Now).ShouldBeNull();
        return plan;
    }

    [Fact]
    public void Of_NamesTheOrganisations_KeepsThePlansInForceOnly_AndWritesTimesAsUtc()
    {
        var person = new Beneficiary
        {
            OrganisationId = Ngo, Number = "B-2026-00007", GivenNames = "Halima", Surname = "Osman", Language = "ar", MatchKey = "k", CreatedAt = Now, CreatedBy = "maria@ngo.test",
        };
        person.Team.Add(new CaseTeamMember { BeneficiaryId = person.Id, Name = "maria@ngo.test", AddedAt = Now });
        var approved = Approved(person.Id);
        var draft = approved.Revise(new PlanActor(Guid.CreateVersion7(), "Maria"), Now);
        var records = new CaseRecords(
            person,
            [new Consent { BeneficiaryId = person.Id, Kind = ConsentKind.DiscloseTo, RecipientOrganisationId = Clinic, GivenAt = Now, RecordedBy = "maria@ngo.test", Language = "ar" },
             new Consent { BeneficiaryId = person.Id, Kind = ConsentKind.DiscloseTo, RecipientName = "Szpital Bródnowski", GivenAt = Now, RecordedBy = "maria@ngo.test", Language = "ar" }],
            [], [], [], [], [], [draft, approved], [], [], [],
            [new AuditEntry { Sequence = 2, At = Now.AddHours(1), ActorName = "ewa@ngo.test", Action = "Read", PreviousHash = "", Hash = "" },
             new AuditEntry { Sequence = 1, At = Now, ActorName = "maria@ngo.test", Action = "Create", PreviousHash = "", Hash = "" }]);

        var data = SubjectData.Of(records, new Dictionary<Guid, string> { [Ngo] = "Fundacja Wspólna Droga", [Clinic] = "Klinika" }, "Ewa (ewa@ngo.test)", Now);

        data.Organisation.ShouldBe("Fundacja Wspólna Droga");
        data.ExportedBy.ShouldBe("Ewa (ewa@ngo.test)");
        data.Consents.Select(c => c.Recipient).ShouldBe(["Klinika", "Szpital Bródnowski"]);
        data.Plans.ShouldHaveSingleItem().InForce.ShouldBeTrue();
        data.Plans[0].Goals.ShouldHaveSingleItem().Tasks.ShouldHaveSingleItem().Assignee.ShouldBe(TaskAssignee.Migrant);
        data.Readings.Select(r => r.Action).ShouldBe(["Create", "Read"]);
        data.ExportedAt.Kind.ShouldBe(DateTimeKind.Utc);
        data.Case.RegisteredAt.Kind.ShouldBe(DateTimeKind.Utc);
        data.Case.Team.ShouldBe(["maria@ngo.test"]);
        data.Services.ShouldBeEmpty();
    }

    [Fact]
    public void Runs_CutALineWhereItsDirectionChanges_SpacesGoingWithTheReader()
    {
        using var fonts = PrintFonts.Load();
        using var arabic = new PdfPen(fonts, rightToLeft: true);
        arabic.Runs("بيانات الشخص لدى Fundacja Wspólna Droga").ShouldBe(["بيانات الشخص لدى ", "Fundacja Wspólna Droga"]);
        arabic.Runs("تقرير").ShouldBe(["تقرير"]);
        using var english = new PdfPen(fonts, rightToLeft: false);
        english.Runs("Exported by أحمد رحيمي on 12.05.2026").ShouldBe(["Exported by ", "أحمد رحيمي", " on 12.05.2026"]);
        english.Runs("Page 1 of 2").ShouldBe(["Page 1 of 2"]);
    }
}
