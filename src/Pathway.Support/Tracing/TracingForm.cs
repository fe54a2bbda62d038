using System.Globalization;
using Pathway.Support.Beneficiaries;

namespace Pathway.Support.Tracing;

/// <summary>The new-request form as posted (fields Input.*): text, read into a <see cref="TracingInput"/> the rules judge whole.</summary>
internal sealed class TracingForm
{
    public string? Direction { get; set; }
    public string? GivenNames { get; set; }
    public string? Surname { get; set; }
    public string? Sex { get; set; }
    public string? BirthYear { get; set; }
    public string? Age { get; set; }
    public string? Uncertainty { get; set; }
    public string? PlaceOfOrigin { get; set; }
    public string? PlaceOfSeparation { get; set; }
    public string? SeparatedOn { get; set; }
    public string? Remarks { get; set; }
    public string? ChildCaseId { get; set; }
    public string? RequesterName { get; set; }
    public string? RequesterRelationship { get; set; }
    public string? RequesterContact { get; set; }
    public string? RequesterLanguage { get; set; }

    /// <summary>The input, and the number fields that could not be read as numbers (named on their field, not taken as left out).</summary>
    public (TracingInput Input, IReadOnlyList<string> Unreadable) Read()
    {
        var unreadable = new List<string>();
        var input = new TracingInput(
            Enum.TryParse<TracingDirection>(Direction, out var direction) && Enum.IsDefined(direction) ? direction : null,
            GivenNames,
            Surname,
            Enum.TryParse<Sex>(Sex, out var sex) && Enum.IsDefined(sex) ? sex : null,
            Number(BirthYear, "birthYear", unreadable),
            Number(Age, "age", unreadable),
            Number(Uncertainty, "uncertainty", unreadable),
            PlaceOfOrigin,
            PlaceOfSeparation,
            SeparatedOn,
            Remarks,
            Guid.TryParse(ChildCaseId, out var child) ? child : null,
            RequesterName,
            RequesterRelationship,
            RequesterContact,
            RequesterLanguage);
        return (input, unreadable);
    }

    private static int? Number(string? value, string field, List<string> unreadable)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return null;
        }

        if (int.TryParse(value.Trim(), NumberStyles.Integer, CultureInfo.InvariantCulture, out var number))
        {
            return number;
        }

        unreadable.Add(field);
        return null;
    }
}
