namespace Pathway.Matching;

/// <summary>The expected ways an input file or option can be wrong.</summary>
public enum InputErrorKind
{
    FileNotFound,
    EmptyFile,
    InvalidEncoding,
    RaggedRow,
    MissingIdColumn,
    DuplicateId,
    MissingId,
    UnknownColumn,
    UnknownRole,
    InvalidOption,
}
