using System.Text.Json.Serialization;
using Pathway.Platform.Tenancy;
using Pathway.Support.Beneficiaries;

namespace Pathway.Support.Tracing;

/// <summary>Who looks for whom: the sought person is the child, or the child's family.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<TracingDirection>))]
public enum TracingDirection
{
    /// <summary>A parent or relative, maybe outside the platform, looks for a child.</summary>
    RelativeSeeksChild,

    /// <summary>A child the organisation supports (a support case) looks for family.</summary>
    ChildSeeksRelative,
}

/// <summary>
/// A request's life: open, a match proposed by the record linkage, confirmed by a case worker
/// (reunification or contact in progress), closed; or closed without a match.
/// </summary>
[JsonConverter(typeof(JsonStringEnumConverter<TracingStatus>))]
public enum TracingStatus
{
    Open,
    MatchProposed,
    Confirmed,
    Closed,
    ClosedWithoutMatch,
}

/// <summary>
/// A family tracing request, owned by the organisation that took it (the platform's data scope).
/// It describes the sought person as the requester gave it (names in any script, an approximate
/// birth year range, places and the month of separation) and names the requester: a child by
/// their support case, or a relative by the least that lets the case worker reach them. The status
/// moves only through the methods below.
/// </summary>
public sealed class TracingRequest : ITenantOwned
{
    public const int MaxNameLength = Beneficiary.MaxNameLength;
    public const int MaxPlaceLength = 100;
    public const int MaxRemarksLength = 1000;
    public const int MaxContactLength = 200;

    public Guid Id { get; init; } = Guid.CreateVersion7();
    public Guid TenantId { get; init; }
    public Guid OrganisationId { get; init; }

    /// <summary>The organisation's number for the request, e.g. <c>TR-2026-00003</c>.</summary>
    public required string Number { get; set; }

    public TracingDirection Direction { get; init; }

    /// <summary>The sought person's given names as the requester gave them, in any script.</summary>
    public string? SoughtGivenNames { get; init; }

    public string? SoughtSurname { get; init; }
    public Sex SoughtSex { get; init; }

    /// <summary>The earliest and latest year the sought person may have been born in ("about 14" is a range).</summary>
    public int? SoughtBornFrom { get; init; }

    public int? SoughtBornTo { get; init; }

    public string? PlaceOfOrigin { get; init; }
    public string? PlaceOfSeparation { get; init; }

    /// <summary>When the family was separated: YYYY-MM, or YYYY-MM-DD when the day is known.</summary>
    public string? SeparatedOn { get; init; }

    public string? Remarks { get; init; }

    /// <summary>The child's support case, when the child is the requester.</summary>
    public Guid? ChildCaseId { get; init; }

    /// <summary>The relative who asks (when a relative is the requester): name, how they are related, how to reach them.</summary>
    public string? RequesterName { get; init; }

    public string? RequesterRelationship { get; init; }
    public string? RequesterContact { get; init; }

    /// <summary>
    /// The language the requester reads (a UI language's code, e.g. <c>uk</c>, <c>prs</c>): the letter
    /// to them is written in it, whatever the worker's. Null on requests taken before it was asked.
    /// </summary>
    public string? RequesterLanguage { get; init; }

    public TracingStatus Status { get; private set; }
    public DateTime CreatedAt { get; init; }
    public required string CreatedBy { get; init; }
    public DateTime ChangedAt { get; private set; }

    public bool IsOpen => Status is TracingStatus.Open or TracingStatus.MatchProposed;

    public string SoughtName => $"{SoughtGivenNames} {SoughtSurname}".Trim();

    /// <summary>A matching run found candidates still to be judged, or none is left: the request shows it.</summary>
    internal void Proposed(bool any, DateTime at)
    {
        if (!IsOpen)
        {
            return;
        }

        var next = any ? TracingStatus.MatchProposed : TracingStatus.Open;
        if (next != Status)
        {
            (Status, ChangedAt) = (next, at);
        }
    }

    /// <summary>A case worker confirmed a match: only an open request takes one.</summary>
    internal bool Confirm(DateTime at)
    {
        if (!IsOpen)
        {
            return false;
        }

        (Status, ChangedAt) = (TracingStatus.Confirmed, at);
        return true;
    }

    /// <summary>Closes the request: after a confirmed match as done, before one as closed without a match.</summary>
    internal bool Close(DateTime at)
    {
        TracingStatus? next = Status switch
        {
            TracingStatus.Open or TracingStatus.MatchProposed => TracingStatus.ClosedWithoutMatch,
            TracingStatus.Confirmed => TracingStatus.Closed,
            TracingStatus.Closed or TracingStatus.ClosedWithoutMatch => null,
        };
        if (next is null)
        {
            return false;
        }

        (Status, ChangedAt) = (next.Value, at);
        return true;
    }
}
