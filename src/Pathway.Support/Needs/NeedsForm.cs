using System.Globalization;
using Microsoft.AspNetCore.Http;

namespace Pathway.Support.Needs;

/// <summary>
/// The assessment form as posted (fields Assessment.*): the needs as ticked boxes of one name, a
/// UNHCR sub-code per need (Assessment.Code.{category}), the form of exploitation, and the days.
/// </summary>
internal static class NeedsForm
{
    public const string Prefix = "Assessment.";

    public static AssessmentInput Read(IFormCollection form)
    {
        string? Value(string name) => form.TryGetValue(Prefix + name, out var v) && !string.IsNullOrWhiteSpace(v.ToString()) ? v.ToString().Trim() : null;
        var needs = form[Prefix + "Needs"].OfType<string>()
            // A box whose value is no category is kept as one the check refuses, not dropped.
            .Select(c => new NeedInput(Enum.TryParse<NeedCategory>(c, out var category) && Enum.IsDefined(category) ? category : null, Value("Code." + c)))
            .ToList();
        var assessedOn = Day(Value("AssessedOn"));
        var nextReviewOn = Day(Value("NextReviewOn"));
        // The form of exploitation is offered beside trafficking and read only when it is chosen.
        var exploitation = Value("Exploitation") is { } chosen ? Enum.TryParse<Exploitation>(chosen, out var form2) && Enum.IsDefined(form2) ? form2 : (Exploitation?)null : null;
        return new AssessmentInput(
            assessedOn, Value("AssessedBy"), needs, exploitation, Value("NoSpecificNeeds") == "true", Value("Note"), nextReviewOn,
            Value("AssessedOn") is not null && assessedOn is null, Value("NextReviewOn") is not null && nextReviewOn is null);
    }

    public static string Iso(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static DateOnly? Day(string? value) =>
        DateOnly.TryParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day) ? day : null;
}
