using System.Text;
using Pathway.Cases.Letters;
using UglyToad.PdfPig;

namespace Pathway.Cases.Tests.Letters;

public sealed class LetterPdfWriterTests
{
    private static readonly DateTime Created = new(2026, 5, 4, 10, 0, 0, DateTimeKind.Utc);

    [Fact]
    public void Write_MixedScripts_TextReadsBackInLogicalOrder()
    {
        using var fonts = LetterFonts.Load();
        var letter = new PrintedLetter("Wezwanie", "pl", "ar", "Sprawa X", "Strona {0} z {1}", Created,
        [
            new(LetterBlockStyle.Title, "Wezwanie do usunięcia braków formalnych"),
            new(LetterBlockStyle.Paragraph, "Zażółć gęślą jaźń."),
            new(LetterBlockStyle.Paragraph, "Прошу усунути недоліки заяви."),
            new(LetterBlockStyle.Paragraph, "يرجى تصحيح النواقص في الطلب رقم WSC-II-S.6151.1.2026 خلال 7 أيام.", RightToLeft: true),
            new(LetterBlockStyle.Paragraph, "请在七天内补正申请的形式缺陷。"),
        ]);

        var bytes = new LetterPdfWriter(fonts).Write(letter);

        File.WriteAllBytes("/tmp/letter-test.pdf", bytes);
        using var pdf = PdfDocument.Open(bytes);
        var text = string.Concat(pdf.GetPages().Select(p => p.Text));
        Console.WriteLine(text);
        foreach (var w in pdf.GetPage(1).GetWords()) Console.WriteLine(w.Text);
        text.ShouldContain("Zażółć");
    }
}
