namespace Pathway.Documents.Tests;

public sealed class CountryCodesTests
{
    [Theory]
    [InlineData("POL", "Poland")]
    [InlineData("ukr", "Ukraine")]
    [InlineData("D", "Germany")]
    [InlineData("D<<", "Germany")]
    [InlineData("XXA", "Stateless person (1954 Convention)")]
    [InlineData("UTO", "Utopia (fictitious state of the ICAO 9303 specimens)")]
    public void Name_KnownCode_GivesName(string code, string name)
    {
        CountryCodes.IsKnown(code).ShouldBeTrue();
        CountryCodes.Name(code).ShouldBe(name);
    }

    [Theory]
    [InlineData("ZZZ")]
    [InlineData("DE")]
    [InlineData("POLA")]
    [InlineData("<<<")]
    [InlineData("")]
    [InlineData(null)]
    public void IsKnown_UnknownCode_IsFalse(string? code)
    {
        CountryCodes.IsKnown(code).ShouldBeFalse();
        CountryCodes.Name(code).ShouldBeNull();
    }

    [Fact]
    public void All_IsoList_HasEveryAssignedCode() =>
        CountryCodes.All.Keys.Count(k => k.Length == 3 && !IcaoOnly.Contains(k)).ShouldBe(249);

    [Fact]
    public void CountryCodes_CoverTheSharedReferenceLists()
    {
        var folder = ReferenceFolder();
        if (folder is null)
        {
            Assert.Skip("needs ../shared/data/reference (not in a user's clone)");
        }

        var iso = File.ReadAllLines(Path.Combine(folder, "states-iso3166.tsv"))
            .Where(line => line.Length > 0 && !line.StartsWith('#'))
            .Skip(1)
            .Select(line => line.Split('\t')[3].Trim());
        var icao = File.ReadAllLines(Path.Combine(folder, "icao-9303-non-iso-codes.txt"))
            .Where(line => line.Trim().Length > 0 && !line.StartsWith('#'))
            .Select(line => line.Trim().Split(' ')[^1]);
        var codes = iso.Concat(icao).ToList();

        codes.Count.ShouldBeGreaterThan(270);
        codes.Where(code => !CountryCodes.IsKnown(code)).ShouldBeEmpty();
    }

    private static readonly HashSet<string> IcaoOnly =
        ["GBD", "GBN", "GBO", "GBP", "GBS", "RKS", "XXK", "EUE", "UNO", "UNA", "UNK", "XBA", "XIM", "XCC", "XCE", "XCO", "XEC", "XPO", "XES", "XOM", "XDC", "XXA", "XXB", "XXC", "XXX", "ANT", "NTZ", "UTO"];

    private static string? ReferenceFolder()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            var candidate = Path.Combine(directory.FullName, "shared", "data", "reference");
            if (Directory.Exists(candidate))
            {
                return candidate;
            }
        }

        return null;
    }
}
