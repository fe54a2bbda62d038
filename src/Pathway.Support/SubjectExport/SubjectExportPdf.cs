using System.Globalization;
using Microsoft.Extensions.Localization;
using Pathway.Platform.Localization;
using Pathway.Platform.Printing;
using Pathway.Support.Beneficiaries;
using Pathway.Support.Closures;
using Pathway.Support.Interpreting;
using Pathway.Support.Languages;
using Pathway.Support.Needs;
using Pathway.Support.Plans;
using Pathway.Support.Referrals;
using Pathway.Support.Tracing;
using Pathway.Support.Transfers;
using SkiaSharp;

namespace Pathway.Support.SubjectExport;

/// <summary>
/// The person's data as a PDF they can read: in their language (right to left for Arabic, Dari and
/// Urdu), a heading per kind of record, and on every page their exporter's name and the day,
/// across the page and in the footer, with the page's number.
/// </summary>
internal sealed class SubjectExportPdf(PrintFonts fonts, IStringLocalizer text)
{
    private static readonly SKColor Watermark = new(0xb0, 0xb0, 0xb0, 0x60);

    public byte[] Write(SubjectData data, TimeZoneInfo zone)
    {
        var language = SupportedCultures.ForReader(data.Case.Language);
        using var inTheirLanguage = InLanguage.Of(language.Culture);
        var book = new Book(data, zone, text);
        // The footer says "page 2 of 5": the first printing counts the pages, the second numbers them.
        var (_, pages) = Print(book, language.IsRightToLeft, null);
        return Print(book, language.IsRightToLeft, pages).Pdf;
    }

    private (byte[] Pdf, int Pages) Print(Book book, bool rightToLeft, int? total)
    {
        using var stream = new MemoryStream();
        var created = book.Data.ExportedAt;
        var metadata = new SKDocumentPdfMetadata { Title = book.Title, Author = book.Data.ExportedBy, Creator = "Pathway", Producer = "Pathway", Creation = created, Modified = created };
        int count;
        using (var document = SKDocument.CreatePdf(stream, metadata))
        using (var pen = new PdfPen(fonts, rightToLeft))
        {
            var pages = new PdfPages(document, pen, (canvas, page) => Decorate(canvas, pen, book.Watermark, text["Page {0} of {1}", page, total ?? page]));
            book.Write(pages);
            pages.Close();
            document.Close();
            count = pages.Count;
        }

        return (stream.ToArray(), count);
    }

    /// <summary>The exporter and the day across the page, under the text, and again in the footer with the page's number.</summary>
    private static void Decorate(SKCanvas canvas, PdfPen pen, string watermark, string page)
    {
        const float footer = 8f;
        var diagonal = MathF.Sqrt((PdfPages.PageWidth * PdfPages.PageWidth) + (PdfPages.PageHeight * PdfPages.PageHeight));
        var size = Math.Min(30f, 30f * 0.8f * diagonal / Math.Max(1f, pen.Measure(watermark, 30f, true)));
        var width = pen.Measure(watermark, size, true);
        canvas.Save();
        canvas.Translate(PdfPages.PageWidth / 2, PdfPages.PageHeight / 2);
        canvas.RotateRadians(-MathF.Atan2(PdfPages.PageHeight, PdfPages.PageWidth));
        pen.Draw(canvas, watermark, -width / 2, size / 3, size, true, Watermark);
        canvas.Restore();

        foreach (var (line, baseline) in new[] { (watermark, PdfPages.PageHeight - 38f), (page, PdfPages.PageHeight - 26f) })
        {
            var lineWidth = pen.Measure(line, footer, false);
            pen.Draw(canvas, line, pen.RightToLeft ? PdfPages.Margin + PdfPages.Width - lineWidth : PdfPages.Margin, baseline, footer, false, PdfPages.Grey);
        }
    }

    /// <summary>The export's sections in the reader's words, written onto the pages.</summary>
    private sealed class Book(SubjectData data, TimeZoneInfo zone, IStringLocalizer text)
    {
        private const float Size = 10f;

        public SubjectData Data => data;

        public string Title { get; } = text["The person's data held by {0}", data.Organisation];

        public string Watermark { get; } = text["Exported by {0} on {1}", data.ExportedBy, Time(data.ExportedAt, zone)];

        public void Write(PdfPages pages)
        {
            pages.Text(Title, 16f, bold: true, after: 4f);
            pages.Text(text["Everything the organisation holds about the person of case {0}, as the GDPR (art. 15) gives them the right to read it.", data.Case.Number],
                Size, bold: false, after: 6f, PdfPages.Grey);
            Case(pages);
            Section(pages, text["Consents"], data.Consents, c =>
            {
                pages.Text(BeneficiaryText.Allows(c.Kind, c.Recipient, text), Size, bold: true, after: 0f);
                pages.Pair(text["Given"], By(Time(c.GivenAt), c.RecordedBy), Size);
                Optional(pages, text["Revoked"], c.RevokedAt is { } revoked ? By(Time(revoked), c.RevokedBy ?? "?") : null);
            });
            Section(pages, text["Services"], data.Services, s =>
            {
                pages.Text(ServiceText.Kind(s.Kind, text), Size, bold: true, after: 0f);
                pages.Pair(text["State"], ServiceText.Status(s.Status, text), Size);
                Optional(pages, text["Day"], Day(s.DeliveredOn ?? s.DueOn));
                pages.Pair(text["Given by"], s.Provider, Size);
                Optional(pages, text["Minutes"], s.Minutes?.ToString(CultureInfo.CurrentCulture));
                Optional(pages, text["Languages"], s.LanguageFrom is { } from ? $"{LanguageNames.Of(from)} → {LanguageNames.Of(s.LanguageTo ?? "?")}" : null);
                Optional(pages, text["Outcome"], s.Outcome);
                Optional(pages, text["Funded project"], s.Project);
            });
            Section(pages, text["Vulnerability assessments"], data.Assessments, a =>
            {
                pages.Pair(text["Assessed on"], Day(a.AssessedOn)!, Size);
                pages.Pair(text["Assessed by"], a.AssessedBy, Size);
                pages.Pair(text["Needs found"], a.NoSpecificNeeds ? text["No specific needs were found."] : string.Join("\n", a.Needs.Select(Need)), Size);
                Optional(pages, text["Note"], a.Note);
                pages.Pair(text["Next review on"], Day(a.NextReviewOn)!, Size);
            });
            Section(pages, text["Referrals"], data.Referrals, r =>
            {
                pages.Text(r.To, Size, bold: true, after: 0f);
                pages.Pair(text["Sent"], By(Time(r.SentAt), r.SentBy), Size);
                Optional(pages, text["Service"], r.Service is { } service ? ServiceText.Kind(service, text) : null);
                pages.Pair(text["Note"], r.Note, Size);
                Optional(pages, text["Sections passed on"], r.Sections.Count == 0 ? null : string.Join(", ", r.Sections.Select(s => ReferralText.Section(s, text))));
                Optional(pages, text["Without consent (a supervisor's decision)"], r.OverrideReason);
                pages.Pair(text["State"], ReferralText.Status(r.Status, text), Size);
                Steps(pages, [.. r.Steps.Select(s => (s.At, ReferralText.Status(s.Status, text), s.By, s.Organisation, ReferralText.Reason(s.Reason, text)))]);
            });
            Section(pages, text["Transfers"], data.Transfers, t =>
            {
                pages.Text($"{t.From} → {t.To}", Size, bold: true, after: 0f);
                pages.Pair(text["Case number"], t.NewCaseNumber is { } renumbered ? $"{t.CaseNumber} → {renumbered}" : t.CaseNumber, Size);
                pages.Pair(text["Reason"], t.Reason, Size);
                Optional(pages, text["Without consent (a supervisor's decision)"], t.OverrideReason);
                pages.Pair(text["State"], TransferText.Status(t.Status, text), Size);
                Steps(pages, [.. t.Steps.Select(s => (s.At, TransferText.Status(s.Status, text), s.By, s.Organisation, TransferText.Reason(s.Reason, text)))]);
            });
            Section(pages, text["Closures"], data.Closures, c =>
            {
                pages.Text(ClosureText.Reason(c.Reason, text), Size, bold: true, after: 0f);
                Optional(pages, text["Note"], c.Note);
                pages.Pair(text["State"], ClosureText.Status(c.Status, text), Size);
                pages.Text(text["Asked by {0} on {1}", c.RequestedBy, Time(c.RequestedAt)], Size, bold: false, after: 0f);
                if (c.DecidedAt is { } decided)
                {
                    pages.Text(text["Decided by {0} on {1}", c.DecidedBy ?? "?", Time(decided)], Size, bold: false, after: 0f);
                }

                Optional(pages, text["Note"], c.DecisionNote);
                if (c.ReopenedAt is { } reopened)
                {
                    pages.Text(text["Reopened by {0} on {1}", c.ReopenedBy ?? "?", Time(reopened)], Size, bold: false, after: 0f);
                }

                Optional(pages, text["Reason"], c.ReopenReason);
            });
            Section(pages, text["Approved plans"], data.Plans, p =>
            {
                pages.Text(text["{0}, version {1}", PlanText.Kind(p.Kind, text), p.Version], Size, bold: true, after: 0f);
                pages.Pair(p.InForce ? text["Plan in force"] : text["Approved"], p.ApprovedAt is { } approved ? By(Time(approved), p.ApprovedBy ?? "?") : "—", Size);
                foreach (var goal in p.Goals)
                {
                    pages.Pair(PlanText.Area(goal.Area, text), goal.Text, Size);
                    foreach (var task in goal.Tasks)
                    {
                        pages.Text($"• {task.Text} ({PlanText.Assignee(task.Assignee, task.MemberName, text)}{(task.DueOn is { } due ? ", " + Day(due) : "")}){(task.DoneAt is { } done ? " ✓ " + Time(done) : "")}",
                            Size, bold: false, after: 0f);
                    }
                }
            });
            Section(pages, text["Interpreter requests"], data.InterpreterRequests, r =>
            {
                pages.Text(InterpretingText.Kind(r.Kind, text), Size, bold: true, after: 0f);
                pages.Pair(text["Languages"], $"{LanguageNames.Of(r.PersonLanguage)} ↔ {LanguageNames.Of(r.WorkerLanguage)}", Size);
                pages.Pair(text["Day"], text["{0} at {1}, {2} minutes", Day(r.Day)!, r.Start.ToString("HH:mm", CultureInfo.InvariantCulture), r.Minutes], Size);
                pages.Text(InterpretingText.Mode(r.Mode, text), Size, bold: false, after: 0f);
                Optional(pages, text["Interpreter"], r.Interpreter);
                pages.Pair(text["State"], InterpretingText.Status(r.Status, text), Size);
                Optional(pages, text["Note"], r.Note);
            });
            Section(pages, text["Family tracing"], data.TracingRequests, t =>
            {
                pages.Text($"{t.Number}: {TracingText.Direction(t.Direction, text)}", Size, bold: true, after: 0f);
                pages.Pair(text["Sought person"], t.SoughtName, Size);
                Optional(pages, text["Place of origin"], t.PlaceOfOrigin);
                Optional(pages, text["Place of separation"], t.PlaceOfSeparation);
                Optional(pages, text["Remarks"], t.Remarks);
                pages.Pair(text["State"], TracingText.Status(t.Status, text), Size);
                pages.Pair(text["Registered"], By(Time(t.CreatedAt), t.CreatedBy), Size);
            });
            Section(pages, text["Break-glass access"], data.BreakGlassOpenings, o =>
            {
                pages.Pair(text["Opened by"], o.By, Size);
                pages.Pair(text["Opened"], Time(o.OpenedAt), Size);
                pages.Pair(text["Until"], Time(o.ExpiresAt), Size);
                pages.Pair(text["Reason"], o.Reason, Size);
                if (o.ReviewedAt is { } reviewed)
                {
                    pages.Text(text["Reviewed by {0} on {1}", o.ReviewedBy ?? "?", Time(reviewed)], Size, bold: false, after: 0f);
                }

                Optional(pages, text["Note"], o.ReviewNote);
            });
            Readings(pages);
        }

        private void Case(PdfPages pages)
        {
            var c = data.Case;
            Heading(pages, text["Case"]);
            pages.Pair(text["Case number"], c.Number, Size);
            pages.Pair(text["Given names"], c.GivenNames, Size);
            pages.Pair(text["Surname"], c.Surname, Size);
            pages.Pair(text["Date of birth"], Day(c.BirthDate) ?? text["Not known"], Size);
            pages.Pair(text["Sex"], BeneficiaryText.Sex(c.Sex, text), Size);
            pages.Pair(text["Citizenship"], c.Citizenship ?? "—", Size);
            pages.Pair(text["Language of the person's receipts"], SupportedCultures.ByCode(c.Language)?.NativeName ?? c.Language, Size);
            pages.Pair(text["Basis for holding the person's data"], BeneficiaryText.Basis(c.LegalBasis, text), Size);
            pages.Pair(text["Registered"], By(Time(c.RegisteredAt), c.RegisteredBy), Size);
            pages.Pair(text["Case team"], string.Join(", ", c.Team), Size);
            Optional(pages, text["Closed"], c.ClosedAt is { } closed ? Time(closed) : null);
            Optional(pages, text["Sealed"], c.SealedAt is { } sealedAt ? Time(sealedAt) : null);
        }

        /// <summary>Who opened or changed the case, as a table of the audit trail's entries.</summary>
        private void Readings(PdfPages pages)
        {
            const float column = 120f;
            Heading(pages, text["Who opened or changed the case"]);
            if (data.Readings.Count == 0)
            {
                pages.Text(text["Nothing is recorded."], Size, bold: false, after: 0f, PdfPages.Grey);
                return;
            }

            pages.Row(text["Who"], [text["When"], text["Action"]], bold: true, rule: true, column);
            foreach (var reading in data.Readings)
            {
                pages.Row(reading.By, [Time(reading.At), reading.Action], bold: false, rule: false, column);
            }
        }

        private void Section<T>(PdfPages pages, string heading, IReadOnlyList<T> items, Action<T> write)
        {
            Heading(pages, heading);
            if (items.Count == 0)
            {
                pages.Text(text["Nothing is recorded."], Size, bold: false, after: 0f, PdfPages.Grey);
                return;
            }

            foreach (var item in items)
            {
                pages.Keep(4f * Size * 1.5f);
                write(item);
                pages.Space(6f);
            }
        }

        private static void Heading(PdfPages pages, string heading)
        {
            pages.Space(12f);
            pages.Keep(48f);
            pages.Text(heading, 12.5f, bold: true, after: 4f);
        }

        private static void Optional(PdfPages pages, string label, string? value)
        {
            if (!string.IsNullOrWhiteSpace(value))
            {
                pages.Pair(label, value, Size);
            }
        }

        private void Steps(PdfPages pages, IReadOnlyList<(DateTime At, string Status, string By, string Organisation, string? Reason)> steps)
        {
            foreach (var step in steps)
            {
                pages.Text(text["{0}: {1}, by {2} ({3})", Time(step.At), step.Status, step.By, step.Organisation], Size, bold: false, after: 0f);
                if (!string.IsNullOrWhiteSpace(step.Reason))
                {
                    pages.Text(step.Reason, Size, bold: false, after: 0f, PdfPages.Grey);
                }
            }
        }

        private string Need(ExportedNeed need) =>
            (need.UnhcrCode is { } code ? $"{code} " : "") + NeedText.Category(need.Category, text)
            + (need.Exploitation is { } form ? $" ({NeedText.Exploitation(form, text)})" : "");

        private string By(string when, string who) => text["{0}, by {1}", when, who];

        private string Time(DateTime at) => Time(at, zone);

        private static string Time(DateTime at, TimeZoneInfo zone) =>
            TimeZoneInfo.ConvertTimeFromUtc(DateTime.SpecifyKind(at, DateTimeKind.Utc), zone).ToString("g", CultureInfo.CurrentCulture);

        private static string? Day(DateOnly? day) => day?.ToString("d", CultureInfo.CurrentCulture);
    }
}
