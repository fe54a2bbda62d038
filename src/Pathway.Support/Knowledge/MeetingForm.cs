using System.Globalization;

namespace Pathway.Support.Knowledge;

/// <summary>A meeting as the meetings page posts it (fields Meeting.*).</summary>
internal sealed class MeetingForm
{
    public string? HeldOn { get; set; }
    public string? Title { get; set; }
    public string[]? Partners { get; set; }
    public string? Place { get; set; }
    public string? Minutes { get; set; }
    public string? NextSteps { get; set; }

    public bool Has(Guid partner) => Partners?.Contains(partner.ToString(), StringComparer.OrdinalIgnoreCase) == true;

    public MeetingInput Read()
    {
        // A day that cannot be read is named as missing.
        var day = DateOnly.TryParseExact(HeldOn?.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d) ? d : (DateOnly?)null;
        return new MeetingInput(
            day, Title,
            // An id that cannot be read is no partner of the directory: the directory names it so.
            [.. (Partners ?? []).Select(p => Guid.TryParse(p, out var id) ? id : Guid.Empty)],
            Place, Minutes, NextSteps);
    }
}
