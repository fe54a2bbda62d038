using Pathway.Portal.Demo;
using Pathway.Portal.Exchange;

namespace Pathway.Portal.Tests;

public sealed class MarkdownUnitsTests
{
    private const string Guide = """
        ## Karta pobytu: co zabrać

        Złóż wniosek **osobiście** w [urzędzie wojewódzkim](https://www.gov.pl/web/uw-mazowiecki) albo
        przez *moduł* MOS. Opłata: `440 zł`.

        - Paszport z [kartą pobytu](term:karta-pobytu), jeśli ją masz
        - Zdjęcie 35 × 45 mm\
          na jasnym tle
          1. Umowa o pracę
          2. Załącznik nr 1

        > Termin: **60 dni** od złożenia
        > kompletnego wniosku.

        | Dokument | Koszt |
        | --- | --- |
        | Wniosek | 440 zł |

        ```
        kod = "nie tłumaczyć"
        ```

        ![Karta pobytu, awers](/img/karta.png) Zobacz <https://mos.cudzoziemcy.gov.pl> i \*gwiazdki\*.
        """;

    [Fact]
    public void JoiningTheUnitsBack_GivesTheBodyByteForByte()
    {
        var layout = MarkdownUnits.Split(Guide);

        layout.Join([.. layout.Units.Select(u => u.Markdown)]).ShouldBe(Guide);
        layout.Units.Count.ShouldBeGreaterThanOrEqualTo(11);
    }

    [Fact]
    public void AUnitIsTheTextOfOneBlock_WithoutItsMarkers()
    {
        var units = MarkdownUnits.Split(Guide).Units.Select(u => u.Markdown).ToList();

        units[0].ShouldBe("Karta pobytu: co zabrać");
        units.ShouldContain("Umowa o pracę");
        units.ShouldContain("Wniosek");
        units.ShouldContain("440 zł");
        units.ShouldNotContain(u => u.Contains("nie tłumaczyć", StringComparison.Ordinal));
        units.ShouldNotContain(u => u.StartsWith("- ", StringComparison.Ordinal) || u.StartsWith("## ", StringComparison.Ordinal));
    }

    [Fact]
    public void Formatting_LinksAndGlossaryMentions_AreCodesHoldingTheirMarkdown()
    {
        var unit = MarkdownUnits.Split("Złóż **osobiście** w [urzędzie](https://uw.gov.pl) i zobacz [kartę pobytu](term:karta-pobytu).").Units.Single();

        unit.Pieces.ShouldBe(
        [
            new TextPiece("Złóż "),
            new CodePiece(CodeRole.Opening, "1", "**", CodeKind.Bold),
            new TextPiece("osobiście"),
            new CodePiece(CodeRole.Closing, "1", "**", CodeKind.Bold),
            new TextPiece(" w "),
            new CodePiece(CodeRole.Opening, "2", "[", CodeKind.Link),
            new TextPiece("urzędzie"),
            new CodePiece(CodeRole.Closing, "2", "](https://uw.gov.pl)", CodeKind.Link),
            new TextPiece(" i zobacz "),
            new CodePiece(CodeRole.Opening, "3", "[", CodeKind.Term),
            new TextPiece("kartę pobytu"),
            new CodePiece(CodeRole.Closing, "3", "](term:karta-pobytu)", CodeKind.Term),
            new TextPiece("."),
        ]);
    }

    [Fact]
    public void AQuotesContinuationLine_TravelsWithTheLineBreakCode()
    {
        var unit = MarkdownUnits.Split("> jeden\n> dwa").Units.Single();

        unit.Pieces.ShouldBe([new TextPiece("jeden"), new CodePiece(CodeRole.Standalone, "1", "\n> ", CodeKind.LineBreak), new TextPiece("dwa")]);
    }

    [Fact]
    public void TheDemoGuides_SplitAndJoinExactly()
    {
        foreach (var text in DemoContent.All.SelectMany(i => i.Texts.Values))
        {
            var layout = MarkdownUnits.Split(text.Body);
            layout.Join([.. layout.Units.Select(u => u.Markdown)]).ShouldBe(text.Body);
        }
    }

    [Fact]
    public void AnyText_SplitsAndJoinsExactly_WhateverMarkdownItLooksLike()
    {
        // Random strings over Markdown's special characters, nesting and line endings: never lose a byte.
        const string alphabet = "ab ł\n\n\r\t*_`[]()!<>#-+|\\:~&;1.>   ";
        var random = new Random(20261203);
        for (var run = 0; run < 3000; run++)
        {
            var chars = new char[random.Next(0, 120)];
            for (var i = 0; i < chars.Length; i++)
            {
                chars[i] = alphabet[random.Next(alphabet.Length)];
            }

            var text = new string(chars);
            var layout = MarkdownUnits.Split(text);
            layout.Join([.. layout.Units.Select(u => u.Markdown)]).ShouldBe(text, "run " + run.ToString(System.Globalization.CultureInfo.InvariantCulture));
        }
    }
}
