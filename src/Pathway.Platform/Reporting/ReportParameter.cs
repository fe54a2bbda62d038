namespace Pathway.Platform.Reporting;

/// <summary>One parameter of a report: its name on the command line and in the API, its kind, and its label.</summary>
/// <param name="Name">As given on the command line: <c>--param month=2026-11</c>.</param>
/// <param name="Choices">For <see cref="ReportParameterKind.Choice"/>: the values allowed, with their labels.</param>
public sealed record ReportParameter(string Name, ReportParameterKind Kind, string Label, bool Required = true, IReadOnlyList<ReportChoice>? Choices = null);

/// <summary>A value a choice parameter allows, with its label in the current UI language.</summary>
public sealed record ReportChoice(string Value, string Label);

/// <summary>How a parameter's value is written and checked.</summary>
public enum ReportParameterKind
{
    /// <summary>A calendar month, <c>YYYY-MM</c>; a schedule may say <c>previous</c> or <c>current</c>.</summary>
    Month,

    /// <summary>A year, <c>YYYY</c>; a schedule may say <c>previous</c> or <c>current</c>.</summary>
    Year,

    /// <summary>A day, <c>YYYY-MM-DD</c>.</summary>
    Date,

    /// <summary>Free text up to <see cref="ReportArguments.MaxTextLength"/> characters.</summary>
    Text,

    /// <summary>One of the parameter's <see cref="ReportParameter.Choices"/>.</summary>
    Choice,
}
