using Pathway.Analytics.Reports;
using Pathway.Platform.Reporting;

namespace Pathway.Analytics.Tests.Reports;

/// <summary>A report's parameters read as given: canonical values, previous and current resolved against the office's day, each problem named.</summary>
public sealed class ReportArgumentsReaderTests
{
    private static readonly DateOnly Today = new(2026, 12, 5);

    private sealed class Definition(params ReportParameter[] parameters) : IReportDefinition
    {
        public string Name => "test-report";
        public string Permission => "x";
        public string Title => "Test";
        public string Description => "";
        public IReadOnlyList<ReportParameter> Parameters => parameters;
        public Task ValidateAsync(ReportRun run, IDictionary<string, string> problems, CancellationToken cancellationToken) => Task.CompletedTask;
        public Task<ReportContent> BuildAsync(ReportRun run, CancellationToken cancellationToken) => throw new NotSupportedException();
    }

    private static (ReportArguments? Arguments, Dictionary<string, string> Problems) Read(IReportDefinition definition, params (string Name, string? Value)[] given)
    {
        var problems = new Dictionary<string, string>(StringComparer.Ordinal);
        var arguments = ReportArgumentsReader.Read(definition, given.ToDictionary(g => g.Name, g => g.Value, StringComparer.Ordinal), Today, problems, new KeyText());
        return (arguments, problems);
    }

    private static readonly Definition Monthly = new(new ReportParameter("month", ReportParameterKind.Month, "Month"));

    [Theory]
    [InlineData("2026-11", "2026-11")]
    [InlineData(" 2026-02 ", "2026-02")]
    [InlineData("previous", "2026-11")]
    [InlineData("Current", "2026-12")]
    [InlineData("2000-01", "2000-01")]
    public void AMonth_IsReadInItsCanonicalForm(string given, string expected)
    {
        var (arguments, problems) = Read(Monthly, ("month", given));
        problems.ShouldBeEmpty();
        arguments!["month"].ShouldBe(expected);
        arguments.Month("month").ShouldBe(new DateOnly(int.Parse(expected[..4], System.Globalization.CultureInfo.InvariantCulture), int.Parse(expected[5..], System.Globalization.CultureInfo.InvariantCulture), 1));
    }

    [Theory]
    [InlineData("2026-13", "Month: write a month as YYYY-MM, such as 2026-12, or previous or current; not 2026-13.")]
    [InlineData("11/2026", "Month: write a month as YYYY-MM, such as 2026-12, or previous or current; not 11/2026.")]
    [InlineData("2027-01", "Month: the month must be from 2000-01 to this month, 2026-12; 2027-01 is not.")]
    [InlineData("1999-12", "Month: the month must be from 2000-01 to this month, 2026-12; 1999-12 is not.")]
    public void AWrongMonth_IsNamed_WithWhatWouldDo(string given, string problem)
    {
        var (arguments, problems) = Read(Monthly, ("month", given));
        arguments.ShouldBeNull();
        problems.ShouldBe(new Dictionary<string, string>(StringComparer.Ordinal) { ["month"] = problem });
    }

    [Fact]
    public void AMissingParameter_AndAnUnknownOne_AreEachNamed()
    {
        var (arguments, problems) = Read(Monthly, ("office", "x"), ("month", "  "));
        arguments.ShouldBeNull();
        problems["month"].ShouldBe("Give Month (a month as YYYY-MM, or previous or current).");
        problems["office"].ShouldBe("The report test-report has no parameter office; its parameters are month.");
    }

    [Fact]
    public void YearsDaysTextAndChoices_AreChecked_OptionalOnesMayBeLeftOut()
    {
        var definition = new Definition(
            new ReportParameter("year", ReportParameterKind.Year, "Year"),
            new ReportParameter("from", ReportParameterKind.Date, "From", Required: false),
            new ReportParameter("project", ReportParameterKind.Text, "Project"),
            new ReportParameter("edition", ReportParameterKind.Choice, "Edition", Choices: [new("publication", "Publication"), new("transmission", "Transmission")]));

        var (arguments, problems) = Read(definition, ("year", "previous"), ("project", "AMIF.2024"), ("edition", "Publication"));
        problems.ShouldBeEmpty();
        arguments!.Year("year").ShouldBe(2025);
        arguments.Date("from").ShouldBeNull();
        arguments["edition"].ShouldBe("publication");
        arguments.ToString().ShouldBe("edition=publication&project=AMIF.2024&year=2025");

        (_, problems) = Read(definition, ("year", "2027"), ("from", "2026-02-30"), ("project", new string('x', 201)), ("edition", "draft"));
        problems["year"].ShouldBe("Year: the year must be from 2000 to this year, 2026; 2027 is not.");
        problems["from"].ShouldBe("From: write a day as YYYY-MM-DD, such as 2026-12-05; not 2026-02-30.");
        problems["project"].ShouldBe("Project: write at most 200 characters; this has 201.");
        problems["edition"].ShouldBe("Edition: choose one of publication, transmission; not draft.");
    }
}
