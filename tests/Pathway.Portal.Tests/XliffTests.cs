using System.Xml.Linq;
using Pathway.Portal.Content;
using Pathway.Portal.Exchange;

namespace Pathway.Portal.Tests;

public sealed class XliffTests
{
    private const string SourceBody = "Złóż wniosek **osobiście** w [urzędzie](https://uw.gov.pl).\n\n- Paszport\n- Zdjęcie\n";
    private const string TargetBody = "Подайте заяву **особисто** в [управлінні](https://uw.gov.pl).\n\n- Паспорт\n- Фото\n";

    [Theory]
    [InlineData(XliffFormat.Xliff2)]
    [InlineData(XliffFormat.Xliff12)]
    public void ATranslationWrittenOutAndReadBack_GivesTheSameMarkdown(XliffFormat format)
    {
        var item = Item(TranslationState.Draft);

        var file = Read(Write(ContentExchange.FileOf(item, "uk"), format), format).Single();

        file.ItemId.ShouldBe(item.Id);
        file.Version.ShouldBe(item.Version);
        file.Units.Select(u => u.Id).ShouldBe(["title", "b1", "b2", "b3"]);
        var layout = MarkdownUnits.Split(SourceBody);
        var problems = new List<ExchangeProblem>();
        var texts = file.Units.Skip(1).Select((u, i) => Codes.Resolve(u.Target!, layout.Units[i], file.Id, u.Id, problems)!).ToList();
        problems.ShouldBeEmpty();
        layout.Join(texts).ShouldBe(TargetBody);
        file.Units[0].Target!.Markdown.ShouldBe("Номер PESEL");
        file.Units.ShouldAllBe(u => u.TargetState == TranslationState.Draft);
    }

    [Theory]
    [InlineData(XliffFormat.Xliff2)]
    [InlineData(XliffFormat.Xliff12)]
    public void AUnitThatBeginsWithACode_ComesBackWithoutWhitespaceBeforeIt_FromTheFileAsSaved(XliffFormat format)
    {
        var item = Item(TranslationState.Draft, "[Opłata skarbowa](term:stamp-duty) wynosi 340 zł.\n", "[Гербовий збір](term:stamp-duty) становить 340 злотих.\n");

        var file = Read(Write(ContentExchange.FileOf(item, "uk"), format), format).Single();

        var layout = MarkdownUnits.Split(item.In("pl")!.Body);
        var problems = new List<ExchangeProblem>();
        layout.Join([Codes.Resolve(file.Units[1].Target!, layout.Units[0], file.Id, "b1", problems)!]).ShouldBe(item.In("uk")!.Body);
        problems.ShouldBeEmpty();
    }

    [Fact]
    public void Xliff2_PutsFormattingInPairedCodesWithOriginalData_AndTheVersionInTheMetadataModule()
    {
        var document = Xliff20.Write("pl", "uk", rightToLeft: false, [ContentExchange.FileOf(Item(TranslationState.InReview), "uk")]);
        XNamespace x = "urn:oasis:names:tc:xliff:document:2.0";

        var root = document.Root!;
        root.Name.ShouldBe(x + "xliff");
        ((string?)root.Attribute("version")).ShouldBe("2.0");
        ((string?)root.Attribute("srcLang")).ShouldBe("pl");
        ((string?)root.Attribute("trgLang")).ShouldBe("uk");
        var unit = root.Descendants(x + "unit").Single(u => (string?)u.Attribute("id") == "b1");
        var pc = unit.Element(x + "segment")!.Element(x + "source")!.Elements(x + "pc").First();
        ((string?)pc.Attribute("subType")).ShouldBe("xlf:b");
        var data = unit.Element(x + "originalData")!.Elements(x + "data").ToDictionary(d => (string)d.Attribute("id")!, d => d.Value, StringComparer.Ordinal);
        data[(string)pc.Attribute("dataRefStart")!].ShouldBe("**");
        var segment = unit.Element(x + "segment")!;
        ((string?)segment.Attribute("state")).ShouldBe("translated");
        ((string?)segment.Attribute("subState")).ShouldBe(XliffStates.InReviewSubState);
        // The Metadata module sits before <notes> and the units, as the schema orders a file's children.
        var file = root.Element(x + "file")!;
        file.Elements().First().Name.ShouldBe(Xliff20.Mda + "metadata");
    }

    [Theory]
    [InlineData(TranslationState.MachineDraft)]
    [InlineData(TranslationState.Draft)]
    [InlineData(TranslationState.InReview)]
    public void EveryStateAnImportWrites_ComesBackAsItself_InBothVersions(TranslationState state)
    {
        var (state20, sub) = XliffStates.To20(state);
        XliffStates.From20(state20, sub).ShouldBe((state, ToolMark.None));
        var (state12, qualifier, approved) = XliffStates.To12(state);
        XliffStates.From12(state12, qualifier, approved).ShouldBe((state, ToolMark.None));
    }

    [Fact]
    public void PublishedAndStale_ComeBackMarked_SoThatAnUnchangedFileChangesNothing()
    {
        XliffStates.From20(XliffStates.To20(TranslationState.Published).State, null).Mark.ShouldBe(ToolMark.Final);
        var (state, sub) = XliffStates.To20(TranslationState.Stale);
        XliffStates.From20(state, sub).Mark.ShouldBe(ToolMark.NeedsUpdate);
        var twelve = XliffStates.To12(TranslationState.Published);
        XliffStates.From12(twelve.State, twelve.Qualifier, twelve.Approved).Mark.ShouldBe(ToolMark.Final);
        XliffStates.From12(XliffStates.To12(TranslationState.Stale).State, null, false).Mark.ShouldBe(ToolMark.NeedsUpdate);
    }

    [Fact]
    public void AUnitATool_Resegmented_IsReadAsOneText_WithItsTargetsInTheirOrder_AndSplitCodesJoined()
    {
        const string file = """
            <xliff xmlns="urn:oasis:names:tc:xliff:document:2.0" version="2.0" srcLang="pl" trgLang="uk">
              <file id="f1" original="portal/content/0190f5c0-0000-7000-8000-000000000001">
                <unit id="b1">
                  <originalData><data id="d1">**</data><data id="d1e">**</data></originalData>
                  <segment state="translated"><source>Jeden <sc id="1" dataRef="d1"/>dwa.</source><target>Перше <sc id="1" dataRef="d1"/>два.</target></segment>
                  <ignorable><source> </source></ignorable>
                  <segment state="reviewed"><source>Trzy<ec startRef="1" dataRef="d1e"/> cztery.</source><target order="3">Три<ec startRef="1" dataRef="d1e"/> чотири.</target></segment>
                </unit>
              </file>
            </xliff>
            """;
        var problems = new List<ExchangeProblem>();

        var (_, _, files) = Xliff20.Read(XDocument.Parse(file, LoadOptions.PreserveWhitespace), problems);

        problems.ShouldBeEmpty();
        var unit = files.Single().Units.Single();
        unit.Target!.Markdown.ShouldBe("Перше **два. Три** чотири.");
        unit.TargetState.ShouldBe(TranslationState.Draft);
        files.Single().ItemId.ShouldBe(Guid.Parse("0190f5c0-0000-7000-8000-000000000001"));
    }

    [Fact]
    public void Xliff12Codes_WithoutTheirMarkdown_TakeTheSourcesOfTheSameId()
    {
        const string file = """
            <xliff xmlns="urn:oasis:names:tc:xliff:document:1.2" version="1.2">
              <file original="portal/content/0190f5c0-0000-7000-8000-000000000001" source-language="pl" target-language="uk" datatype="x-markdown" build-num="4">
                <body>
                  <trans-unit id="b1"><source>x</source><target state="translated"><mrk mtype="seg" mid="1">Подайте <g id="1">особисто</g> в <g id="2">управлінні</g>.</mrk></target></trans-unit>
                </body>
              </file>
            </xliff>
            """;
        var problems = new List<ExchangeProblem>();
        var (source, target, files) = Xliff12.Read(XDocument.Parse(file), problems);
        var sourceUnit = MarkdownUnits.Split(SourceBody).Units[0];

        var markdown = Codes.Resolve(files.Single().Units.Single().Target!, sourceUnit, "f", "b1", problems);

        problems.ShouldBeEmpty();
        (source, target).ShouldBe(("pl", "uk"));
        files.Single().Version.ShouldBe(4);
        markdown.ShouldBe("Подайте **особисто** в [управлінні](https://uw.gov.pl).");
    }

    [Fact]
    public void ACodeNeitherInTheSourceNorGivenItsMarkdown_IsAProblemNamedWithItsUnit()
    {
        var problems = new List<ExchangeProblem>();
        var target = new UnitText([new TextPiece("a "), new CodePiece(CodeRole.Standalone, "9", null, CodeKind.Other)]);

        Codes.Resolve(target, MarkdownUnits.Split(SourceBody).Units[0], "pesel-number", "b1", problems).ShouldBeNull();

        problems.Single().ShouldSatisfyAllConditions(p => p.File.ShouldBe("pesel-number"), p => p.Unit.ShouldBe("b1"));
    }

    [Fact]
    public void ACharacterXmlCannotHold_IsWrittenAsACodePoint_AndReadBack()
    {
        var item = Item(TranslationState.Draft);
        item.In("uk")!.Title = "Номер\u0001PESEL";

        var document = Xliff20.Write("pl", "uk", false, [ContentExchange.FileOf(item, "uk")]);
        var text = document.ToString();
        text.ShouldContain("<cp hex=\"0001\" />");
        var (_, _, files) = Xliff20.Read(XDocument.Parse(text), []);

        files.Single().Units[0].Target!.Markdown.ShouldBe("Номер\u0001PESEL");
    }

    private static XDocument Write(ExchangeFile file, XliffFormat format) =>
        XDocument.Parse((format == XliffFormat.Xliff2 ? Xliff20.Write("pl", "uk", false, [file]) : Xliff12.Write("pl", "uk", [file])).ToString(ContentExchange.SaveOptions), LoadOptions.PreserveWhitespace);

    private static List<ExchangeFile> Read(XDocument document, XliffFormat format)
    {
        var problems = new List<ExchangeProblem>();
        var files = format == XliffFormat.Xliff2 ? Xliff20.Read(document, problems).Files : Xliff12.Read(document, problems).Files;
        problems.ShouldBeEmpty();
        return files;
    }

    private static ContentItem Item(TranslationState state, string sourceBody = SourceBody, string targetBody = TargetBody)
    {
        var item = new ContentItem { Slug = "residence-card", SourceLanguage = "pl", Version = 4 };
        var source = new ContentText { ItemId = item.Id, Language = "pl", Title = "Numer PESEL", Body = sourceBody, State = TranslationState.Published };
        item.Texts.Add(source);
        item.Texts.Add(new ContentText { ItemId = item.Id, Language = "uk", Title = "Номер PESEL", Body = targetBody, State = state, SourceHash = SourceHashes.Of(source) });
        return item;
    }
}
