using System.Globalization;
using Pathway.Platform.Localization;
using Pathway.Portal.Content;
using Pathway.Portal.DecisionTrees;

namespace Pathway.Portal.Surveys;

/// <summary>A question's shape as an editor sends it: its key, how it is answered, and whether it must be.</summary>
public sealed record SurveyQuestionRequest(string? Key, string? Kind, bool? Required);

/// <summary>A question's shape, checked.</summary>
public sealed record SurveyQuestionInput(string Key, SurveyQuestionKind Kind, bool Required);

/// <summary>
/// The checks of a survey: its shape against its source text (the editor's), and a reader's answers
/// against its shape. Each problem names its field (<c>questions[1].kind</c>, <c>answers[2]</c>).
/// </summary>
public static class SurveyRules
{
    public const int MaxQuestions = 30;
    public const int MaxOptions = 20;

    public static IReadOnlyList<SurveyQuestionInput>? CheckShape(IReadOnlyList<SurveyQuestionRequest?>? questions, IReadOnlyList<QuestionText> texts, FieldErrors errors)
    {
        if (questions is not { Count: > 0 and <= MaxQuestions })
        {
            errors.Add("questions", "A survey has 1 to {0} questions.", MaxQuestions);
            return null;
        }

        if (questions.Count != texts.Count)
        {
            errors.Add("questions", "The text has {0} questions (its \"## \" headings) and the shape {1}: make them match.", texts.Count, questions.Count);
            return null;
        }

        var keys = questions.Select(q => q?.Key?.Trim() ?? "").ToList();
        var result = new List<SurveyQuestionInput>();
        for (var i = 0; i < questions.Count; i++)
        {
            var at = $"questions[{i.ToString(CultureInfo.InvariantCulture)}]";
            if (keys[i].Length is 0 or > SurveyQuestion.MaxKeyLength || !ContentRequests.IsSlug(keys[i]))
            {
                errors.Add(at + ".key", "A key is 1 to {0} lower-case letters, digits and hyphens.", SurveyQuestion.MaxKeyLength);
            }
            else if (keys.IndexOf(keys[i]) != i)
            {
                errors.Add(at + ".key", "Another question has this key already.");
            }

            var options = texts[i].Answers.Count;
            if (!Enum.TryParse<SurveyQuestionKind>(questions[i]?.Kind, ignoreCase: false, out var kind) || !Enum.IsDefined(kind))
            {
                errors.Add(at + ".kind", "A question is answered by one choice, several choices, a scale or words.");
                continue;
            }

            if (kind is SurveyQuestionKind.OneChoice or SurveyQuestionKind.ManyChoices && options is < 2 or > MaxOptions)
            {
                errors.Add(at + ".kind", "A question with choices needs 2 to {0} options: the items of the first list under its heading.", MaxOptions);
            }
            else if (kind is SurveyQuestionKind.Scale or SurveyQuestionKind.Text && options > 0)
            {
                errors.Add(at + ".kind", "A question answered by a scale or words has no list of options under its heading.");
            }

            result.Add(new SurveyQuestionInput(keys[i], kind, questions[i]?.Required ?? false));
        }

        return errors.Any ? null : result;
    }

    /// <summary>
    /// A reader's answers (the values sent for each question's number) as rows to keep, or null with
    /// each problem under <c>answers[n]</c>. A question left out is unanswered; that is refused only
    /// where it is required.
    /// </summary>
    public static IReadOnlyList<(int Question, int? Choice, string? Text)>? CheckAnswers(
        IReadOnlyList<SurveyQuestion> shape, IReadOnlyList<int> optionCounts, IReadOnlyDictionary<int, IReadOnlyList<string?>> given, FieldErrors errors)
    {
        foreach (var unknown in given.Keys.Where(n => shape.All(q => q.Number != n)).Order())
        {
            errors.Add(Field(unknown), "The survey has no question {0}.", unknown);
        }

        var rows = new List<(int, int?, string?)>();
        foreach (var question in shape.OrderBy(q => q.Number))
        {
            var values = (given.GetValueOrDefault(question.Number) ?? []).Select(v => v?.Trim()).Where(v => !string.IsNullOrEmpty(v)).Select(v => v!).ToList();
            var field = Field(question.Number);
            if (values.Count == 0)
            {
                if (question.Required)
                {
                    errors.Add(field, "Answer this question: it is needed.");
                }

                continue;
            }

            switch (question.Kind)
            {
                case SurveyQuestionKind.Text when values.Count > 1:
                    errors.Add(field, "Give one answer.");
                    break;
                case SurveyQuestionKind.Text when values[0].Length > SurveyAnswer.MaxTextLength:
                    errors.Add(field, "An answer is up to {0} characters; this one has {1}.", SurveyAnswer.MaxTextLength, values[0].Length);
                    break;
                case SurveyQuestionKind.Text:
                    rows.Add((question.Number, null, values[0]));
                    break;
                case SurveyQuestionKind.Scale when values.Count > 1 || Number(values[0]) is not (>= 1 and <= SurveyQuestion.ScaleTop):
                    errors.Add(field, "Choose a number from 1 to {0}.", SurveyQuestion.ScaleTop);
                    break;
                case SurveyQuestionKind.Scale:
                    rows.Add((question.Number, Number(values[0]), null));
                    break;
                case SurveyQuestionKind.OneChoice when values.Count > 1:
                    errors.Add(field, "Choose one option.");
                    break;
                default:
                    var options = optionCounts[question.Number - 1];
                    var choices = values.Select(Number).ToList();
                    if (choices.Any(c => c is null || c < 1 || c > options))
                    {
                        errors.Add(field, "Choose among the options shown.");
                    }
                    else
                    {
                        rows.AddRange(choices.Distinct().Order().Select(c => (question.Number, c, (string?)null)));
                    }

                    break;
            }
        }

        return errors.Any ? null : rows;
    }

    /// <summary>
    /// The days a survey takes answers, as date fields send them (2027-03-31; empty for an open end),
    /// or null with each problem under <c>opensOn</c> or <c>closesOn</c>. The last day is not before the first.
    /// </summary>
    public static (DateOnly? OpensOn, DateOnly? ClosesOn)? CheckWindow(string? opensOn, string? closesOn, FieldErrors errors)
    {
        var opens = Day(opensOn, "opensOn", errors);
        var closes = Day(closesOn, "closesOn", errors);
        if (opens is { } first && closes is { } last && last < first)
        {
            errors.Add("closesOn", "The last day to answer is on or after the first ({0}).", first.ToString("D", CultureInfo.CurrentCulture));
        }

        return errors.Any ? null : (opens, closes);
    }

    public static string Field(int question) => $"answers[{question.ToString(CultureInfo.InvariantCulture)}]";

    private static DateOnly? Day(string? text, string field, FieldErrors errors)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        if (!DateOnly.TryParseExact(text.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day) || day.Year is < 2000 or > 2200)
        {
            errors.Add(field, "Give a date such as {0}, or none.", "2027-03-31");
            return null;
        }

        return day;
    }

    private static int? Number(string value) => int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? n : null;
}
