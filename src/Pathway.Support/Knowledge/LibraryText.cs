using Microsoft.Extensions.Localization;
using Pathway.Platform.Identity;
using Pathway.Platform.Localization;

namespace Pathway.Support.Knowledge;

/// <summary>The library's words in the reader's language, shared by its pages and its API.</summary>
public static class LibraryText
{
    public static string Problem(LibraryProblem problem, IStringLocalizer text) => problem switch
    {
        LibraryProblem.TitleMissing => text["Write the document's title."],
        LibraryProblem.TitleTooLong => text["Write at most {0} characters.", LibraryDocument.MaxTitleLength],
        LibraryProblem.KindMissing => text["Choose what kind of document it is."],
        LibraryProblem.AreaMissing => text["Choose the area the document is about."],
        LibraryProblem.LanguageUnknown => text["Choose the language the document is written in."],
        LibraryProblem.DescriptionTooLong => text["Write at most {0} characters.", LibraryDocument.MaxDescriptionLength],
        LibraryProblem.RolesMissing => text["Choose at least one role that may read the document."],
        LibraryProblem.RoleUnknown => text["Choose among the roles listed."],
        LibraryProblem.NoOrganisation => text["Only staff of an organisation can add to the library."],
    };

    public static string Kind(DocumentKind kind, IStringLocalizer text) => kind switch
    {
        DocumentKind.Manual => text["Manual"],
        DocumentKind.GoodPractice => text["Good practice"],
        DocumentKind.Template => text["Template"],
        DocumentKind.LegalText => text["Legal text"],
        DocumentKind.Other => text["Another kind of document"],
    };

    /// <summary>A role's name as the reader's language has it.</summary>
    public static string Role(string role, IStringLocalizer text) => role switch
    {
        Roles.NgoWorker => text["NGO workers"],
        Roles.Supervisor => text["Supervisors"],
        Roles.CaseOfficer => text["Case officers"],
        Roles.HelplineOperator => text["Helpline operators"],
        Roles.Analyst => text["Analysts"],
        _ => role,
    };

    /// <summary>A portal language by its own name (the name a reader of it knows).</summary>
    public static string Language(string code) => SupportedCultures.ByCode(code)?.NativeName ?? code;
}
