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
    /// <summary>
    /// Set when a supervisor recorded this number on a second person on purpose, with why. Only
    /// documents without it are held to "one number of a kind and issuing state, one person".
    /// </summary>
    public string? SharedNumberReason { get; set; }

    public static string NormaliseNumber(string number) =>
        new string(number.Where(char.IsLetterOrDigit).ToArray()).ToUpperInvariant();

    /// <summary>
    /// The characters a typed number may not hold, each once, in order: the MRZ alphabet is A-Z and
    /// 0-9; lower case is upper-cased and spaces and dashes (as printed in some documents) left out.
    /// </summary>
    public static string DisallowedCharacters(string number) =>
        new string(number.Where(c => !char.IsAsciiLetterOrDigit(c) && c is not (' ' or '-')).Distinct().ToArray());
}
