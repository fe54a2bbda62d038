using System.Globalization;
using Pathway.Platform.Localization;
using Pathway.Support.Beneficiaries;

namespace Pathway.Support.Tracing;

/// <summary>
/// A tracing request as the form or the API sends it. The sought person's age is a birth year or an
/// age ("about 14"), each with its uncertainty in years; a child's own request names the child's
/// case, a relative's names the relative.
/// </summary>
public sealed record TracingInput(
    TracingDirection? Direction,
    string? GivenNames,
    string? Surname,
    Sex? Sex,
    int? BirthYear,
    int? Age,
    int? Uncertainty,
    string? PlaceOfOrigin,
    string? PlaceOfSeparation,
    string? SeparatedOn,
    string? Remarks,
    Guid? ChildCaseId,
    string? RequesterName,
    string? RequesterRelationship,
    string? RequesterContact,
    string? RequesterLanguage = null);

public enum TracingProblem
{
    DirectionMissing,
    NameMissing,
    NameTooLong,
    AgeAndBirthYear,
    BirthYearOutOfRange,
    AgeOutOfRange,
    UncertaintyOutOfRange,
    SoughtNotAChild,
    PlaceTooLong,
    SeparatedOnUnreadable,
    SeparatedOnInFuture,
    RemarksTooLong,
    ChildCaseMissing,
    ChildCaseUnknown,
    ChildCaseNotAChild,
    ChildCaseClosed,
    RequesterNameMissing,
    RelationshipMissing,
    ContactMissing,
    ContactTooLong,
    LanguageUnknown,
    LanguageMissing,
    NoOrganisation,
    RequestNotFound,
    MatchNotFound,
    NotOpen,
    AlreadyDecided,
}

/// <summary>A problem and the field it is on ("body" for the request as a whole).</summary>
public sealed record TracingRefusal(TracingProblem Problem, string Field);

/// <summary>What a tracing request must hold to be kept, field by field, and how an age becomes a range of birth years.</summary>
public static class TracingRules
{
    public const int MaxAge = 120;
    public const int MaxUncertainty = 10;
    public const int AdultAge = 18;

    /// <summary>Every problem of the input, judged against the organisation's <paramref name="today"/>; the child's case is checked by the desk.</summary>
    public static List<TracingRefusal> Check(TracingInput input, DateOnly today)
    {
        var problems = new List<TracingRefusal>();
        if (input.Direction is not { } direction || !Enum.IsDefined(direction))
        {
            problems.Add(new TracingRefusal(TracingProblem.DirectionMissing, "direction"));
        }

        if (string.IsNullOrWhiteSpace(input.GivenNames) && string.IsNullOrWhiteSpace(input.Surname))
        {
            problems.Add(new TracingRefusal(TracingProblem.NameMissing, "givenNames"));
        }

        TooLong(input.GivenNames, TracingRequest.MaxNameLength, TracingProblem.NameTooLong, "givenNames", problems);
        TooLong(input.Surname, TracingRequest.MaxNameLength, TracingProblem.NameTooLong, "surname", problems);
        CheckAge(input, today, problems);
        TooLong(input.PlaceOfOrigin, TracingRequest.MaxPlaceLength, TracingProblem.PlaceTooLong, "placeOfOrigin", problems);
        TooLong(input.PlaceOfSeparation, TracingRequest.MaxPlaceLength, TracingProblem.PlaceTooLong, "placeOfSeparation", problems);
        if (!string.IsNullOrWhiteSpace(input.SeparatedOn))
        {
            if (SeparatedOn(input.SeparatedOn) is not { } separated)
            {
                problems.Add(new TracingRefusal(TracingProblem.SeparatedOnUnreadable, "separatedOn"));
            }
            else if (separated > today)
            {
                problems.Add(new TracingRefusal(TracingProblem.SeparatedOnInFuture, "separatedOn"));
            }
        }

        TooLong(input.Remarks, TracingRequest.MaxRemarksLength, TracingProblem.RemarksTooLong, "remarks", problems);
        if (input.Direction == TracingDirection.ChildSeeksRelative && input.ChildCaseId is null)
        {
            problems.Add(new TracingRefusal(TracingProblem.ChildCaseMissing, "childCaseId"));
        }
        else if (input.Direction == TracingDirection.RelativeSeeksChild)
        {
            Required(input.RequesterName, TracingRequest.MaxNameLength, TracingProblem.RequesterNameMissing, TracingProblem.NameTooLong, "requesterName", problems);
            Required(input.RequesterRelationship, TracingRequest.MaxPlaceLength, TracingProblem.RelationshipMissing, TracingProblem.PlaceTooLong, "requesterRelationship", problems);
            Required(input.RequesterContact, TracingRequest.MaxContactLength, TracingProblem.ContactMissing, TracingProblem.ContactTooLong, "requesterContact", problems);
        }

        if (!string.IsNullOrWhiteSpace(input.RequesterLanguage) && SupportedCultures.ByCode(input.RequesterLanguage.Trim()) is null)
        {
            problems.Add(new TracingRefusal(TracingProblem.LanguageUnknown, "requesterLanguage"));
        }
        else if (string.IsNullOrWhiteSpace(input.RequesterLanguage) && input.Direction == TracingDirection.RelativeSeeksChild)
        {
            // A child's letter is in the language of the child's case unless another is chosen; a relative has no case to say it.
            problems.Add(new TracingRefusal(TracingProblem.LanguageMissing, "requesterLanguage"));
        }

        return problems;
    }

    private static void CheckAge(TracingInput input, DateOnly today, List<TracingRefusal> problems)
    {
        if (input.BirthYear is not null && input.Age is not null)
        {
            problems.Add(new TracingRefusal(TracingProblem.AgeAndBirthYear, "age"));
            return;
        }

        var before = problems.Count;
        if (input.BirthYear is { } year && (year > today.Year || year < today.Year - MaxAge))
        {
            problems.Add(new TracingRefusal(TracingProblem.BirthYearOutOfRange, "birthYear"));
        }

        if (input.Age is { } age && age is < 0 or > MaxAge)
        {
            problems.Add(new TracingRefusal(TracingProblem.AgeOutOfRange, "age"));
        }

        if (input.Uncertainty is { } uncertainty && uncertainty is < 0 or > MaxUncertainty)
        {
            problems.Add(new TracingRefusal(TracingProblem.UncertaintyOutOfRange, "uncertainty"));
        }

        // A relative looks for a child: a range wholly of adults' birth years describes someone else.
        if (problems.Count == before && input.Direction == TracingDirection.RelativeSeeksChild && BirthYears(input, today) is ({ }, { } latest) && latest <= today.Year - AdultAge - 1)
        {
            problems.Add(new TracingRefusal(TracingProblem.SoughtNotAChild, input.Age is null ? "birthYear" : "age"));
        }
    }

    /// <summary>
    /// The years the sought person may have been born in. A birth year is itself give or take the
    /// uncertainty (none unless said); an age A today means born A or A + 1 years ago, widened by the
    /// uncertainty, which is a year unless said, as "about 14" is how an age is usually given.
    /// </summary>
    public static (int? From, int? To) BirthYears(TracingInput input, DateOnly today)
    {
        if (input.BirthYear is { } year)
        {
            var u = input.Uncertainty ?? 0;
            return (year - u, year + u);
        }

        if (input.Age is { } age)
        {
            var u = input.Uncertainty ?? 1;
            return (today.Year - age - 1 - u, Math.Min(today.Year, today.Year - age + u));
        }

        return (null, null);
    }

    /// <summary>The first day of the month written YYYY-MM, or the day written YYYY-MM-DD.</summary>
    public static DateOnly? SeparatedOn(string? value)
    {
        var text = value?.Trim();
        if (DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day))
        {
            return day;
        }

        return DateOnly.TryParseExact(text, "yyyy-MM", CultureInfo.InvariantCulture, DateTimeStyles.None, out var month) ? month : null;
    }

    /// <summary>Whether a person born on <paramref name="born"/> is a child on <paramref name="today"/>.</summary>
    public static bool IsChild(DateOnly? born, DateOnly today) => born is { } b && b > today.AddYears(-AdultAge) && b <= today;

    private static void TooLong(string? value, int most, TracingProblem problem, string field, List<TracingRefusal> problems)
    {
        if (value is not null && value.Trim().Length > most)
        {
            problems.Add(new TracingRefusal(problem, field));
        }
    }

    private static void Required(string? value, int most, TracingProblem missing, TracingProblem tooLong, string field, List<TracingRefusal> problems)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            problems.Add(new TracingRefusal(missing, field));
        }
        else
        {
            TooLong(value, most, tooLong, field, problems);
        }
    }
}
