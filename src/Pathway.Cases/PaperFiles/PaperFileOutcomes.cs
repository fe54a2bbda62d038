namespace Pathway.Cases.PaperFiles;

/// <summary>Why a paper-file command did nothing: the field it concerns and the English message, which is also the translation key.</summary>
public sealed record FileProblem(FileProblemKind Kind, string Field, string Message, object[] Arguments, TagProblem? Tag = null)
{
    public static FileProblem Invalid(string field, string message, params object[] arguments) => new(FileProblemKind.Invalid, field, message, arguments);

    public static FileProblem NotFound(string field, string message, params object[] arguments) => new(FileProblemKind.NotFound, field, message, arguments);

    public static FileProblem Conflict(string field, string message, params object[] arguments) => new(FileProblemKind.Conflict, field, message, arguments);
}

/// <summary>Who records a change: the user, the office unit the file belongs to, the name kept in custody history.</summary>
public sealed record FileActor(Guid? UserId, Guid OrganisationId, string Name);

public enum FileProblemKind
{
    Invalid,
    NotFound,
    Conflict,
}

/// <summary>A paper file's place now: where it was last read, who holds it, and its recent history.</summary>
public sealed record FileWhereabouts(
    string CaseNumber,
    string Epc,
    string TagHex,
    PlaceAnswer? LastPlace,
    DateTimeOffset? LastReadAt,
    CustodyAnswer? Custody,
    IReadOnlyList<HistoryAnswer> History);

public sealed record PlaceAnswer(string ReaderId, string Name, string Kind);

public sealed record CustodyAnswer(string State, Guid? OfficerId, string? OfficerName, string? ShelfReaderId, DateTime At, string By);

/// <summary>One line of a file's history: a read (kind read) or a hand-over (checkedOut, checkedIn), newest first.</summary>
public sealed record HistoryAnswer(string Kind, DateTimeOffset At, string? ReaderId, string? BizStep, string? Disposition, string? Source, Guid? OfficerId, string? By);

/// <summary>A shelf checked against its inventory reads.</summary>
public sealed record InventoryAnswer(
    string Shelf,
    DateTime From,
    DateTime Until,
    IReadOnlyList<InventoryFile> Present,
    IReadOnlyList<InventoryFile> Missing,
    IReadOnlyList<InventoryFile> Misplaced,
    IReadOnlyList<string> UnknownTags);

/// <summary>A file in an inventory; for a misplaced one, the shelf it belongs on (null when checked out or never checked in).</summary>
public sealed record InventoryFile(string CaseNumber, string Epc, string? ExpectedShelf);

public sealed record AnomalyAnswer(Guid Id, string Kind, string Source, string? Epc, string? ReaderId, DateTime? EventTime, string? EventId, int? Line, string Detail, string Raw, DateTime RecordedAt);

public sealed record ReaderAnswer(string ReaderId, string Kind, string Name);

public sealed record BoundFile(Guid Id, string CaseNumber, string Epc, string TagHex, string TagUri);
