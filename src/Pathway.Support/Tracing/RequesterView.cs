using System.Text.Json.Serialization;

namespace Pathway.Support.Tracing;

/// <summary>What the requester is told of their request's progress: never that candidates were proposed.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<RequesterProgress>))]
public enum RequesterProgress
{
    /// <summary>Open, whether or not the matching proposed anyone: a proposal is not a finding.</summary>
    Searching,

    /// <summary>A case worker confirmed a match.</summary>
    Found,

    EndedWithoutFinding,
}

/// <summary>
/// The request as its requester may read it (their contact view and the printed letter): their own
/// words back, the progress, and the person found only once a case worker confirmed the match (both
/// organisations' case workers, for a match across organisations), in the <see cref="Language"/> the
/// requester reads (a UI language's code).
/// </summary>
public sealed record RequesterView(
    string Number, TracingDirection Direction, string? Requester, string SoughtName, RequesterProgress Progress, string? FoundName, DateTime? FoundAt,
    string Organisation, DateTime AskedAt, string Language)
{
    /// <param name="confirmedName">The name of the person in the match a case worker confirmed; null when none is.</param>
    public static RequesterView Of(TracingRequest request, string? childName, string? confirmedName, DateTime? confirmedAt, string organisation, string language)
    {
        var progress = request.Status switch
        {
            TracingStatus.Open or TracingStatus.MatchProposed => RequesterProgress.Searching,
            TracingStatus.Confirmed or TracingStatus.Closed => RequesterProgress.Found,
            TracingStatus.ClosedWithoutMatch => RequesterProgress.EndedWithoutFinding,
        };
        var found = progress == RequesterProgress.Found;
        return new RequesterView(
            request.Number, request.Direction, request.RequesterName ?? childName, request.SoughtName, progress,
            found ? confirmedName : null, found ? confirmedAt : null, organisation, request.CreatedAt, language);
    }
}
