namespace Pathway.Analytics.Sources;

/// <summary>Why an outside table is refused. Each is worded by <see cref="SourceProblemText"/>; the API names them too.</summary>
public enum SourceProblemKind
{
    /// <summary>The bytes are not UTF-8 text.</summary>
    NotText,

    /// <summary>The file has no header row, or a header and no data.</summary>
    Empty,

    /// <summary>The CSV itself is broken: a quote left open or text after a closing quote (RFC 4180).</summary>
    Malformed,

    /// <summary>A row has more or fewer fields than the header.</summary>
    FieldCount,

    /// <summary>The header names a column twice.</summary>
    DuplicateColumn,

    /// <summary>No column holds the time period (plain CSV: not one of the usual names, and none named).</summary>
    NoTimeColumn,

    /// <summary>No column holds the values.</summary>
    NoValueColumn,

    /// <summary>The column the user named for the time or the values is not in the header.</summary>
    NamedColumnMissing,

    /// <summary>SDMX-CSV: the first column is not dataflow, datastructure or dataprovision.</summary>
    UnknownStructureType,

    /// <summary>SDMX-CSV: the row names no structure (dataflow).</summary>
    MissingStructure,

    /// <summary>SDMX-CSV 2.x: the ACTION is not one of I, A, M, R, D.</summary>
    UnknownAction,

    /// <summary>SDMX-CSV 2.x: a row deletes data (ACTION D); a load keeps tables whole, so there is nothing in it to delete.</summary>
    DeleteAction,

    /// <summary>An observation's dimension or time period is empty.</summary>
    MissingDimension,

    /// <summary>A dimension whose code list is known holds a code not in it.</summary>
    UnknownCode,

    /// <summary>The time period is not written in one of the SDMX forms.</summary>
    UnreadableTime,

    /// <summary>The time period is not of the row's FREQ (e.g. 2024-Q1 in a monthly series).</summary>
    TimeNotOfFrequency,

    /// <summary>The value is neither a number nor one of the import's missing markers.</summary>
    UnreadableValue,

    /// <summary>The same series key and time period twice (<see cref="SourceProblem.OtherLine"/> is the first).</summary>
    DuplicateKey,

    /// <summary>SERIES_KEY, OBS_KEY or the ECB's KEY does not match the row's dimension codes.</summary>
    KeyMismatch,

    /// <summary>The table is stored with this dimension, and the file lacks it.</summary>
    ColumnMissing,

    /// <summary>The file has a dimension the stored table lacks.</summary>
    ColumnAdded,

    /// <summary>More faults than are listed; the count is in <see cref="SourceProblem.Value"/>.</summary>
    TooManyProblems,
}
