using Microsoft.EntityFrameworkCore;
using Pathway.Cases.Appointments;
using Pathway.Cases.Workflow;
using Pathway.Platform.Localization;
using Pathway.Platform.Persistence;
using Pathway.Platform.Printing;

namespace Pathway.Cases.Letters;

/// <summary>What asking for a letter gives.</summary>
public abstract record LetterOutcome
{
    public sealed record Printed(byte[] Pdf, string FileName) : LetterOutcome;

    public sealed record CaseNotFound : LetterOutcome;

    /// <summary>The case has no such letter to write now (no decision yet, no notice out).</summary>
    public sealed record NotAvailable : LetterOutcome;
}

/// <summary>Prints a case's letters; opening the case for it goes to the audit trail.</summary>
public interface ICaseLetters
{
    Task<LetterOutcome> PrintAsync(string number, LetterKind kind, SupportedCultures.UiLanguage language, CancellationToken cancellationToken = default);

    /// <summary>Prints a letter of a case the caller has already opened (and whose read is already audited).</summary>
    Task<LetterOutcome> PrintAsync(ResidenceCase @case, LetterKind kind, SupportedCultures.UiLanguage language, CancellationToken cancellationToken = default);
}

internal sealed class CaseLetterPrinter(
    ICaseDesk desk, PathwayDbContext db, LetterTemplates templates, Lazy<PrintFonts> fonts, TimeProvider clock) : ICaseLetters
{
    public async Task<LetterOutcome> PrintAsync(string number, LetterKind kind, SupportedCultures.UiLanguage language, CancellationToken cancellationToken = default)
    {
        if (await desk.OpenAsync(number, "letter " + LetterKindNames.Of(kind), cancellationToken) is not { } file)
        {
            return new LetterOutcome.CaseNotFound();
        }

        return await PrintAsync(file.Case, kind, language, cancellationToken);
    }

    public async Task<LetterOutcome> PrintAsync(ResidenceCase @case, LetterKind kind, SupportedCultures.UiLanguage language, CancellationToken cancellationToken = default)
    {
        var number = @case.Number;
        var appointment = kind == LetterKind.Summons ? await AppointmentAsync(@case, cancellationToken) : null;
        var now = clock.GetLocalNow().DateTime;
        if (LetterComposer.Compose(kind, language, @case, appointment, templates, @case.TenantId, now) is not { } letter)
        {
            return new LetterOutcome.NotAvailable();
        }

        var pdf = new LetterPdfWriter(fonts.Value).Write(letter);
        return new LetterOutcome.Printed(pdf, $"{LetterKindNames.Of(kind)}-{number}-{language.Code}.pdf");
    }

    // The next fingerprint appointment booked for the case, in its office's time.
    // The case is already open to the caller, so its bookings are read by number in its tenant; an applicant's
    // scope would otherwise hide them.
    private async Task<LetterAppointment?> AppointmentAsync(ResidenceCase @case, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var next = await (
            from booking in db.Set<Booking>().IgnoreQueryFilters()
            join slot in db.Set<Slot>() on booking.SlotId equals slot.Id
            join office in db.Set<Office>() on slot.OfficeId equals office.Id
            where booking.TenantId == @case.TenantId && booking.CaseNumber == @case.Number && booking.Status == BookingStatus.Active && slot.Service == AppointmentService.Fingerprints && slot.StartsAt > now
            orderby slot.StartsAt
            select new { slot.StartsAt, office.Name, office.Address, office.TimeZone })
            .FirstOrDefaultAsync(cancellationToken);
        if (next is null)
        {
            return null;
        }

        var zone = TimeZoneInfo.FindSystemTimeZoneById(next.TimeZone);
        return new LetterAppointment(TimeZoneInfo.ConvertTimeFromUtc(DateTime.SpecifyKind(next.StartsAt, DateTimeKind.Utc), zone), next.Name, next.Address);
    }
}
