using Pathway.Support.Beneficiaries;

namespace Pathway.Support.Knowledge;

/// <summary>A partner as the directory's forms post it (fields Input.*); the languages are written as codes separated by spaces or commas.</summary>
public sealed class PartnerForm
{
    public string? Name { get; set; }
    public string? Kind { get; set; }
    public string[]? Services { get; set; }
    public string? Languages { get; set; }
    public string? Address { get; set; }
    public string? Phone { get; set; }
    public string? Email { get; set; }
    public string? Website { get; set; }
    public string? ContactPerson { get; set; }
    public string? Notes { get; set; }

    public static PartnerForm Of(PartnerEntry p) => new()
    {
        Name = p.Name, Kind = p.Kind.ToString(), Services = [.. p.Services.Select(s => s.ToString())], Languages = string.Join(' ', p.Languages), Address = p.Address,
        Phone = p.Phone, Email = p.Email, Website = p.Website, ContactPerson = p.ContactPerson, Notes = p.Notes,
    };

    public bool Offers(ServiceKind service) => Services?.Contains(service.ToString(), StringComparer.Ordinal) == true;

    public PartnerInput Read() => new(
        Name,
        Enum.TryParse<PartnerKind>(Kind, out var kind) && Enum.IsDefined(kind) ? kind : null,
        // A value that names no service is kept as one out of range, for the directory to name it.
        [.. (Services ?? []).Select(s => Enum.TryParse<ServiceKind>(s, out var service) && Enum.IsDefined(service) ? service : (ServiceKind)(-1))],
        (Languages ?? "").Split([' ', ',', ';'], StringSplitOptions.RemoveEmptyEntries),
        Address, Phone, Email, Website, ContactPerson, Notes);
}
