namespace Pathway.Analytics.Reports;

/// <summary>A report asked for: the definition's name, the parameters as given, the format, and whether an SDMX-CSV is the transmission.</summary>
public sealed record ReportRequest(string? Name, IReadOnlyDictionary<string, string?>? Parameters, string? Format, bool Transmission = false);

/// <summary>A report in the library as lists and the API show it: everything but its bytes.</summary>
public sealed record LibraryEntry(
    Guid Id, string Definition, string Title, string Arguments, string Format, bool Transmission, string Culture, string DataVersion,
    string FileName, string ContentType, long Size, DateTime CreatedAt, string CreatedBy)
{
    public static LibraryEntry Of(LibraryReport r) => new(
        r.Id, r.Definition, r.Title, r.Arguments, r.Format, r.Transmission, r.Culture, r.DataVersion, r.FileName, r.ContentType, r.Size, r.CreatedAt, r.CreatedByName);
}

/// <summary>What running a report came to: the entry in the library, or the problems by parameter (and <c>name</c>, <c>format</c>), in the reader's language.</summary>
public sealed record ReportOutcome(LibraryEntry? Entry, IReadOnlyDictionary<string, string> Problems, bool NotFound = false)
{
    public bool Succeeded => Entry is not null;
}
