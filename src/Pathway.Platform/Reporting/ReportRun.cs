using System.Security.Claims;

namespace Pathway.Platform.Reporting;

/// <summary>
/// One run of a report: for which office, with which arguments, and who asked.
/// </summary>
/// <param name="TenantId">The office whose data the report counts.</param>
/// <param name="Arguments">The parameters' values, checked against their kinds.</param>
/// <param name="User">The person who ran it, whose permissions and data scope apply; null when the office itself runs it (the command line, a schedule), which sees all its organisations.</param>
/// <param name="Today">The office's day of the run, against which <c>previous</c> and <c>current</c> were resolved.</param>
public sealed record ReportRun(Guid TenantId, ReportArguments Arguments, ClaimsPrincipal? User, DateOnly Today);
