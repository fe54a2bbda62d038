using Microsoft.EntityFrameworkCore;
using Pathway.Cases.Appointments;
using Pathway.Cases.Workflow;
using Pathway.Platform.Localization;
using Pathway.Platform.Persistence;
using Pathway.Platform.Tenancy;

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
}

internal sealed class CaseLetterPrinter(
    ICaseDesk desk, PathwayDbContext db, ITenantScopeAccessor scope, LetterTemplates templates, Lazy<LetterFonts> fonts, TimeProvider clock) : ICaseLetters
{
    public async Task<LetterOutcome> PrintAsync(string number, LetterKind kind, SupportedCultures.UiLanguage language, CancellationToken cancellationToken = default)
    {
        if (await desk.OpenAsync(number, "letter " + LetterKindNames.Of(kind), cancellationToken) is not { } file)
        {
            return new LetterOutcome.CaseNotFound();
        }

        var appointment = kind == LetterKind.Summons ? await AppointmentAsync(number, cancellationToken) : null;
        var now = clock.GetLocalNow().DateTime;
        if (LetterComposer.Compose(kind, language, file.Case, appointment, templates, scope.Current.TenantId, now) is not { } letter)
        {
            return new LetterOutcome.NotAvailable();
        }

        var pdf = new LetterPdfWriter(fonts.Value).Write(letter);
        return new LetterOutcome.Printed(pdf, $"{LetterKindNames.Of(kind)}-{number}-{language.Code}.pdf");
    }

    // The next fingerprint appointment booked for the case, in its office's time.
    private async Task<LetterAppointment?> AppointmentAsync(string number, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var next = await (
            from booking in db.Set<Booking>()
            join slot in db.Set<Slot>() on booking.SlotId equals slot.Id
            join office in db.Set<Office>() on slot.OfficeId equals office.Id
            where booking.CaseNumber == number && booking.Status == BookingStatus.Active && slot.Service == AppointmentService.Fingerprints && slot.StartsAt > now
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
