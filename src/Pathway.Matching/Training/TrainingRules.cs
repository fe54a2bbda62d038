using Pathway.Matching.Blocking;
using Pathway.Matching.Scoring;

namespace Pathway.Matching.Training;

/// <summary>Training rules for the fields a file has: exact date of birth, exact names, and each identifier.</summary>
internal static class TrainingRules
{
    public static IReadOnlyList<TrainingRule> For(RecordSet set, BlockingFeatures features)
    {
        var rules = new List<TrainingRule>();
        var names = new[] { set.GivenName, set.Surname, set.FullName }.Where(f => f >= 0).ToArray();
        if (set.BirthDate >= 0)
        {
            var date = set.Columns[set.BirthDate];
            rules.Add(new TrainingRule("date of birth", [set.BirthDate], i => date.ValueOf[i] >= 0 && date.Dates[date.ValueOf[i]] is { IsWeak: false } ? 1 + date.ValueOf[i] : 0));
        }

        if (names.Length > 0)
        {
            rules.Add(new TrainingRule("given name and surname", names, i =>
                features.Given[i] is { } g && features.Surname[i] is { } s ? KeyHash.Of(100, g, s) : 0));
        }

        foreach (var (role, name) in new[] { (FieldRole.DocumentNumber, "document number"), (FieldRole.Email, "email"), (FieldRole.Phone, "phone"), (FieldRole.Postcode, "postcode") })
        {
            var f = set.IndexOf(role);
            if (f >= 0)
            {
                var column = set.Columns[f];
                rules.Add(new TrainingRule(name, [f], i => column.ValueOf[i] >= 0 ? 1 + column.ValueOf[i] : 0));
            }
        }

        return rules;
    }
}
