using AngleSharp.Html.Dom;
using Pathway.Platform.Identity;

namespace Pathway.Web.Tests;

/// <summary>Analytics pages opened with a value in the address that they cannot use: a message in the reader's language, the form still there.</summary>
public sealed class AddressValueTests(SqliteFactoryFixture fixture) : IClassFixture<SqliteFactoryFixture>
{
    [Theory]
    [InlineData("0")]
    [InlineData("61")]
    [InlineData("abc")]
    public async Task Forecasts_HorizonOutOfRange_SaysSoInTheReadersLanguage(string horizon)
    {
        using var analyst = await fixture.Factory.SignInAsync(Roles.Analyst);
        var expected = Message("uk", "Horizon (periods ahead)", "Enter a number from {0} to {1}.", 1, 60);

        var page = await analyst.GetPageAsync($"/uk/analytics/forecasts?horizon={horizon}");
        Errors(page).ShouldBe([expected]);
        page.QuerySelector("#upload-form").ShouldNotBeNull();

        var series = page.QuerySelector("#series option")!.GetAttribute("value");
        var withSeries = await analyst.GetPageAsync($"/uk/analytics/forecasts?series={series}&horizon={horizon}");
        Errors(withSeries).ShouldBe([expected]);
        withSeries.QuerySelector("svg.chart").ShouldBeNull();
    }

    [Theory]
    [InlineData("0")]
    [InlineData("61")]
    [InlineData("abc")]
    public async Task Hierarchy_HorizonOutOfRange_SaysSoInTheReadersLanguage(string horizon)
    {
        using var analyst = await fixture.Factory.SignInAsync(Roles.Analyst);
        var page = await analyst.GetPageAsync($"/uk/analytics/hierarchy?horizon={horizon}");
        Errors(page).ShouldBe([Message("uk", "Horizon (periods ahead)", "Enter a number from {0} to {1}.", 1, 60)]);
        page.QuerySelector("#horizon").ShouldNotBeNull();
    }

    [Fact]
    public async Task Hierarchy_ValidHorizonAndModel_PresetTheForm()
    {
        using var analyst = await fixture.Factory.SignInAsync(Roles.Analyst);
        var page = await analyst.GetPageAsync("/analytics/hierarchy?horizon=7&model=theta");
        Errors(page).ShouldBeEmpty();
        page.QuerySelector("#horizon")!.GetAttribute("value").ShouldBe("7");
        ((IHtmlSelectElement)page.QuerySelector("#model")!).Value.ShouldBe("theta");
    }

    [Theory]
    [InlineData("0")]
    [InlineData("37")]
    [InlineData("abc")]
    public async Task Workload_MonthsOutOfRange_SaysSoInTheReadersLanguage(string months)
    {
        using var supervisor = await fixture.Factory.SignInAsync(Roles.Supervisor);
        var page = await supervisor.GetPageAsync($"/uk/analytics/workload?months={months}");
        Errors(page).ShouldBe([Message("uk", "Months ahead", "Enter a number from {0} to {1}.", 1, 36)]);
        page.QuerySelector("#months")!.GetAttribute("aria-invalid").ShouldBe("true");

        var preset = await supervisor.GetPageAsync("/analytics/workload?months=18");
        Errors(preset).ShouldBeEmpty();
        preset.QuerySelector("#months")!.GetAttribute("value").ShouldBe("18");
    }

    [Fact]
    public async Task Staffing_ValuesInTheAddress_LeaveTheFormAsItIs()
    {
        // The staffing page takes nothing from the address: a stray value neither breaks nor empties it.
        using var supervisor = await fixture.Factory.SignInAsync(Roles.Supervisor);
        var page = await supervisor.GetPageAsync("/analytics/staffing?horizon=abc&days=0");
        Errors(page).ShouldBeEmpty();
        page.QuerySelector("#staffing-form").ShouldNotBeNull();
    }

    private static List<string> Errors(IHtmlDocument page) => page.QuerySelectorAll(".errors li").Select(e => e.TextContent).ToList();

    private static string Message(string language, string label, string message, params object[] arguments) =>
        ProblemDetails.Translation("{0}: {1}", language, ProblemDetails.Translation(label, language), ProblemDetails.Translation(message, language, arguments));
}
