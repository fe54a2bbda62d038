using Pathway.Support.Trainings;

namespace Pathway.Support.Knowledge;

/// <summary>A document's facts as the library's forms post them (fields Input.*): text, read into a <see cref="LibraryInput"/> the desk judges whole.</summary>
public sealed class LibraryForm
{
    public string? Title { get; set; }
    public string? Kind { get; set; }
    public string? Area { get; set; }
    public string? Language { get; set; }
    public string? Description { get; set; }
    public string[]? Roles { get; set; }

    public static LibraryForm Of(LibraryEntry entry) => new()
    {
        Title = entry.Title, Kind = entry.Kind.ToString(), Area = entry.Area.ToString(), Language = entry.Language, Description = entry.Description, Roles = [.. entry.Roles],
    };

    public LibraryInput Read() => new(
        Title,
        Enum.TryParse<DocumentKind>(Kind, out var kind) && Enum.IsDefined(kind) ? kind : null,
        Enum.TryParse<TrainingArea>(Area, out var area) && Enum.IsDefined(area) ? area : null,
        Language,
        Description,
        Roles ?? []);
}
