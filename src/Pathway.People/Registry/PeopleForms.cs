using Microsoft.Extensions.Localization;
using Pathway.People.Localization;
using Pathway.People.Registry;
using Pathway.Platform.Localization;

namespace Pathway.People.Registry;

/// <summary>The same validation for the registration page as for the API.</summary>
internal static class PeopleForms
{
    public static (PersonDetails? Details, IReadOnlyList<DocumentDetails> Documents, Dictionary<string, string[]> Errors) Parse(
        RegisterPersonRequest request, IStringLocalizer<PeopleText> text, DateOnly today)
    {
        var (details, documents, errors) = PersonRequestParser.Parse(request, text, today);
        return (details, documents, errors.ToDictionary());
    }

    public static (DocumentDetails? Document, Dictionary<string, string[]> Errors) ParseDocument(DocumentRequest request, IStringLocalizer<PeopleText> text)
    {
        var (document, errors) = PersonRequestParser.ParseDocument(request, "", text);
        return (document, errors.ToDictionary());
    }
}
