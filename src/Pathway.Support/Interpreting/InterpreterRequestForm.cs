using System.Globalization;

namespace Pathway.Support.Interpreting;

/// <summary>The ask-for-an-interpreter form on the case page as posted (fields Interpreting.*).</summary>
internal sealed class InterpreterRequestForm
{
    public string? PersonLanguage { get; set; }
    public string? WorkerLanguage { get; set; }
    public string? Kind { get; set; }
    public string? Mode { get; set; }
    public string? Day { get; set; }
    public string? Start { get; set; }
    public string? Minutes { get; set; }
    public string? Note { get; set; }

    public InterpreterRequestInput Read()
    {
        var day = DateOnly.TryParseExact(Day?.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d) ? d : (DateOnly?)null;
        return new InterpreterRequestInput(
            PersonLanguage, WorkerLanguage,
            Enum.TryParse<InterpreterKind>(Kind, out var kind) && Enum.IsDefined(kind) ? kind : null,
            Enum.TryParse<SessionMode>(Mode, out var mode) && Enum.IsDefined(mode) ? mode : null,
            day, Start,
            // A length that is no whole number is kept as one the desk refuses, not dropped.
            string.IsNullOrWhiteSpace(Minutes) ? null : int.TryParse(Minutes.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var m) ? m : -1,
            Note,
            !string.IsNullOrWhiteSpace(Day) && day is null);
    }
}
