using System.Globalization;

namespace Pathway.Support.Beneficiaries;

/// <summary>The intake form as posted (fields Input.*): text, read into an <see cref="IntakeInput"/> the desk judges whole.</summary>
internal sealed class IntakeForm
{
    public string? GivenNames { get; set; }
    public string? Surname { get; set; }
    public string? BirthDate { get; set; }
    public string? Sex { get; set; }
    public string? Citizenship { get; set; }
    public string? Language { get; set; }
    public string? LegalBasis { get; set; }
    public string? ConsentsToServices { get; set; }
    public string? RegisterAnyway { get; set; }
    public string? PersonId { get; set; }

    public IntakeInput Read()
    {
        var born = DateOnly.TryParseExact(BirthDate?.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day) ? day : (DateOnly?)null;
        return new IntakeInput(
            GivenNames, Surname, born,
            Enum.TryParse<Sex>(Sex, out var sex) && Enum.IsDefined(sex) ? sex : null,
            Citizenship, Language,
            Enum.TryParse<LegalBasis>(LegalBasis, out var basis) && Enum.IsDefined(basis) ? basis : null,
            ConsentsToServices == "true", RegisterAnyway == "true",
            !string.IsNullOrWhiteSpace(BirthDate) && born is null,
            Guid.TryParse(PersonId, out var person) ? person : null);
    }
}
