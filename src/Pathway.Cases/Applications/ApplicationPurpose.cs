using Pathway.Cases.Catalogue;

namespace Pathway.Cases.Applications;

/// <summary>What an application type is for, as far as the form goes: work asks for the employer, studies for the school.</summary>
public enum ApplicationPurpose
{
    Other,
    Work,
    Studies,
}

public static class ApplicationPurposes
{
    /// <summary>
    /// Read from the catalogue: a type that needs the employer's annex is for work, the studies type
    /// (or one that needs the certificate of admission) for studies.
    /// </summary>
    public static ApplicationPurpose Of(CatalogueEntry entry) =>
        entry.Documents.Any(d => d.Code == "employer-annex") ? ApplicationPurpose.Work
        : entry.Type.Code == "studies" || entry.Documents.Any(d => d.Code == "admission") ? ApplicationPurpose.Studies
        : ApplicationPurpose.Other;
}
