namespace Pathway.Cases.Appointments;

/// <summary>One desk of an office, serving some of the services.</summary>
public sealed class Counter
{
    public const int MaxNameLength = 100;

    public Guid Id { get; init; } = Guid.CreateVersion7();
    public Guid TenantId { get; init; }
    public Guid OfficeId { get; init; }
    public string Name { get; init; } = "";
    public AppointmentService Services { get; init; }

    public bool Serves(AppointmentService service) => service != AppointmentService.None && Services.HasFlag(service);
}
