using System.Globalization;
using Pathway.Cases.SecurityChecks;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace Pathway.Cases.DecisionSupport;

/// <summary>The pre-conditions a checklist looks at, in the order the rules name them.</summary>
public sealed record DecisionRules(IReadOnlyList<RuleCheck> Checks)
{
    /// <summary>The rules the demo tenant starts with, for every application type.</summary>
    public const string Default = """
        # Decision support: the checklist shows each check as passed, failed or not checked, with the reason.
        # It never decides; every decision is a person's, recorded with the reasons.
        checks:
          - kind: passport-validity
            days: 90          # the passport is valid at least this many days after the decision
          - kind: stamp-duty
          - kind: personal-appearance
          - kind: required-documents
          - kind: security-checks
          - kind: duplicate-identity
        """;

    /// <summary>Reads rules from YAML; a mistake is told with its line and column, and nothing is half-read.</summary>
    public static RulesParse Parse(string? yaml)
    {
        if (string.IsNullOrWhiteSpace(yaml))
        {
            return Fail(1, 1, "The rules are empty; write at least “checks:” with one check.");
        }

        var stream = new YamlStream();
        try
        {
            stream.Load(new StringReader(yaml));
        }
        catch (YamlException e)
        {
            return Fail(e.Start.Line, e.Start.Column, "This is not valid YAML: {0}", e.Message);
        }

        if (stream.Documents.Count != 1 || stream.Documents[0].RootNode is not YamlMappingNode root)
        {
            return Fail(1, 1, "The rules must be one mapping with the key “checks”.");
        }

        foreach (var key in root.Children.Keys.Where(k => !IsKey(k, "checks")))
        {
            return Fail(key, "Unknown key “{0}”; the rules have only “checks”.", Text(key));
        }

        if (!root.Children.TryGetValue(new YamlScalarNode("checks"), out var checksNode) || checksNode is not YamlSequenceNode list || list.Children.Count == 0)
        {
            return Fail(root, "“checks” must be a list of at least one check.");
        }

        var checks = new List<RuleCheck>();
        foreach (var item in list.Children)
        {
            if (ReadCheck(item, out var check) is { } error)
            {
                return new RulesParse(null, error);
            }

            if (checks.Any(c => c.Kind == check!.Kind))
            {
                return Fail(item, "The check “{0}” is named twice.", KebabNames.Of(check!.Kind));
            }

            checks.Add(check!);
        }

        return new RulesParse(new DecisionRules(checks), null);
    }

    private static RulesError? ReadCheck(YamlNode item, out RuleCheck? check)
    {
        check = null;
        if (item is not YamlMappingNode map)
        {
            return Error(item, "Each check is a mapping with a “kind”.");
        }

        if (!map.Children.TryGetValue(new YamlScalarNode("kind"), out var kindNode))
        {
            return Error(item, "Each check is a mapping with a “kind”.");
        }

        if (KebabNames.Parse<RuleKind>(Text(kindNode)) is not { } kind)
        {
            return Error(kindNode, "Unknown check kind “{0}”; the kinds are: {1}.", Text(kindNode), KebabNames.List<RuleKind>());
        }

        int? days = null;
        foreach (var (key, value) in map.Children)
        {
            if (IsKey(key, "kind"))
            {
                continue;
            }

            if (!IsKey(key, "days") || kind != RuleKind.PassportValidity)
            {
                return Error(key, "Unknown key “{0}” for the check “{1}”.", Text(key), KebabNames.Of(kind));
            }

            if (!int.TryParse(Text(value), NumberStyles.None, CultureInfo.InvariantCulture, out var n) || n is < 0 or > 3650)
            {
                return Error(value, "“days” must be a whole number from 0 to 3650.");
            }

            days = n;
        }

        if (kind == RuleKind.PassportValidity && days is null)
        {
            return Error(item, "The check “passport-validity” needs “days”.");
        }

        check = new RuleCheck(kind, days);
        return null;
    }

    private static bool IsKey(YamlNode node, string key) => node is YamlScalarNode { Value: { } v } && string.Equals(v, key, StringComparison.Ordinal);

    private static string Text(YamlNode node) => node is YamlScalarNode { Value: { } v } ? v : node.NodeType.ToString();

    private static RulesError Error(YamlNode node, string text, params object[] args) => new((int)node.Start.Line, (int)node.Start.Column, text, args);

    private static RulesParse Fail(YamlNode node, string text, params object[] args) => new(null, Error(node, text, args));

    private static RulesParse Fail(long line, long column, string text, params object[] args) => new(null, new((int)line, (int)column, text, args));
}

/// <summary>One check the rules name; <see cref="Days"/> is the passport's validity after the decision.</summary>
public sealed record RuleCheck(RuleKind Kind, int? Days = null);

/// <summary>The checks the rules can name (kebab-case in YAML: <c>passport-validity</c>).</summary>
public enum RuleKind
{
    PassportValidity,
    StampDuty,
    PersonalAppearance,
    RequiredDocuments,
    SecurityChecks,
    DuplicateIdentity,
}

/// <summary>Parsed rules, or where and why they could not be read.</summary>
public sealed record RulesParse(DecisionRules? Rules, RulesError? Error);

/// <summary>A mistake in the rules at a line and column (1-based), as a text to translate.</summary>
public sealed record RulesError(int Line, int Column, string Text, object[] Args);
