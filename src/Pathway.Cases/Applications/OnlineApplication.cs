using Pathway.Platform.Tenancy;

namespace Pathway.Cases.Applications;

/// <summary>
/// A residence application a migrant fills in online, from the first draft to the submission that
/// registers its case. Personal data: it belongs to the office unit that will take the case, and only
/// its owner (the migrant's account) opens it here. A change made against an older
/// <see cref="Version"/> is refused, so two browser tabs cannot overwrite each other.
/// </summary>
public sealed class OnlineApplication : ITenantOwned
{
    public const int MaxNameLength = 200;
    public const int MaxCitizenshipLength = 3;
    public const int MaxPassportLength = 20;
    public const int MaxPurposeLength = 1000;
    public const int MaxAddressLength = 200;
    public const int MaxPostalCodeLength = 6;
    public const int MaxNipLength = 10;
    public const int MaxSexLength = 1;
    public const int MaxFeeReferenceLength = 60;
    public const int MaxSignatureLength = 60;
    public const int MaxSubmissionKeyLength = 200;

    public Guid Id { get; init; } = Guid.CreateVersion7();
    public Guid TenantId { get; init; }

    /// <summary>The office unit that takes the case once the application is submitted.</summary>
    public Guid OrganisationId { get; init; }

    /// <summary>The migrant's account: the only one that sees the application here.</summary>
    public Guid OwnerUserId { get; init; }

    /// <summary>The catalogue's code of the application type, e.g. <c>temporary-work</c>.</summary>
    public string ApplicationType { get; init; } = "";

    public ApplicationState State { get; internal set; }

    /// <summary>Raised on every change; a change made against an older version is refused.</summary>
    public int Version { get; internal set; }

    public DateTime CreatedAt { get; init; }
    public DateTime UpdatedAt { get; internal set; }

    public string? Surname { get; internal set; }
    public string? GivenNames { get; internal set; }
    public DateOnly? BirthDate { get; internal set; }
    /// <summary>F, M or X, as in the passport's MRZ.</summary>
    public string? Sex { get; internal set; }
    /// <summary>ICAO 9303 / ISO 3166-1 alpha-3 code.</summary>
    public string? Citizenship { get; internal set; }
    public string? PassportNumber { get; internal set; }
    public DateOnly? PassportExpiresOn { get; internal set; }

    /// <summary>Why the migrant stays in Poland, in their words.</summary>
    public string? Purpose { get; internal set; }
    public string? AddressStreet { get; internal set; }
    public string? AddressPostalCode { get; internal set; }
    public string? AddressCity { get; internal set; }

    public string? EmployerName { get; internal set; }
    /// <summary>The employer's Polish tax id (NIP), 10 digits with a checksum.</summary>
    public string? EmployerNip { get; internal set; }
    public string? SchoolName { get; internal set; }

    /// <summary>The one-time key the submission came with (API Idempotency-Key or the form's token).</summary>
    public string? SubmissionKey { get; internal set; }
    public DateTime? SubmittedAt { get; internal set; }
    public string? CaseNumber { get; internal set; }
    /// <summary>How the submission was signed, e.g. <c>account-totp</c>.</summary>
    public string? SignatureMethod { get; internal set; }

    public FeeMethod? FeeMethod { get; internal set; }
    public string? FeeReference { get; internal set; }
    public DateOnly? FeePaidOn { get; internal set; }
    /// <summary>The stamp duty in force on the day of submission.</summary>
    public decimal? FeeAmountPln { get; internal set; }

    /// <summary>The employer's annex, filed by the employer through its one-time link (work types only).</summary>
    public Guid? EmployerAnnexId { get; internal set; }
    public string? EmployerAnnexSha256 { get; internal set; }
    public DateTime? EmployerAnnexFiledAt { get; internal set; }

    public List<ApplicationFile> Files { get; init; } = [];

    public bool IsReadOnly => State != ApplicationState.Draft;

    internal void Touch(DateTime now)
    {
        Version++;
        UpdatedAt = now;
    }
}
