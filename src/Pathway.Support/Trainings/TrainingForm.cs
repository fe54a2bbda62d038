using System.Globalization;

namespace Pathway.Support.Trainings;

/// <summary>The record-a-training form as posted (fields Input.*): text, read into a <see cref="TrainingInput"/> the register judges whole.</summary>
internal sealed class TrainingForm
{
    public string? Title { get; set; }
    public string? Area { get; set; }
    public string? StartsOn { get; set; }
    public string? EndsOn { get; set; }
    public string? Trainer { get; set; }
    public string? Place { get; set; }
    public string? Project { get; set; }

    public TrainingInput Read() => new(
        Title,
        Enum.TryParse<TrainingArea>(Area, out var area) && Enum.IsDefined(area) ? area : null,
        Day(StartsOn),
        Day(EndsOn),
        Trainer,
        Place,
        Project,
        !string.IsNullOrWhiteSpace(EndsOn) && Day(EndsOn) is null);

    // The register names a first day that cannot be read as missing, and a last day by the flag above.
    private static DateOnly? Day(string? value) =>
        DateOnly.TryParseExact(value?.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day) ? day : null;
}
