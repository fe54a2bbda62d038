using Pathway.Platform.Casework;
using Pathway.Platform.Portal;

namespace Pathway.Analytics.Warehouse;

// The facts of people's visits: appointments at the offices' counters and uses of the portal.
internal sealed partial class FactWriter
{
    private static readonly FactStatement Appointments = new(
        """
        INSERT INTO "Analytics_FactAppointments" ("BookingId", "TenantId", "Version", "OfficeId", "Service", "Channel", "Status", "BookedOn", "SlotOn", "SlotHour",
            "Moves", "LeadDays")
        """,
        12,
        """
        ON CONFLICT ("BookingId") DO UPDATE SET "Version" = excluded."Version", "OfficeId" = excluded."OfficeId", "Service" = excluded."Service",
            "Channel" = excluded."Channel", "Status" = excluded."Status", "BookedOn" = excluded."BookedOn", "SlotOn" = excluded."SlotOn",
            "SlotHour" = excluded."SlotHour", "Moves" = excluded."Moves", "LeadDays" = excluded."LeadDays"
        WHERE excluded."Version" > "Analytics_FactAppointments"."Version"
        """);

    // A record of the portal never changes: the first snapshot stays.
    private static readonly FactStatement PortalUses = new(
        """
        INSERT INTO "Analytics_FactPortalUse" ("UseId", "TenantId", "Kind", "ItemId", "Language", "On", "Hour", "Helpful", "Stars", "Answered")
        """,
        10,
        """
        ON CONFLICT ("UseId") DO NOTHING
        """);

    /// <summary>The longest language code the warehouse keeps (the portal's are five letters at most).</summary>
    public const int MaxLanguageLength = 16;

    private readonly List<object?[]> pendingAppointments = [];
    private readonly List<object?[]> pendingPortalUses = [];

    private async Task WriteAsync(AppointmentFacts f, CancellationToken cancellationToken)
    {
        if (dimensions)
        {
            await DateAsync(f.BookedOn, cancellationToken);
            await DateAsync(f.SlotOn, cancellationToken);
        }

        await OfficeAsync(f.OrganisationId, f.TenantId, cancellationToken);

        await WriteAsync(Appointments, pendingAppointments, cancellationToken,
            f.BookingId, f.TenantId, f.Version, f.OrganisationId, f.Service, f.Channel, f.Status, f.BookedOn, f.SlotOn, f.SlotHour, f.Moves, f.LeadDays);
        Taken++;
    }

    private async Task WriteAsync(PortalUseFacts f, CancellationToken cancellationToken)
    {
        if (dimensions)
        {
            await DateAsync(f.On, cancellationToken);
        }

        var language = f.Language.Length > MaxLanguageLength ? f.Language[..MaxLanguageLength] : f.Language;
        await WriteAsync(PortalUses, pendingPortalUses, cancellationToken,
            f.UseId, f.TenantId, f.Kind, f.ItemId, language, f.On, f.Hour, f.Helpful, f.Stars, f.Answered);
        Taken++;
    }

    private async Task FlushVisitsAsync(CancellationToken cancellationToken)
    {
        await FlushAsync(Appointments, pendingAppointments, cancellationToken);
        await FlushAsync(PortalUses, pendingPortalUses, cancellationToken);
    }
}
