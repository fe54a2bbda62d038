namespace Pathway.Analytics.Reports;

/// <summary>
/// A report in the library: one run of a definition, kept with the arguments it was run with, the
/// version of the data it counted and the file it made, so that it can be read again as it was.
/// </summary>
public sealed class LibraryReport
{
    public Guid Id { get; set; }
    public Guid TenantId { get; set; }

    /// <summary>The definition's name: <c>monthly-office</c>.</summary>
    public required string Definition { get; set; }

    /// <summary>The title as the report gave it, in the language it was made in.</summary>
    public required string Title { get; set; }

    /// <summary>The arguments in canonical form (<see cref="Platform.Reporting.ReportArguments.ToString"/>).</summary>
    public required string Arguments { get; set; }

    /// <summary><c>pdf</c>, <c>xlsx</c> or <c>sdmx-csv</c>.</summary>
    public required string Format { get; set; }

    /// <summary>An SDMX-CSV transmission with true counts, not the publication.</summary>
    public bool Transmission { get; set; }

    /// <summary>The UI language it was made in: <c>pl</c>.</summary>
    public required string Culture { get; set; }

    /// <summary>
    /// A digest of the content's figures and words: the same arguments on the same data give the
    /// same version, and a changed figure a new one.
    /// </summary>
    public required string DataVersion { get; set; }

    public required string FileName { get; set; }
    public required string ContentType { get; set; }
    public required byte[] Content { get; set; }
    public long Size { get; set; }
    public DateTime CreatedAt { get; set; }

    /// <summary>The person who ran it; null when the office ran it (the command line, a schedule).</summary>
    public Guid? CreatedBy { get; set; }

    /// <summary>Who ran it as the library lists it: a person's name, "pathway report run: USER", or a schedule.</summary>
    public required string CreatedByName { get; set; }
}
