using System.Text.Json.Serialization;

namespace Pathway.Analytics.DataExchange;

/// <summary>A dataset as the catalogue lists it: what it holds, who may read it, when its data last changed, where to get it.</summary>
public sealed record DatasetSummary(
    string Id, string Title, string Description, bool Public, IReadOnlyList<string> Dimensions, DateTime? UpdatedAt, string Json, string Csv);

/// <summary>A code of a dimension with its label in the reader's language (none for a code that is its own name).</summary>
public sealed record DimensionCode(string Code, string? Label);

/// <summary>A dimension of a dataset with its code list, the total first.</summary>
public sealed record DimensionAnswer(string Id, string Title, IReadOnlyList<DimensionCode> Codes);

/// <summary>
/// One cell of a dataset as it leaves the warehouse: the month, a code per dimension, the count
/// (null when suppressed) and SDMX's CONF_STATUS: F (free) or C (confidential; a reader is not told
/// whether the cell was small itself or hidden to protect another).
/// </summary>
public sealed record DatasetObservation(
    [property: JsonPropertyName("TIME_PERIOD")] string TimePeriod,
    [property: JsonPropertyName("dimensions")] IReadOnlyDictionary<string, string> Dimensions,
    [property: JsonPropertyName("OBS_VALUE")] long? ObsValue,
    [property: JsonPropertyName("CONF_STATUS")] string ConfStatus);

/// <summary>A dataset's slice: its description, the filter applied, the dimensions and the observations.</summary>
public sealed record DatasetAnswer(
    string Id, string Title, string Description, string Dataflow, DateTime? UpdatedAt, int Threshold,
    DatasetFilter Filter, IReadOnlyList<DimensionAnswer> Dimensions, IReadOnlyList<DatasetObservation> Observations);
