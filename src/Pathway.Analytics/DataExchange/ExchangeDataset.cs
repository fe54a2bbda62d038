namespace Pathway.Analytics.DataExchange;

/// <summary>
/// An aggregated dataset cut from the warehouse for other institutions: its id (as addresses and
/// key scopes name it), its title and description (English, the key of their translations), its
/// dimensions after the time period, and whether anyone may read it (open data) or only partners
/// granted it.
/// </summary>
public sealed record ExchangeDataset(string Id, string Title, string Description, bool Public, IReadOnlyList<DatasetDimension> Dimensions)
{
    /// <summary>The time dimension, first in every dataset: whole months, <c>YYYY-MM</c>.</summary>
    public const string TimePeriod = "TIME_PERIOD";

    /// <summary>The key scope (and permission) a partner's API key holds for this dataset.</summary>
    public string Scope => DatasetCatalogue.ScopePrefix + Id;

    /// <summary>As the DATAFLOW column of SDMX-CSV names it: <c>PATHWAY:APPLICATIONS(1.0)</c>.</summary>
    public string Dataflow => $"{DatasetCatalogue.Agency}:{Id.ToUpperInvariant()}({DatasetCatalogue.Version})";
}

/// <summary>
/// A dimension of a dataset after the time period: its id (the query parameter that filters it and
/// the CSV column), its title, and where its codes come from.
/// </summary>
public sealed record DatasetDimension(string Id, string Title, DimensionCodes Codes, bool Sensitive = false);

/// <summary>Where a dimension's code list comes from.</summary>
public enum DimensionCodes
{
    /// <summary>A fixed list (sex, outcome, the wait's band): the same whatever the data.</summary>
    Fixed,

    /// <summary>The office's catalogue of application types, whether or not a type was applied for.</summary>
    ApplicationTypes,

    /// <summary>
    /// The citizenships of at least threshold persons over the whole dataset; the rest are counted
    /// together as <see cref="DatasetCatalogue.Other"/>, so the code list never says that one or two
    /// persons of some citizenship are in it.
    /// </summary>
    Citizenships,
}
