using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Localization;
using Pathway.People.Localization;
using Pathway.People.Registry;
using Pathway.Platform.Localization;

namespace Pathway.People.Registry;

/// <summary>How a refused document number is told, the same on the pages and in the API.</summary>
internal static class HeldNumbers
{
    public static string Describe(DocumentHolder holder, IStringLocalizer<PeopleText> text) => holder.Name is { } name
        ? text["Document {0} ({1}, {2}) is already registered to {3}. A document number of one kind and issuing state belongs to one person.",
            holder.Number, text[holder.Kind.ToString()], holder.IssuingState, name]
        : text["Document {0} ({1}, {2}) is already registered to a person in another unit. A document number of one kind and issuing state belongs to one person.",
            holder.Number, text[holder.Kind.ToString()], holder.IssuingState];

    public static string ExceptionNotAllowed(IStringLocalizer<PeopleText> text) =>
        text["Only a supervisor may record a document number that another person holds, with the reason."];

    /// <summary>409 naming the holder (with a link when the caller may open their record), or 403 for an exception the caller may not make.</summary>
    internal static ProblemHttpResult Problem(RegistryOutcome outcome, IStringLocalizer<PeopleText> text) => outcome switch
    {
        RegistryOutcome.NumberHeld held => TypedResults.Problem(
            title: Describe(held.Holder, text), statusCode: StatusCodes.Status409Conflict,
            extensions: held.Holder.PersonId is { } id
                ? new Dictionary<string, object?>(StringComparer.Ordinal) { ["holderId"] = id, ["holder"] = $"/api/v1/persons/{id}", ["holderName"] = held.Holder.Name }
                : null),
        RegistryOutcome.ExceptionNotAllowed => TypedResults.Problem(title: ExceptionNotAllowed(text), statusCode: StatusCodes.Status403Forbidden),
        _ => throw new ArgumentOutOfRangeException(nameof(outcome), outcome, "Not a refusal."),
    };
}
