namespace Pathway.Cases.PaperFiles;

/// <summary>One tag seen by one reader, as the input gave it, before it is matched to a file and a reader.</summary>
public sealed record ReadInput(
    ReadSource Source,
    string Epc,
    string ReaderId,
    DateTimeOffset EventTime,
    string EventTimeZoneOffset,
    string Action,
    string? BizStep,
    string? Disposition,
    string? EventId,
    int? Line,
    string Raw);

/// <summary>Input refused before it reached a file or a reader: an event of another type, an event or line that cannot be read.</summary>
public sealed record InputProblem(AnomalyKind Kind, ReadSource Source, string Detail, string Raw, string? EventId = null, int? Line = null);

/// <summary>What an EPCIS document or a CSV file held: reads to match, and problems to keep.</summary>
public sealed record CaptureBatch(IReadOnlyList<ReadInput> Reads, IReadOnlyList<InputProblem> Problems);
