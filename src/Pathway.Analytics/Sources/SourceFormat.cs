namespace Pathway.Analytics.Sources;

/// <summary>The kind of file an outside table came in. Stored by name; do not rename.</summary>
public enum SourceFormat
{
    /// <summary>A plain CSV table: a header row, dimension columns, a time column and a value column.</summary>
    Csv,

    /// <summary>SDMX-CSV 1.0 (SDMX 2.1): first column DATAFLOW, or the ECB's KEY.</summary>
    SdmxCsv1,

    /// <summary>SDMX-CSV 2.0 or 2.1 (SDMX 3.x): first columns STRUCTURE, STRUCTURE_ID, ACTION.</summary>
    SdmxCsv2,
}
