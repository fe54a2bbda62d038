namespace Pathway.Analytics.Sources;

/// <summary>
/// Load an outside table for the caller's organisation: the one command behind the sources page's
/// upload form and <c>POST /api/v1/analytics/sources</c>, carried out by <see cref="ISourceTables.LoadAsync"/>.
/// The name defaults to the file's first dataflow, the title to its name, the source to its agency;
/// a plain table must be given a name and a source. <see cref="Replace"/>: a table already stored
/// under the name is replaced whole, even with other columns.
/// </summary>
public sealed record LoadSourceTable(string? Name, string? Title, string? Source, SourceOptions Options, bool Replace, Guid? OrganisationId, string LoadedBy)
{
    internal (SourceLabels Labels, IReadOnlyList<SourceFieldProblem> Problems) Labels(SourceFile? file)
    {
        var structure = file?.Structures.FirstOrDefault();
        var name = Trimmed(Name) ?? structure?.Id ?? "";
        var title = Trimmed(Title) ?? structure?.Label ?? name;
        var agency = structure?.Id.Split(':') is [var a, _] ? a : null;
        var source = Trimmed(Source) ?? agency ?? "";
        var problems = new List<SourceFieldProblem>();
        Check(SourceField.Name, name, SourceTable.MaxNameLength, required: file is not null, problems);
        Check(SourceField.Title, title, SourceTable.MaxTitleLength, required: false, problems);
        Check(SourceField.Source, source, SourceTable.MaxSourceLength, required: file is not null, problems);
        return (new SourceLabels(name, title.Length == 0 ? name : title, source), problems);
    }

    private static string? Trimmed(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();

    private static void Check(SourceField field, string value, int limit, bool required, List<SourceFieldProblem> problems)
    {
        if (value.Length == 0 && required)
        {
            problems.Add(new SourceFieldProblem(field, TooLong: false));
        }
        else if (value.Length > limit)
        {
            problems.Add(new SourceFieldProblem(field, TooLong: true, limit));
        }
    }
}
