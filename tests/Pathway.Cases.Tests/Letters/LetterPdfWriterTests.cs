using System.Globalization;
using Pathway.Cases.Letters;
using Pathway.Platform.Printing;

namespace Pathway.Cases.Tests.Letters;

public sealed class LetterPdfWriterTests
{
    private static readonly DateTime Created = new(2026, 5, 4, 10, 0, 0, DateTimeKind.Unspecified);

    private static PrintedLetter Letter(params LetterBlock[] blocks) => new("Wezwanie – WSC-II-S.6151.1.2026", "pl", "ar", "WSC-II-S.6151.1.2026", "Strona {0} z {1}", Created, blocks);

    [Fact]
    public void Write_PolishCyrillicArabicChinese_EveryScriptReadsBack()
    {
        using var fonts = PrintFonts.Load();
        var bytes = new LetterPdfWriter(fonts).Write(Letter(
            new(LetterBlockStyle.Title, "Wezwanie do usunięcia braków formalnych"),
            new(LetterBlockStyle.Paragraph, "Zażółć gęślą jaźń."),
            new(LetterBlockStyle.Paragraph, "Прошу усунути недоліки заяви."),
            new(LetterBlockStyle.Paragraph, "يرجى تصحيح النواقص في الطلب رقم WSC-II-S.6151.1.2026 خلال 7 أيام.", RightToLeft: true),
            new(LetterBlockStyle.Paragraph, "请在七天内补正申请的形式缺陷。")));

        var pdf = LetterPdf.Read(bytes);

        pdf.Text.ShouldContain("Wezwanie do usunięcia braków formalnych");
        pdf.Text.ShouldContain("Zażółć gęślą jaźń.");
        pdf.Text.ShouldContain("Прошу усунути недоліки заяви.");
        pdf.Text.ShouldContain("请在七天内补正申请的形式缺陷。");
        pdf.ArabicWords.ShouldContain("يرجى");
        pdf.ArabicWords.ShouldContain("النواقص");
        pdf.HasJoinedArabicForms.ShouldBeTrue();
        pdf.Words.ShouldContain("WSC-II-S.6151.1.2026", "a Latin number inside Arabic text keeps its own left-to-right order");
        pdf.Pages.ShouldBe(1);
        pdf.Title.ShouldBe("Wezwanie – WSC-II-S.6151.1.2026");
        pdf.Keywords.ShouldBe("pl, ar");
        pdf.Text.ShouldContain("Strona 1 z 1");
    }

    [Fact]
    public void Write_RightToLeftParagraph_FirstWordIsPrintedRightmost()
    {
        using var fonts = PrintFonts.Load();
        var pdf = LetterPdf.Read(new LetterPdfWriter(fonts).Write(Letter(new LetterBlock(LetterBlockStyle.Paragraph, "قرار الرفض", RightToLeft: true))));

        // Words come left to right on the page; in Arabic the first word read is the rightmost one.
        pdf.ArabicWords.ShouldBe(["الرفض", "قرار"]);
    }

    [Fact]
    public void Write_TextLongerThanAPage_BreaksIntoPagesWithNumbers()
    {
        using var fonts = PrintFonts.Load();
        var paragraph = string.Join(' ', Enumerable.Repeat("Organ rozpatrzył wniosek i zebrany materiał dowodowy.", 12));
        var pdf = LetterPdf.Read(new LetterPdfWriter(fonts).Write(Letter([.. Enumerable.Range(0, 12).Select(_ => new LetterBlock(LetterBlockStyle.Paragraph, paragraph))])));

        pdf.Pages.ShouldBeGreaterThan(1);
        pdf.Text.ShouldContain(string.Create(CultureInfo.InvariantCulture, $"Strona 1 z {pdf.Pages}"));
        pdf.Text.ShouldContain(string.Create(CultureInfo.InvariantCulture, $"Strona {pdf.Pages} z {pdf.Pages}"));
    }

    [Fact]
    public void Load_FontsNotInstalled_SaysWhichFontAndPackage()
    {
        var missing = Should.Throw<PrintFontsMissingException>(() => PrintFonts.Load(["/nonexistent-fonts"]));

        missing.Message.ShouldContain("DejaVuSans.ttf");
        missing.Message.ShouldContain("fonts-dejavu-core");
    }
}
