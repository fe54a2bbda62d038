using Pathway.Platform.Localization;
using Pathway.Portal.Procedures;

namespace Pathway.Portal.Tests;

public sealed class ProcedureTests
{
    [Fact]
    public void ABody_IsCutIntoItsIntroductionAndOneStepPerLevelTwoHeading()
    {
        const string Body = "Intro **text**.\n\n## First *step*\nDo this.\n\n```\n## not a step\n```\n\n### A detail\nStill the first.\n\n## Second\nThen that.\n";

        var (introduction, steps) = ProcedureSections.Split(Body);

        introduction.ShouldBe("Intro **text**.");
        steps.Select(s => s.Title).ShouldBe(["First step", "Second"]);
        steps[0].Markdown.ShouldBe("Do this.\n\n```\n## not a step\n```\n\n### A detail\nStill the first.");
        steps[1].Markdown.ShouldBe("Then that.");
        ProcedureSections.Split("No steps here.").Steps.ShouldBeEmpty();
    }

    [Fact]
    public void StepsThatCanBeDoneSideBySide_StandInOneColumn_AndARightToLeftDiagramIsMirrored()
    {
        ProcedureStep[] steps =
        [
            new() { Key = "apply", Position = 1 },
            new() { Key = "photo", Position = 2 },
            new() { Key = "fingerprints", Position = 3, After = " apply photo " },
            new() { Key = "collect", Position = 4, After = " fingerprints " },
        ];

        var columns = ProcedureFlow.Columns(steps);
        var leftToRight = ProcedureFlow.Svg(steps, ["A", "B", "C", "D"], "en", rightToLeft: false, "Steps");
        var rightToLeft = ProcedureFlow.Svg(steps, ["A", "B", "C", "D"], "ar", rightToLeft: true, "Steps");

        columns.ShouldBe([0, 0, 1, 2]);
        System.Text.RegularExpressions.Regex.Count(leftToRight, "<line class=\"arrow\"").ShouldBe(3);
        FirstX(leftToRight).ShouldBeLessThan(FirstX(rightToLeft), "the first step stands at the right on a right-to-left page");
        ProcedureFlow.Svg([new() { Key = "a", Position = 1 }], ["<script>"], "en", false, "x").ShouldContain("&lt;script&gt;");
    }

    [Fact]
    public void AnEditorsSteps_AreCheckedFieldByField_AndCannotLoop()
    {
        var errors = new FieldErrors(new KeyText());
        ProcedureStepRequest[] steps =
        [
            Step("apply", after: ["collect"], costAmount: 440m, costCurrency: "XYZ"),
            Step("apply", costAmount: -1m),
            Step("collect", after: ["apply"], onlineUrl: "javascript:alert(1)", latitude: 95),
            Step("Bad Key", needs: ["Residence Card"]),
        ];

        ProcedureRequests.Check(steps, errors).ShouldBeNull();

        errors.ToDictionary().Keys.Order(StringComparer.Ordinal).ShouldBe([
            "steps[0].after", "steps[0].costCurrency", "steps[1].costAmount", "steps[1].key", "steps[2].latitude", "steps[2].onlineUrl", "steps[3].key", "steps[3].needs"]);
        var fine = new FieldErrors(new KeyText());
        ProcedureRequests.Check([Step("apply", costAmount: 440m, costCurrency: "pln"), Step("collect", after: ["apply"])], fine)!
            .Select(s => (s.Key, s.CostCurrency, string.Join(' ', s.After))).ShouldBe([("apply", "PLN", ""), ("collect", null, "apply")]);
        ProcedureRequests.Check([], new FieldErrors(new KeyText())).ShouldBeNull();
    }

    private static double FirstX(string svg) =>
        double.Parse(System.Text.RegularExpressions.Regex.Match(svg, "<rect class=\"step\" x=\"([0-9.]+)\"").Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture);

    private static ProcedureStepRequest Step(
        string key, string[]? after = null, decimal? costAmount = null, string? costCurrency = null, string? onlineUrl = null, double? latitude = null, string[]? needs = null) =>
        new(key, costAmount, costCurrency, null, null, latitude, latitude is null ? null : 20, null, onlineUrl, needs, null, after);
}
