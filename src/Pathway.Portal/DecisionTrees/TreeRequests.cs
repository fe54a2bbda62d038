using System.Globalization;
using Pathway.Platform.Localization;
using Pathway.Portal.Content;

namespace Pathway.Portal.DecisionTrees;

/// <summary>A decision tree's shape as an editor sends it: one entry per question of the source text, in order.</summary>
public sealed record TreeRequest(int? Version, IReadOnlyList<TreeQuestionRequest?>? Questions);

/// <summary>A question's key and where each of its answers leads, in the order of the text's list.</summary>
public sealed record TreeQuestionRequest(string? Key, IReadOnlyList<TreeAnswerRequest?>? Answers);

/// <summary>One answer: to a later question by its key, or to a procedure by its address (with the application type whose times are shown).</summary>
public sealed record TreeAnswerRequest(string? LeadsTo, string? Procedure, string? ApplicationType);

/// <summary>A question's shape, checked.</summary>
public sealed record TreeQuestionInput(string Key, IReadOnlyList<TreeAnswerInput> Answers);

public sealed record TreeAnswerInput(string? LeadsTo, string? Procedure, string? ApplicationType);

/// <summary>Checks a tree's shape field by field (<c>questions[1].answers[0].leadsTo</c>), in the editor's language.</summary>
public static class TreeRequests
{
    public const int MaxQuestions = 50;
    public const int MaxAnswers = 12;

    public static IReadOnlyList<TreeQuestionInput>? Check(IReadOnlyList<TreeQuestionRequest?>? questions, FieldErrors errors)
    {
        if (questions is not { Count: > 0 and <= MaxQuestions })
        {
            errors.Add("questions", "A tree has 1 to {0} questions.", MaxQuestions);
            return null;
        }

        var keys = questions.Select(q => q?.Key?.Trim() ?? "").ToList();
        var checkedQuestions = new List<TreeQuestionInput>();
        for (var i = 0; i < questions.Count; i++)
        {
            var at = $"questions[{i.ToString(CultureInfo.InvariantCulture)}]";
            var key = keys[i];
            if (key.Length is 0 or > TreeAnswer.MaxKeyLength || !ContentRequests.IsSlug(key))
            {
                errors.Add(at + ".key", "A key is 1 to {0} lower-case letters, digits and hyphens.", TreeAnswer.MaxKeyLength);
            }
            else if (keys.IndexOf(key) != i)
            {
                errors.Add(at + ".key", "Another question has this key already.");
            }

            var answers = questions[i]?.Answers ?? [];
            if (answers.Count is 0 or > MaxAnswers)
            {
                errors.Add(at + ".answers", "A question has 1 to {0} answers.", MaxAnswers);
                continue;
            }

            var checkedAnswers = new List<TreeAnswerInput>();
            for (var j = 0; j < answers.Count; j++)
            {
                var field = $"{at}.answers[{j.ToString(CultureInfo.InvariantCulture)}]";
                var leadsTo = Optional(answers[j]?.LeadsTo);
                var procedure = Optional(answers[j]?.Procedure);
                var type = Optional(answers[j]?.ApplicationType);
                if ((leadsTo is null) == (procedure is null))
                {
                    errors.Add(field + ".leadsTo", "An answer leads either to a later question or to a procedure.");
                }
                else if (leadsTo is not null && keys.IndexOf(leadsTo) <= i)
                {
                    errors.Add(field + ".leadsTo", "An answer leads only to a question after its own, so the questions never go round in a circle.");
                }

                if (procedure is not null && !ContentRequests.IsSlug(procedure))
                {
                    errors.Add(field + ".procedure", "Name the procedure by its address, such as residence-card-application.");
                }

                if (type is not null && (procedure is null || !ContentRequests.IsSlug(type) || type.Length > TreeAnswer.MaxKeyLength))
                {
                    errors.Add(field + ".applicationType", "An application type (such as temporary-work) goes with a procedure.");
                }

                checkedAnswers.Add(new TreeAnswerInput(leadsTo, procedure, type));
            }

            checkedQuestions.Add(new TreeQuestionInput(key, checkedAnswers));
        }

        if (!errors.Any)
        {
            // Every question after the first is reached by some answer of one before it.
            var reached = new HashSet<string>(StringComparer.Ordinal) { keys[0] };
            foreach (var question in checkedQuestions.Where(q => reached.Contains(q.Key)))
            {
                reached.UnionWith(question.Answers.Select(a => a.LeadsTo).OfType<string>());
            }

            var lost = keys.FindIndex(k => !reached.Contains(k));
            if (lost >= 0)
            {
                errors.Add($"questions[{lost.ToString(CultureInfo.InvariantCulture)}].key", "No answer leads to this question: readers would never see it.");
            }
        }

        return errors.Any ? null : checkedQuestions;
    }

    private static string? Optional(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}
