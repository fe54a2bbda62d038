using System.Text.Json.Serialization;

namespace Pathway.Support.Needs;

/// <summary>Where a case's next review stands on the office's today.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<ReviewState>))]
public enum ReviewState
{
    Scheduled,
    DueToday,
    Overdue,
}
