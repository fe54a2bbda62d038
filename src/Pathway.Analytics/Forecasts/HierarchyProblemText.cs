using Pathway.Forecasting.Hierarchies;
using Pathway.Platform.Localization;

namespace Pathway.Analytics.Forecasts;

/// <summary>The engine's hierarchy problems as field errors in the caller's language, on the field they concern.</summary>
internal static class HierarchyProblemText
{
    /// <param name="lineOffset">Added to the engine's line number, for links read with a header line the sender did not write.</param>
    public static void Add(HierarchyException problem, FieldErrors errors, int lineOffset = 0)
    {
        var names = problem.Names.ToArray<object>();
        switch (problem.Problem)
        {
            case HierarchyProblem.OwnParent:
                errors.Add("links", "'{0}' cannot be its own parent.", names);
                break;
            case HierarchyProblem.TwoParents:
                errors.Add("links", "'{0}' has two parents: '{1}' and '{2}'.", names);
                break;
            case HierarchyProblem.Cycle:
                errors.Add("links", "The links form a cycle through '{0}'.", names);
                break;
            case HierarchyProblem.BadLine:
                errors.Add("links", "Line {0}: write a child and its parent, separated by a comma.", problem.Line + lineOffset);
                break;
            case HierarchyProblem.MissingColumns:
                errors.Add("links", "The header must name the columns {0}.", "child,parent");
                break;
            case HierarchyProblem.NoLinks:
                errors.Add("links", "Send the links of the hierarchy, each as a child and its parent.");
                break;
            case HierarchyProblem.NotInHierarchy:
                errors.Add("seriesIds", "Not in the hierarchy: {0}.", string.Join(", ", problem.Names));
                break;
            case HierarchyProblem.MissingBottom:
                errors.Add("seriesIds", "No series was sent for these bottom nodes: {0}.", string.Join(", ", problem.Names));
                break;
            case HierarchyProblem.MixedFrequency:
                errors.Add("seriesIds", "'{0}' and '{1}' have different frequencies; a hierarchy has one.", names);
                break;
            case HierarchyProblem.DifferentEnds:
                errors.Add("seriesIds", "'{0}' ends {1} and '{2}' ends {3}: the bottom series must end in the same period.", names);
                break;
            case HierarchyProblem.TooFewErrors:
                errors.Add("reconcile", "Too few in-sample errors for MinT reconciliation; choose wls.");
                break;
            case HierarchyProblem.NoObservations:
                errors.Add("seriesIds", "'{0}' has no observations.", names);
                break;
        }
    }
}
