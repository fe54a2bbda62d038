using Pathway.Analytics.Sources;

namespace Pathway.Analytics.Tests.Sources;

/// <summary>Reads test tables, and finds the shared Eurostat download, which lives beside the repository, not in it.</summary>
internal static class SourceFiles
{
    public static SourceReading Read(string text, SourceOptions? options = null) => SourceTableReader.Read(text, options ?? new SourceOptions());

    public static SourceFile ReadWell(string text, SourceOptions? options = null)
    {
        var reading = Read(text, options);
        reading.Problems.ShouldBeEmpty(string.Join("; ", reading.Problems));
        return reading.File!;
    }

    public static SourceProblem OnlyProblem(string text, SourceOptions? options = null)
    {
        var reading = Read(text, options);
        reading.File.ShouldBeNull();
        return reading.Problems.ShouldHaveSingleItem();
    }

    public static string EurostatAsylumMonthly()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "shared", "data", "time-series", "eurostat-asylum-monthly", "migr_asyappctzm_1_Data.csv");
            if (File.Exists(candidate))
            {
                return candidate;
            }
        }

        Assert.Skip("needs ../shared/data/time-series/eurostat-asylum-monthly (not in a user's clone)");
        return "";
    }
}
