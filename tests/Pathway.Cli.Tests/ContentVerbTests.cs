using System.Xml.Linq;

namespace Pathway.Cli.Tests;

/// <summary><c>pathway content export|import</c> with exactly the arguments and summaries other programs rely on.</summary>
public sealed class ContentVerbTests : IDisposable
{
    private static readonly XNamespace X = "urn:oasis:names:tc:xliff:document:2.0";
    private readonly Cli cli = new();

    [Fact]
    public async Task Export_WritesOneXliffFileForTheLanguagePair_AndImportingItUnchanged_ChangesNothing()
    {
        (await cli.RunAsync("seed", "--persons", "1")).ExitCode.ShouldBe(0);
        var file = cli.PathOf("pl-uk.xlf");

        var (exit, output, error) = await cli.RunAsync("content", "export", "--format", "xliff2", "--source", "pl", "--target", "uk", "--output", file);
        var (importExit, importOutput, importError) = await cli.RunAsync("content", "import", "--file", file);

        exit.ShouldBe(0, error);
        output.ShouldMatch(@"^Exported \d+ items \(\d+ units\) pl -> uk to .*pl-uk\.xlf\.\r?\n$");
        var document = XDocument.Load(file);
        document.Root!.Name.ShouldBe(X + "xliff");
        (document.Root.Attribute("srcLang")!.Value, document.Root.Attribute("trgLang")!.Value).ShouldBe(("pl", "uk"));
        var pesel = document.Root.Elements(X + "file").Single(f => f.Attribute("id")!.Value == "pesel-number");
        pesel.Descendants(X + "unit").First().Descendants(X + "target").Single().Value.ShouldBe("Номер PESEL");
        importExit.ShouldBe(0, importError);
        importOutput.ShouldMatch(@"^Imported \d+ items: 0 changed, \d+ unchanged\.\r?\n$");
    }

    [Fact]
    public async Task Import_OfAFileWithAProblem_SavesNothing_AndNamesTheItemAndUnit()
    {
        (await cli.RunAsync("seed", "--persons", "1")).ExitCode.ShouldBe(0);
        var file = cli.PathOf("pl-uk-1.2.xlf");
        (await cli.RunAsync("content", "export", "--format", "xliff12", "--source", "pl", "--target", "uk", "--output", file)).ExitCode.ShouldBe(0);
        var document = XDocument.Load(file, LoadOptions.PreserveWhitespace);
        XNamespace x12 = "urn:oasis:names:tc:xliff:document:1.2";
        var unit = document.Descendants(x12 + "trans-unit").First(u => u.Descendants(x12 + "target").Any() && u.Parent!.Parent!.Attribute("original") is not null && (string?)u.Attribute("id") == "b1");
        var item = (string)unit.Ancestors(x12 + "file").Single().Attribute(XNamespace.Get("urn:pathway:portal:exchange") + "id")!;
        unit.Element(x12 + "target")!.Remove();
        document.Save(file);

        var (exit, output, error) = await cli.RunAsync("content", "import", "--file", file);
        var (badExit, _, badError) = await cli.RunAsync("content", "export", "--format", "xliff2", "--source", "pl", "--target", "pl", "--output", file);
        var (missingExit, _, _) = await cli.RunAsync("content", "import", "--file", cli.PathOf("none.xlf"));

        exit.ShouldBe(1);
        output.ShouldBeEmpty();
        error.ShouldContain("Nothing was saved: the file has 1 problems.");
        error.ShouldContain($"item {item}, unit b1: The unit has no translation.");
        (badExit, missingExit).ShouldBe((2, 2));
        badError.ShouldContain("two different languages");
    }

    public void Dispose() => cli.Dispose();
}
