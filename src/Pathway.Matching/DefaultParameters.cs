namespace Pathway.Matching;

/// <summary>
/// Parameters for scoring without training, from the error rates typical of registry data:
/// names agree exactly in ~80% of true matches, a given name agrees by chance in ~1% of random pairs.
/// </summary>
internal static class DefaultParameters
{
    public static FieldParameters For(string name, FieldRole role)
    {
        var kind = ComparisonLevels.KindOf(role);
        var (m, u) = (kind, role) switch
        {
            (ComparisonKind.Name, FieldRole.City or FieldRole.BirthPlace) => (new[] { 0, .80, .03, .06, .04, .03, .04 }, new[] { 0, .05, .005, .01, .03, .1, .805 }),
            (ComparisonKind.Name, _) => (new[] { 0, .80, .04, .06, .04, .03, .03 }, new[] { 0, .006, .002, .004, .02, .1, .868 }),
            (ComparisonKind.Date, _) => (new[] { 0, .85, .02, .02, .06, .03, .02 }, new[] { 0, .0002, .001, .0002, .003, .03, .9656 }),
            (ComparisonKind.Text, FieldRole.Email) => (new[] { 0, .85, .07, .03, .05 }, new[] { 0, 1e-5, 1e-5, 1e-4, .99988 }),
            (ComparisonKind.Text, _) => (new[] { 0, .80, .08, .05, .07 }, new[] { 0, .01, .005, .02, .965 }),
            (ComparisonKind.Identifier, FieldRole.Postcode) => (new[] { 0, .90, .05, .02, .03 }, new[] { 0, .001, .01, .05, .939 }),
            (ComparisonKind.Identifier, _) => (new[] { 0, .90, .05, .02, .03 }, new[] { 0, 1e-6, 1e-5, 1e-4, .999889 }),
            (ComparisonKind.Category, FieldRole.Sex) => (new[] { 0, .97, .03 }, new[] { 0, .5, .5 }),
            (ComparisonKind.Category, _) => (new[] { 0, .97, .03 }, new[] { 0, .3, .7 }),
        };

        return new FieldParameters { Name = name, Role = role, Comparison = kind, M = m, U = u };
    }
}
