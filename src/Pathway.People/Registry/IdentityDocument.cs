using Pathway.Platform.Tenancy;

namespace Pathway.People.Registry;

/// <summary>A travel or identity document a person holds.</summary>
public sealed class IdentityDocument : ITenantOwned
{
    public Guid Id { get; set; }
    public Guid PersonId { get; set; }
    public Guid TenantId { get; set; }
    public Guid OrganisationId { get; set; }
    public DocumentKind Kind { get; set; }
    /// <summary>As printed, upper case without spaces.</summary>
    public required string Number { get; set; }
    /// <summary>ISO 3166-1 alpha-3 or ICAO code of the issuing state.</summary>
    public required string IssuingState { get; set; }
    public DateOnly? IssuedOn { get; set; }
    public DateOnly? ExpiresOn { get; set; }

    public static string NormaliseNumber(string number) =>
        new string(number.Where(char.IsLetterOrDigit).ToArray()).ToUpperInvariant();
}
