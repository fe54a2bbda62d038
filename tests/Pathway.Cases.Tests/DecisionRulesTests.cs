using Pathway.Cases.DecisionSupport;

namespace Pathway.Cases.Tests;

public class DecisionRulesTests
{
    [Fact]
    public void Parse_TheDefaultRules_NamesEveryCheckKindOnce()
    {
        var parsed = DecisionRules.Parse(DecisionRules.Default);

        parsed.Error.ShouldBeNull();
        parsed.Rules!.Checks.Select(c => c.Kind).ShouldBe(Enum.GetValues<RuleKind>());
        parsed.Rules.Checks[0].Days.ShouldBe(90);
    }

    [Fact]
    public void Parse_MalformedYaml_SaysWhereWithLineAndColumn()
    {
        var parsed = DecisionRules.Parse("checks:\n  - kind: stamp-duty\n  - kind: [unclosed\n");

        parsed.Rules.ShouldBeNull();
        parsed.Error!.Text.ShouldStartWith("This is not valid YAML");
        parsed.Error.Line.ShouldBeGreaterThanOrEqualTo(3);
    }

    [Fact]
    public void Parse_AnUnknownCheckKind_PointsAtItsValue()
    {
        var parsed = DecisionRules.Parse("checks:\n  - kind: stamp-duty\n  - kind: horoscope\n");

        parsed.Error!.Text.ShouldBe("Unknown check kind “{0}”; the kinds are: {1}.");
        parsed.Error.Args[0].ShouldBe("horoscope");
        (parsed.Error.Line, parsed.Error.Column).ShouldBe((3, 11));
    }

    [Theory]
    [InlineData("", "The rules are empty; write at least “checks:” with one check.")]
    [InlineData("- kind: stamp-duty", "The rules must be one mapping with the key “checks”.")]
    [InlineData("checks: []", "“checks” must be a list of at least one check.")]
    [InlineData("rules:\n  - kind: stamp-duty", "Unknown key “{0}”; the rules have only “checks”.")]
    [InlineData("checks:\n  - kind: passport-validity", "The check “passport-validity” needs “days”.")]
    [InlineData("checks:\n  - kind: passport-validity\n    days: soon", "“days” must be a whole number from 0 to 3650.")]
    [InlineData("checks:\n  - kind: stamp-duty\n    days: 3", "Unknown key “{0}” for the check “{1}”.")]
    [InlineData("checks:\n  - kind: stamp-duty\n  - kind: stamp-duty", "The check “{0}” is named twice.")]
    public void Parse_AMistake_IsExplained(string yaml, string expected) =>
        DecisionRules.Parse(yaml).Error!.Text.ShouldBe(expected);
}
