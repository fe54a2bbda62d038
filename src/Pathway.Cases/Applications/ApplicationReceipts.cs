using System.Globalization;
using Microsoft.Extensions.Localization;
using Pathway.Cases.Letters;
using Pathway.Cases.Localization;
using Pathway.Platform.Localization;
using Pathway.Platform.Printing;

namespace Pathway.Cases.Applications;

/// <summary>What a submitted application's receipt says: the case, when, what, and how it was signed.</summary>
public sealed record ApplicationReceipt(
    string CaseNumber, string ApplicationType, string ApplicationTypeName, DateTime SubmittedAtUtc, DateTimeOffset SubmittedAtWarsaw,
    string SignatureMethod, FeeAnswer? Fee, IReadOnlyList<ApplicationFileAnswer> Files, string StatusPage, EmployerAnnexAnswer? EmployerAnnex = null);

/// <summary>The receipt of a submitted application, as data and as a PDF in the migrant's language with a QR code to the case's status page.</summary>
internal sealed class ApplicationReceipts(ApplicationDesk desk, IStringLocalizer<CasesText> text, Lazy<PrintFonts> fonts)
{
    public IStringLocalizer<CasesText> Text => text;

    private static readonly TimeZoneInfo Warsaw = TimeZoneInfo.FindSystemTimeZoneById("Europe/Warsaw");

    public async Task<ApplicationReceipt?> ReceiptAsync(OnlineApplication a, CancellationToken cancellationToken = default)
    {
        if (a.State != ApplicationState.Submitted || a.CaseNumber is null || a.SubmittedAt is not { } at)
        {
            return null;
        }

        var entry = await desk.EntryAsync(a.ApplicationType, cancellationToken);
        var utc = DateTime.SpecifyKind(at, DateTimeKind.Utc);
        return new ApplicationReceipt(
            a.CaseNumber, a.ApplicationType, entry is null ? a.ApplicationType : text[entry.Type.Name], utc, TimeZoneInfo.ConvertTime(new DateTimeOffset(utc), Warsaw),
            a.SignatureMethod ?? "", a.FeeMethod is { } m ? new FeeAnswer(ApplicationAnswer.Camel(m.ToString()), a.FeeAmountPln, a.FeeReference, a.FeePaidOn) : null,
            [.. a.Files.OrderBy(f => f.UploadedAt).Select(f => new ApplicationFileAnswer(f.Id, f.DocumentCode, f.FileName, f.ContentType, f.Size, f.Sha256, f.UploadedAt))],
            "/my/cases/" + Uri.EscapeDataString(a.CaseNumber),
            a is { EmployerAnnexId: { } annexId, EmployerAnnexSha256: { } annexHash, EmployerAnnexFiledAt: { } annexAt } ? new EmployerAnnexAnswer(annexId, annexHash, annexAt) : null);
    }

    /// <param name="statusPageBase">The absolute address of the status pages, ending with a slash, for the QR code.</param>
    public async Task<byte[]?> PdfAsync(OnlineApplication a, string statusPageBase, CancellationToken cancellationToken = default)
    {
        if (await ReceiptAsync(a, cancellationToken) is not { } receipt)
        {
            return null;
        }

        var language = SupportedCultures.Current;
        var rtl = language.IsRightToLeft;
        var status = statusPageBase + Uri.EscapeDataString(receipt.CaseNumber);
        var blocks = new List<LetterBlock>
        {
            new(LetterBlockStyle.Title, text["Receipt of an online application"], rtl),
            new(LetterBlockStyle.Reference, text["Case number"], rtl),
            new(LetterBlockStyle.Paragraph, receipt.CaseNumber),
            new(LetterBlockStyle.Paragraph, text["Application type: {0}", receipt.ApplicationTypeName], rtl),
            new(LetterBlockStyle.Paragraph, text["Submitted at"], rtl),
            new(LetterBlockStyle.Paragraph, string.Create(CultureInfo.InvariantCulture,
                $"{receipt.SubmittedAtWarsaw:yyyy-MM-dd HH:mm:ss} Europe/Warsaw (UTC{receipt.SubmittedAtWarsaw:zzz})\n{receipt.SubmittedAtUtc:yyyy-MM-dd HH:mm:ss} UTC")),
            new(LetterBlockStyle.Paragraph, text["Signed with: {0}", SignatureName(receipt.SignatureMethod)], rtl),
        };
        if (receipt.Fee is { } fee)
        {
            blocks.Add(new(LetterBlockStyle.Paragraph, fee.Method == "transfer"
                ? text["Stamp duty {0} zł: paid by transfer {1} on {2}.", Amount(fee.AmountPln), fee.Reference ?? "", fee.PaidOn?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? ""]
                : text["Stamp duty {0} zł: to be paid at the office.", Amount(fee.AmountPln)], rtl));
        }

        blocks.Add(new(LetterBlockStyle.Heading, text["Files filed"], rtl));
        foreach (var file in receipt.Files)
        {
            blocks.Add(new(LetterBlockStyle.Paragraph, string.Create(CultureInfo.InvariantCulture, $"{file.FileName} · {file.Size} B · {file.Document}\nSHA-256: {file.Sha256}")));
        }

        if (receipt.EmployerAnnex is { } annex)
        {
            blocks.Add(new(LetterBlockStyle.Paragraph, text["Employer's annex"] + string.Create(CultureInfo.InvariantCulture, $" · {annex.FiledAt:yyyy-MM-dd HH:mm} UTC\nSHA-256: {annex.Sha256}"), rtl));
        }

        blocks.Add(new(LetterBlockStyle.Rule, ""));
        blocks.Add(new(LetterBlockStyle.Note, text["Follow your case on its status page (the QR code leads there):"], rtl));
        blocks.Add(new(LetterBlockStyle.Note, status));
        var letter = new PrintedLetter(
            text["Receipt of an online application"], language.Code, null, receipt.CaseNumber, "{0} / {1}", receipt.SubmittedAtUtc, blocks, QrCode: status);
        return new LetterPdfWriter(fonts.Value).Write(letter);
    }

    public string SignatureName(string method) => method == AuthenticatorSubmissionSigner.MethodName
        ? text["The account's two-factor code (authenticator app)"]
        : method;

    private static string Amount(decimal? amount) => amount?.ToString("0.00", CultureInfo.InvariantCulture) ?? "";
}
