using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Pathway.Platform.Demo;
using Pathway.Platform.Identity;
using Pathway.Platform.Persistence;
using Pathway.Support.Beneficiaries;
using Pathway.Support.Numbering;

namespace Pathway.Support.Tracing;

/// <summary>
/// Three tracing requests of the demo NGO: an uncle looking for the demo's Ahmad Rahimi, his name
/// written in Cyrillic (proposed against the boy's case, across scripts); Ahmad's own request for
/// that uncle (proposed against the uncle's request); a mother looking for a daughter no case
/// matches. The candidates wait for a case worker. Each letter is in its requester's language:
/// the uncle's in Russian, Ahmad's in Dari (his case's), the mother's in Ukrainian.
/// </summary>
internal sealed class TracingDemoSeeder(PathwayDbContext db, TimeProvider clock) : IDemoSeeder
{
    public int Order => 54;

    public async Task SeedAsync(DemoTenant tenant, DemoSeedOptions options, IProgress<DemoSeedProgress>? progress, CancellationToken cancellationToken)
    {
        // Seeding runs again on `seed`: an NGO with requests already is left as it is.
        var key = BeneficiaryDesk.MatchKey("Ahmad", "Rahimi", new DateOnly(2009, 11, 2));
        var boy = await db.Set<Beneficiary>().AsNoTracking().FirstOrDefaultAsync(b => b.OrganisationId == tenant.NgoId && b.MatchKey == key, cancellationToken);
        if (boy is null || await db.Set<TracingRequest>().AnyAsync(r => r.OrganisationId == tenant.NgoId, cancellationToken))
        {
            return;
        }

        var worker = DemoAccounts.EmailOf(Roles.NgoWorker);
        var now = clock.GetUtcNow().UtcDateTime;
        var year = now.Year;
        TracingRequest Request(int n, TracingDirection direction, string given, string surname, Sex sex, int? from, int? to, string origin, string separation, string separated, string remarks,
            string language, Guid? child = null, string? requester = null, string? relationship = null, string? contact = null) => new()
            {
                TenantId = tenant.TenantId, OrganisationId = tenant.NgoId, Number = string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{YearSeries.Prefix("TR", year)}{n:D5}"),
                Direction = direction, SoughtGivenNames = given, SoughtSurname = surname, SoughtSex = sex, SoughtBornFrom = from, SoughtBornTo = to,
                PlaceOfOrigin = origin, PlaceOfSeparation = separation, SeparatedOn = separated, Remarks = remarks, ChildCaseId = child,
                RequesterName = requester, RequesterRelationship = relationship, RequesterContact = contact, RequesterLanguage = language, CreatedAt = now.AddDays(-10 + n), CreatedBy = worker,
            };

        var uncle = Request(1, TracingDirection.RelativeSeeksChild, "Ахмад", "Рахими", Sex.Male, year - 18, year - 15, "Herat", "Van", "2025-03",
            "The uncle writes Russian; the request came through a volunteer in Berlin. The boy was last seen with a group crossing into Turkey.", "ru",
            requester: "Karim Rahimi", relationship: "uncle", contact: "+49 30 1234 5678");
        var own = Request(2, TracingDirection.ChildSeeksRelative, "Karim", "Rahimi", Sex.Male, null, null, "Herat", "Van", "2025-03",
            "Ahmad says his uncle lives in Germany, maybe Berlin.", boy.Language, child: boy.Id);
        var mother = Request(3, TracingDirection.RelativeSeeksChild, "Марія", "Коваленко", Sex.Female, year - 14, year - 11, "Kharkiv", "Przemyśl", "2022-03",
            "Separated at the border crossing in the crowd; the girl had a red backpack.", "uk",
            requester: "Olena Kovalenko", relationship: "mother", contact: "olena.kovalenko@example.org");
        db.AddRange(uncle, own, mother);

        // The runs a case worker would have made: the boy's case (with his own request's places) for
        // the uncle, and the uncle's request for the boy's own.
        var child = new KnownChild(boy.GivenNames, boy.Surname, boy.Sex, boy.BirthDate?.Year, own.PlaceOfOrigin, own.PlaceOfSeparation, own.SoughtName);
        var json = new JsonSerializerOptions(JsonSerializerDefaults.Web);
        var evidence = TracingComparison.Score(TracingDesk.SoughtOf(uncle), child);
        var written = JsonSerializer.Serialize(evidence, json);
        db.Add(new TracingMatch
        {
            RequestId = uncle.Id, CandidateKind = CandidateKind.ChildCase, CandidateId = boy.Id, ChildRequestId = own.Id,
            Probability = evidence.Probability, Evidence = written, FoundAt = now,
        });
        db.Add(new TracingMatch
        {
            RequestId = own.Id, CandidateKind = CandidateKind.Request, CandidateId = uncle.Id,
            Probability = evidence.Probability, Evidence = written, FoundAt = now,
        });
        uncle.Proposed(true, now);
        own.Proposed(true, now);
        await db.SaveChangesAsync(cancellationToken);
    }
}
