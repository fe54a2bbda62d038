namespace Pathway.Forecasting.Staffing;

/// <summary>The ways an uploaded figures file (calls, inflow, application types, staff hours) can be wrong.</summary>
public enum UploadErrorKind
{
    /// <summary>No header, or a header and no rows.</summary>
    EmptyFile,

    /// <summary>The header lacks a column the format needs.</summary>
    MissingColumn,

    /// <summary>A row leaves a needed cell empty or ends before it.</summary>
    MissingValue,

    /// <summary>Not a number, or not a whole number where one is needed.</summary>
    InvalidNumber,

    NegativeNumber,
    InvalidWeekday,
    InvalidHour,
    InvalidTimestamp,

    /// <summary>Not a month written YYYY-MM.</summary>
    InvalidPeriod,

    /// <summary>The same weekday and hour twice.</summary>
    DuplicateHour,

    DuplicateTimestamp,

    /// <summary>The same month twice (for the same application type, in inflow files).</summary>
    DuplicatePeriod,

    DuplicateType,

    /// <summary>The reader stopped listing errors; the file is likely not in the expected format at all.</summary>
    TooManyErrors,
}
