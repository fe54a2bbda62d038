using Microsoft.EntityFrameworkCore;
using Pathway.Cases.PaperFiles;
using Pathway.Platform.Demo;
using Pathway.Platform.Persistence;

namespace Pathway.Cases.Demo;

/// <summary>Gives the demo office two archive shelves, an officer's room and a gate, ten tagged files, reads and one stray tag.</summary>
internal sealed class PaperFilesSeeder(PathwayDbContext db, TimeProvider clock) : IDemoSeeder
{
    public const string CompanyPrefix = "5901234";
    public const string ShelfA = "urn:epc:id:sgln:5901234.00001.A1";
    public const string ShelfB = "urn:epc:id:sgln:5901234.00001.B1";
    public const string Room = "urn:epc:id:sgln:5901234.00001.R12";
    public const string Gate = "urn:epc:id:sgln:5901234.00001.G";

    public int Order => 31;

    public async Task SeedAsync(DemoTenant tenant, DemoSeedOptions options, IProgress<DemoSeedProgress>? progress, CancellationToken cancellationToken)
    {
        if (await db.Set<FileReader>().AnyAsync(r => r.TenantId == tenant.TenantId, cancellationToken))
        {
            return;
        }

        var tenantId = tenant.TenantId;
        var office = tenant.OfficeUnitIds[0];
        db.AddRange(
            new FileReader { TenantId = tenantId, ReaderId = ShelfA, Kind = ReaderKind.ArchiveShelf, Name = "Archive shelf A1" },
            new FileReader { TenantId = tenantId, ReaderId = ShelfB, Kind = ReaderKind.ArchiveShelf, Name = "Archive shelf B1" },
            new FileReader { TenantId = tenantId, ReaderId = Room, Kind = ReaderKind.OfficerRoom, Name = "Room 12" },
            new FileReader { TenantId = tenantId, ReaderId = Gate, Kind = ReaderKind.Gate, Name = "Archive door" });

        var now = clock.GetUtcNow().UtcDateTime;
        var day = now.Date.AddDays(-1).AddHours(7);
        for (var i = 1; i <= 10; i++)
        {
            var tag = ((TagEncoded)Giai96.Encode(CompanyPrefix, (1000 + i).ToString(System.Globalization.CultureInfo.InvariantCulture), 0)).Tag;
            var file = new PaperFile
            {
                TenantId = tenantId,
                OrganisationId = office,
                CaseNumber = FormattableString.Invariant($"WSC-II-S.6151.{100 + i}.2026"),
                TagHex = tag.Hex,
                Epc = tag.PureIdentityUri,
                BoundAt = day.AddDays(-7),
            };
            db.Add(file);
            // Files 1-6 live on shelf A, 7-10 on shelf B; file 9 sits in room 12; file 4 was put on shelf B by mistake.
            var shelf = i <= 6 ? ShelfA : ShelfB;
            db.Add(new CustodyEntry { TenantId = tenantId, OrganisationId = office, PaperFileId = file.Id, Kind = CustodyKind.CheckedIn, ShelfReaderId = shelf, At = day.AddDays(-7), ByName = "Archive" });
            var seenAt = i == 9 ? Room : i == 4 ? ShelfB : shelf;
            if (i != 5)
            {
                db.Add(new TagRead
                {
                    TenantId = tenantId, PaperFileId = file.Id, Epc = file.Epc, ReaderId = seenAt, EventTime = day.AddMinutes(i), EventTimeZoneOffset = "+01:00",
                    BizStep = "inventorying", Action = "OBSERVE", Source = ReadSource.Epcis, RecordedAt = day.AddMinutes(i),
                });
            }
        }

        db.Add(new ReadAnomaly
        {
            TenantId = tenantId, Kind = AnomalyKind.UnknownTag, Source = ReadSource.Csv, Epc = "urn:epc:id:giai:5901234.99999", ReaderId = ShelfA,
            EventTime = day.AddMinutes(20), Line = 2, Detail = "No paper file is bound to urn:epc:id:giai:5901234.99999.",
            Raw = FormattableString.Invariant($"{ShelfA},urn:epc:id:giai:5901234.99999,{day.AddMinutes(20):yyyy-MM-ddTHH:mm:ssZ}"), RecordedAt = day.AddMinutes(21),
        });
        await db.SaveChangesAsync(cancellationToken);
    }
}
