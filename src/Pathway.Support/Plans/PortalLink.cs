using System.Security.Cryptography;
using System.Text;
using Pathway.Platform.Tenancy;

namespace Pathway.Support.Plans;

/// <summary>
/// A one-time code a worker gives the person so they can link their portal account to the case, and,
/// once the person has entered it, the link itself (the account's user id). Only the code's hash is
/// kept; the code is shown once. A code works once, until it expires or a newer one is issued for the case.
/// </summary>
public sealed class PortalLink : ITenantOwned
{
    /// <summary>How long a code may wait for the person: two weeks, time for the next appointment.</summary>
    public static readonly TimeSpan Lifetime = TimeSpan.FromDays(14);

    // Without 0/O, 1/I/L: a code is read out, printed and typed by hand.
    private const string Alphabet = "ABCDEFGHJKMNPQRSTUVWXYZ23456789";
    private const int Length = 12;

    // Changed only when the case is transferred (MoveTo): EF reads and writes the field.
    private Guid organisationId;

    public Guid Id { get; init; } = Guid.CreateVersion7();
    public Guid TenantId { get; init; }
    public Guid OrganisationId { get => organisationId; init => organisationId = value; }
    public Guid BeneficiaryId { get; init; }

    /// <summary>SHA-256 of the code as <see cref="Normalise"/> writes it, in hex.</summary>
    public required string CodeHash { get; init; }

    public DateTime IssuedAt { get; init; }
    public required string IssuedBy { get; init; }
    public DateTime ExpiresAt { get; set; }

    /// <summary>The portal account the person linked with the code; null until they enter it.</summary>
    public Guid? UserId { get; set; }

    public DateTime? LinkedAt { get; set; }

    public bool IsUsable(DateTime now) => UserId is null && ExpiresAt > now;

    /// <summary>A new code, grouped by four (<c>ABCD-EFGH-JKMN</c>), from a cryptographic source.</summary>
    public static string NewCode()
    {
        var chars = new char[Length];
        for (var i = 0; i < Length; i++)
        {
            chars[i] = Alphabet[RandomNumberGenerator.GetInt32(Alphabet.Length)];
        }

        var code = new string(chars);
        return $"{code[..4]}-{code[4..8]}-{code[8..]}";
    }

    /// <summary>The code as people type it, made comparable: spaces and dashes dropped, letters in capitals.</summary>
    public static string Normalise(string code) =>
        new([.. code.Where(c => !char.IsWhiteSpace(c) && c != '-').Select(char.ToUpperInvariant)]);

    public static string Hash(string code) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(Normalise(code))));

    internal void MoveTo(Guid organisation) => organisationId = organisation;
}
