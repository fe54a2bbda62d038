namespace Pathway.Platform.Reporting;

/// <summary>
/// A report the analytics centre's library can run: its name (what the command line and the API
/// call it), who may run it, its parameters, and how its content is built from its module's data.
/// A module registers its own definitions (<c>services.AddScoped&lt;IReportDefinition, X&gt;()</c>);
/// the library renders the content as PDF, XLSX or SDMX-CSV and keeps each run with its
/// parameters and data version. The same arguments on the same data give the same content.
/// </summary>
public interface IReportDefinition
{
    /// <summary>Lower-case words joined by hyphens: <c>monthly-office</c>.</summary>
    string Name { get; }

    /// <summary>The permission a person needs to run the report and read its runs.</summary>
    string Permission { get; }

    /// <summary>The report's title in the current UI language.</summary>
    string Title { get; }

    /// <summary>What the report holds and for whom, in the current UI language.</summary>
    string Description { get; }

    /// <summary>The parameters, in the order a form shows them; labels in the current UI language.</summary>
    IReadOnlyList<ReportParameter> Parameters { get; }

    /// <summary>
    /// Checks what the parameters' kinds cannot (a project that exists, a period not too long);
    /// each problem goes to <paramref name="problems"/> by parameter name, in the current UI language.
    /// Runs after the kinds' own checks passed.
    /// </summary>
    Task ValidateAsync(ReportRun run, IDictionary<string, string> problems, CancellationToken cancellationToken);

    /// <summary>The content for the run's arguments. Counts only: no one is named in a report.</summary>
    Task<ReportContent> BuildAsync(ReportRun run, CancellationToken cancellationToken);
}
