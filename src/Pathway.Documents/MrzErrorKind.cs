namespace Pathway.Documents;

/// <summary>
/// What kind of fault an <see cref="MrzError"/> reports, so that a program can word it in its
/// user's language from the error's values instead of showing the English message.
/// </summary>
public enum MrzErrorKind
{
    /// <summary>Any fault without values of its own (generation and JSON requests); only the message says what it is.</summary>
    Other,
    NoText,
    TextTooLong,
    TooManyLines,
    UnknownLayout,
    OutsideZone,
    ForeignCharacter,
    MoreForeignCharacters,
    CheckDigitMismatch,
    LongDocumentNumberMismatch,
    CheckDigitUnverifiable,
    NotADate,
    InvalidSex,
    UnknownCode,
    Unreadable,
}
