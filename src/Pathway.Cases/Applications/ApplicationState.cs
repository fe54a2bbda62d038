namespace Pathway.Cases.Applications;

/// <summary>Where an online application stands.</summary>
public enum ApplicationState
{
    /// <summary>Being filled in; saved at every step.</summary>
    Draft,

    /// <summary>
    /// Waiting for the employer's annex, filled in by the employer through a one-time link; submission
    /// is refused until it is filed, and the application is read-only meanwhile.
    /// </summary>
    AwaitingEmployerAnnex,

    /// <summary>Signed and filed: read-only, linked to its case.</summary>
    Submitted,
}

/// <summary>How the stamp duty was paid.</summary>
public enum FeeMethod
{
    /// <summary>By bank transfer, with its reference and date.</summary>
    Transfer,

    /// <summary>To be paid at the office's cash desk.</summary>
    AtOffice,
}
