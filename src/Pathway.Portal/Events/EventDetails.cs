using System.Text.Json.Serialization;

namespace Pathway.Portal.Events;

/// <summary>
/// When and where an event or course of the portal takes place, in which languages, and for how
/// many. Its title and description are the content item's (<see cref="Content.ContentItem"/> of kind
/// Event), translated and published like any other item; an event is listed once it has details
/// and a published text.
/// </summary>
public sealed class EventDetails
{
    public const int MaxPlaceLength = 200;
    public const int MaxAddressLength = 300;
    public const int MaxUrlLength = 500;
    public const int MaxCapacity = 100_000;

    public Guid ItemId { get; init; }
    public Guid TenantId { get; init; }

    /// <summary>Instants in UTC; shown in the office's time zone (Europe/Warsaw).</summary>
    public DateTime StartsAt { get; set; }

    public DateTime EndsAt { get; set; }

    public string PlaceName { get; set; } = "";
    public string Address { get; set; } = "";
    public double? Latitude { get; set; }
    public double? Longitude { get; set; }

    /// <summary>Where it is held online, if it is (then the place may be empty).</summary>
    public string? OnlineUrl { get; set; }

    /// <summary>The languages it is held in, as portal codes separated by spaces ("uk pl").</summary>
    public string Languages { get; set; } = "";

    /// <summary>Places; sign-ups beyond it join the waiting list.</summary>
    public int Capacity { get; set; }

    /// <summary>Raised by every sign-up and cancellation: two people taking the last place at once cannot both get it.</summary>
    public int SignupVersion { get; set; }

    public IReadOnlyList<string> LanguageCodes => Content.SpacedList.Codes(Languages);
}

[JsonConverter(typeof(JsonStringEnumConverter<SignupStatus>))]
public enum SignupStatus
{
    Confirmed,
    Waiting,
    Cancelled,
}

/// <summary>
/// A migrant's place at an event, or on its waiting list. Personal data: the organisers see who
/// signed up (each reading audited), nobody else does; the migrant sees and cancels their own.
/// </summary>
public sealed class EventSignup
{
    public const int MaxNameLength = 200;

    public Guid Id { get; init; } = Guid.CreateVersion7();
    public Guid TenantId { get; init; }
    public Guid ItemId { get; init; }
    public Guid UserId { get; init; }
    public string DisplayName { get; set; } = "";

    /// <summary>The language the migrant signed up in: the organisers write to them in it.</summary>
    public string Language { get; set; } = "";

    public SignupStatus Status { get; set; }

    /// <summary>When they signed up (again): the waiting list moves up in this order.</summary>
    public DateTime SignedUpAt { get; set; }

    public DateTime? CancelledAt { get; set; }
}
