namespace Pathway.Cases.Appointments;

/// <summary>
/// A place where migrants come for appointments. Reference data: the tenancy filter does not
/// apply, so readers name the tenant. <see cref="OrganisationId"/> is the office unit whose
/// officers see its bookings.
/// </summary>
public sealed class Office
{
    public const int MaxCodeLength = 40;
    public const int MaxNameLength = 200;
    public const int MaxAddressLength = 400;
    public const int MaxTimeZoneLength = 64;
    public const string DefaultTimeZone = "Europe/Warsaw";

    public Guid Id { get; init; } = Guid.CreateVersion7();
    public Guid TenantId { get; init; }
    public Guid OrganisationId { get; init; }

    /// <summary>Stable name for the API and addresses, e.g. <c>waw-1</c>; unique per tenant.</summary>
    public string Code { get; init; } = "";
    public string Name { get; init; } = "";
    public string Address { get; init; } = "";

    /// <summary>IANA zone the office's days and opening hours are in; slots themselves are stored in UTC.</summary>
    public string TimeZone { get; init; } = DefaultTimeZone;

    public TimeZoneInfo Zone => TimeZoneInfo.FindSystemTimeZoneById(TimeZone);
}
