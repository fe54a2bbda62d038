using Pathway.Cases.Catalogue;

namespace Pathway.Cases.Applications;

/// <summary>One thing a complete application has: a field filled in or a required document filed.</summary>
/// <param name="Key">The field's name in the API, or the document's code.</param>
/// <param name="Label">The English text, also the key of its translation (the document's catalogue name).</param>
/// <param name="Step">The form's step where it is filled in.</param>
public sealed record ChecklistLine(string Key, string Label, string Step, bool IsDocument, bool Done);

/// <summary>
/// What an application must hold before it can be submitted: the personal data, the stay, the
/// employer (for work) or the school (for studies), and a file for each required document whose
/// condition applies on the day (employment for work, minority by the birth date).
/// </summary>
public sealed record ApplicationChecklist(IReadOnlyList<ChecklistLine> Lines)
{
    /// <summary>The catalogue's code of the employer's annex.</summary>
    public const string AnnexCode = "employer-annex";

    public bool IsComplete => Lines.All(l => l.Done);

    public IEnumerable<ChecklistLine> Missing => Lines.Where(l => !l.Done);

    public static ApplicationChecklist For(OnlineApplication application, CatalogueEntry entry, DateOnly today)
    {
        var a = application;
        var purpose = ApplicationPurposes.Of(entry);
        var lines = new List<ChecklistLine>
        {
            Field("surname", "Surname", ApplicationSteps.Personal, a.Surname),
            Field("givenNames", "Given names", ApplicationSteps.Personal, a.GivenNames),
            new("birthDate", "Date of birth", ApplicationSteps.Personal, false, a.BirthDate is not null),
            Field("sex", "Sex", ApplicationSteps.Personal, a.Sex),
            Field("citizenship", "Citizenship (3-letter code)", ApplicationSteps.Personal, a.Citizenship),
            Field("passportNumber", "Passport number", ApplicationSteps.Personal, a.PassportNumber),
            new("passportExpiresOn", "Passport valid until", ApplicationSteps.Personal, false, a.PassportExpiresOn >= today),
            Field("purpose", "Purpose of the stay", ApplicationSteps.Stay, a.Purpose),
            new("address", "Address in Poland", ApplicationSteps.Stay, false,
                !string.IsNullOrWhiteSpace(a.AddressStreet) && !string.IsNullOrWhiteSpace(a.AddressPostalCode) && !string.IsNullOrWhiteSpace(a.AddressCity)),
        };
        if (purpose == ApplicationPurpose.Work)
        {
            lines.Add(Field("employerName", "Employer's name", ApplicationSteps.Employer, a.EmployerName));
            lines.Add(Field("employerNip", "Employer's tax id (NIP)", ApplicationSteps.Employer, a.EmployerNip));
        }

        if (purpose == ApplicationPurpose.Studies)
        {
            lines.Add(Field("schoolName", "School or university", ApplicationSteps.School, a.SchoolName));
        }

        foreach (var document in Required(entry, a, today))
        {
            // The employer's annex is filed by the employer through its link (or, on paper, scanned like any document).
            var filed = a.Files.Any(f => f.DocumentCode == document.Code) || (document.Code == AnnexCode && a.EmployerAnnexId is not null);
            lines.Add(new(document.Code, document.Name, ApplicationSteps.Documents, true, filed));
        }

        return new ApplicationChecklist(lines);
    }

    /// <summary>The documents the application must carry: those always needed and those whose condition its facts meet.</summary>
    public static IEnumerable<RequiredDocument> Required(CatalogueEntry entry, OnlineApplication application, DateOnly today) =>
        entry.Documents.Where(d => Applies(d.Condition, entry, application, today));

    public static bool Applies(DocumentCondition condition, CatalogueEntry entry, OnlineApplication application, DateOnly today) => condition switch
    {
        DocumentCondition.Always => true,
        DocumentCondition.WhenEmployed => ApplicationPurposes.Of(entry) == ApplicationPurpose.Work || !string.IsNullOrWhiteSpace(application.EmployerName),
        DocumentCondition.WhenMinor => application.BirthDate is { } born && born.AddYears(18) > today,
        _ => throw new ArgumentOutOfRangeException(nameof(condition), condition, null),
    };

    private static ChecklistLine Field(string key, string label, string step, string? value) => new(key, label, step, false, !string.IsNullOrWhiteSpace(value));
}
