using System.Security.Cryptography;
using Microsoft.EntityFrameworkCore;
using Pathway.Platform.Demo;
using Pathway.Platform.Identity;
using Pathway.Platform.Persistence;
using Pathway.Platform.Tenancy;
using Pathway.Support.Beneficiaries;
using Pathway.Support.Trainings;

namespace Pathway.Support.Knowledge;

/// <summary>
/// The demo's library and directory: three partners (fictional, Warsaw-like), a meeting with two of
/// them recorded by the NGO, and two short documents, one from the office and one from the NGO.
/// </summary>
internal sealed class KnowledgeDemoSeeder(PathwayDbContext db, OrganisationDirectory directory) : IDemoSeeder
{
    public int Order => 52;

    public async Task SeedAsync(DemoTenant tenant, DemoSeedOptions options, IProgress<DemoSeedProgress>? progress, CancellationToken cancellationToken)
    {
        // Seeding runs again when more synthetic persons are added to the demo tenant: this is made once.
        if (await db.TenantRowsOf<Partner>(tenant.TenantId).AnyAsync(cancellationToken))
        {
            return;
        }

        var today = await directory.TodayOfAsync(tenant.TenantId, cancellationToken);
        var now = DateTime.UtcNow;
        var office = tenant.OfficeUnitIds[0];
        Partner Partner(Guid organisation, string name, PartnerKind kind, string services, string languages, string address, string phone, string email, string website, string contact, string? notes) =>
            new()
            {
                TenantId = tenant.TenantId, OrganisationId = organisation, Name = name, Kind = kind, Services = services, Languages = languages, Address = address,
                Phone = phone, Email = email, Website = website, ContactPerson = contact, Notes = notes, CreatedAt = now, CreatedBy = "demo",
            };

        var legal = Partner(tenant.NgoId, "Poradnia Prawna Przystań", PartnerKind.LegalAid, $"{ServiceKind.LegalAdvice}", "pl en uk ru",
            "ul. Lipowa 14 lok. 3, 00-316 Warszawa", "+48 22 555 01 40", "porady@przystan.example.org", "https://przystan.example.org", "Joanna Wierzbicka",
            "Free advice on residence and work permits; Tuesdays and Thursdays, by appointment.");
        var psychological = Partner(tenant.NgoId, "Centrum Wsparcia Psychologicznego Most", PartnerKind.PsychologicalSupport,
            $"{ServiceKind.PsychologicalCounselling} {ServiceKind.Interpreting}", "pl uk ru ar fa", "ul. Grochowska 210, 04-357 Warszawa", "+48 22 555 02 85",
            "kontakt@most.example.org", "https://most.example.org", "Dr Paweł Sadowski", "Crisis appointments within 48 hours; interpreters for Arabic and Dari.");
        var social = Partner(office, "Ośrodek Pomocy Społecznej Dzielnicy Wola", PartnerKind.SocialService, $"{ServiceKind.CaseManagement} {ServiceKind.SocialAssistance}", "pl en",
            "al. Solidarności 90, 01-003 Warszawa", "+48 22 555 03 10", "sekretariat@ops-wola.example.org", "https://ops-wola.example.org", "Beata Michalak", null);
        db.AddRange(legal, psychological, social);

        var meeting = new PartnerMeeting
        {
            TenantId = tenant.TenantId, OrganisationId = tenant.NgoId, HeldOn = today.AddDays(-10), Title = "Referral paths for survivors of violence",
            Place = "Fundacja Wspólna Droga, sala konferencyjna",
            Minutes = "Agreed how a survivor referred by the foundation gets a first legal consultation and a psychologist within a week.",
            NextSteps = "Przystań sends its updated consultation hours; Most names a contact person for urgent cases.",
            CreatedAt = now, CreatedBy = "demo",
        };
        meeting.Attendees.AddRange([new MeetingAttendee { MeetingId = meeting.Id, PartnerId = legal.Id }, new MeetingAttendee { MeetingId = meeting.Id, PartnerId = psychological.Id }]);
        db.Add(meeting);

        LibraryDocument Document(Guid organisation, string title, DocumentKind kind, TrainingArea area, string description, string[] roles, string fileName, params string[] lines)
        {
            var content = OnePagePdf.Of(lines);
            return new LibraryDocument
            {
                TenantId = tenant.TenantId, OrganisationId = organisation, Title = title, Kind = kind, Area = area, Language = "en", Description = description,
                Roles = string.Join(' ', roles), FileName = fileName, ContentType = "application/pdf", Content = content,
                Sha256 = Convert.ToHexStringLower(SHA256.HashData(content)), Size = content.Length, UploadedAt = now, UploadedBy = "demo",
            };
        }

        db.AddRange(
            Document(office, "Temporary residence permit: a checklist for the first interview", DocumentKind.Manual, TrainingArea.MigrationLaw,
                "What to ask and which documents to see at the first interview of an application for temporary residence.",
                [Roles.CaseOfficer, Roles.Supervisor, Roles.NgoWorker, Roles.HelplineOperator], "residence-checklist.pdf",
                "Temporary residence permit", "A checklist for the first interview", "", "1. Passport and its copy", "2. Health insurance", "3. Source of income", "4. Place of stay"),
            Document(tenant.NgoId, "Working with interpreters: good practice", DocumentKind.GoodPractice, TrainingArea.InterculturalCommunication,
                "How to brief an interpreter, seat the conversation and check understanding.",
                [Roles.NgoWorker, Roles.Supervisor, Roles.CaseOfficer, Roles.HelplineOperator, Roles.Analyst], "interpreters-good-practice.pdf",
                "Working with interpreters", "Good practice", "", "Brief the interpreter before the meeting.", "Speak to the person, not to the interpreter.",
                "Check understanding in the person's own words."));
        await db.SaveChangesAsync(cancellationToken);
    }
}
